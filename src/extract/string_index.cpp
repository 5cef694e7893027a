#include "extract/string_index.h"

#include <bit>
#include <cstring>

namespace annalist {
namespace {

constexpr size_t kFirstSlots = 16;

}  // namespace

uint64_t StringIndex::Hash(std::string_view key) {
  // Mixes 8 bytes into the hash; the shift feeds high bits back into the low
  // ones, which pick the slot.
  auto mix = [](uint64_t h, uint64_t word) {
    h = (h ^ word) * kMultiplier;
    return h ^ (h >> 29);
  };
  uint64_t h = key.size() * kMultiplier;
  const char* p = key.data();
  size_t n = key.size();
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t word;
    std::memcpy(&word, p, 8);
    h = mix(h, word);
  }
  if (n > 0) {
    // Byte by byte: a memcpy of a variable length would be a library call.
    uint64_t word = 0;
    for (size_t k = 0; k < n; ++k) word |= uint64_t{static_cast<unsigned char>(p[k])} << (8 * k);
    h = mix(h, word);
  }
  h *= kMultiplier;
  return h ^ (h >> 32);
}

void StringIndex::AddToFilter(std::string_view key) {
  size_t bit = FilterBit(key);
  filter_[bit / 64] |= uint64_t{1} << (bit % 64);
}

std::string_view StringIndex::key(uint32_t id) const {
  return std::string_view(bytes_).substr(offsets_[id], offsets_[id + 1] - offsets_[id]);
}

size_t StringIndex::Probe(std::string_view key, uint64_t h) const {
  const size_t mask = slots_.size() - 1;
  const auto tag = static_cast<uint32_t>(h >> 32);
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.id == kMissing) return i;
    if (slot.tag == tag && this->key(slot.id) == key) return i;
  }
}

uint32_t StringIndex::FindInTable(std::string_view key) const {
  return slots_[Probe(key, Hash(key))].id;
}

uint32_t StringIndex::Insert(std::string_view key) {
  // At most half full, so that probes stay short and always end.
  if (2 * (size() + 1) > slots_.size()) Grow();
  uint64_t h = Hash(key);
  Slot& slot = slots_[Probe(key, h)];
  if (slot.id != kMissing) return slot.id;
  slot = Slot{static_cast<uint32_t>(h >> 32), size()};
  AddToFilter(key);
  bytes_.append(key);
  offsets_.push_back(static_cast<uint32_t>(bytes_.size()));
  return slot.id;
}

void StringIndex::Reserve(size_t keys, size_t bytes) {
  bytes_.reserve(bytes);
  offsets_.reserve(keys + 1);
  while (2 * keys > slots_.size()) Grow();
}

void StringIndex::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? kFirstSlots : 2 * old.size(), Slot{});
  filter_.assign(slots_.size() / 8, 0);  // 8 bits a slot: 16 bits a key or more
  filter_shift_ = 64 - std::countr_zero(filter_.size() * 64);
  for (uint32_t id = 0; id < size(); ++id) {
    uint64_t h = Hash(key(id));
    slots_[Probe(key(id), h)] = Slot{static_cast<uint32_t>(h >> 32), id};
    AddToFilter(key(id));
  }
}

}  // namespace annalist
