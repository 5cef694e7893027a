#include "extract/string_index.h"

#include <bit>
#include <cstring>

namespace annalist {
namespace {

constexpr uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;  // 2^64 / golden ratio
constexpr size_t kFirstSlots = 16;

// Mixes 8 bytes into the hash; the shift feeds high bits back into the low
// ones, which pick the slot.
uint64_t Mix(uint64_t h, uint64_t word) {
  h = (h ^ word) * kMultiplier;
  return h ^ (h >> 29);
}

}  // namespace

uint64_t StringIndex::Hash(std::string_view key) {
  uint64_t h = key.size() * kMultiplier;
  const char* p = key.data();
  size_t n = key.size();
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t word;
    std::memcpy(&word, p, 8);
    h = Mix(h, word);
  }
  if (n > 0) {
    // Byte by byte: a memcpy of a variable length would be a library call.
    uint64_t word = 0;
    for (size_t k = 0; k < n; ++k) word |= uint64_t{static_cast<unsigned char>(p[k])} << (8 * k);
    h = Mix(h, word);
  }
  h *= kMultiplier;
  return h ^ (h >> 32);
}

size_t StringIndex::FilterBit(std::string_view key) const {
  uint64_t x = key.size();
  if (!key.empty()) {
    auto byte = [&](size_t i) { return uint64_t{static_cast<unsigned char>(key[i])}; };
    x |= byte(0) << 8 | byte(key.size() > 1 ? 1 : 0) << 16 | byte(key.size() - 1) << 24;
  }
  // Multiplicative hashing: the top bits of the product mix every input bit.
  return static_cast<size_t>((x * kMultiplier) >> filter_shift_);
}

bool StringIndex::MayContain(std::string_view key) const {
  size_t bit = FilterBit(key);
  return (filter_[bit / 64] >> (bit % 64) & 1) != 0;
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

uint32_t StringIndex::Find(std::string_view key) const {
  if (slots_.empty()) return kMissing;
  if (!MayContain(key)) return kMissing;
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
