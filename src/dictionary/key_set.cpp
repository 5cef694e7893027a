#include "dictionary/key_set.h"

namespace annalist {

uint64_t KeySet::Hash(std::string_view key) {
  // FNV-1a, then a multiply to spread it over the high bits the tag takes.
  uint64_t h = 1469598103934665603ull;
  for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h * 0x9E3779B97F4A7C15ull;
}

void KeySet::Reserve(size_t n) {
  keys_.reserve(n);
  size_t capacity = 16;
  while (capacity < n * 2) capacity *= 2;
  if (capacity > slots_.size()) Grow(capacity);
}

bool KeySet::Insert(std::string_view key, uint64_t h) {
  if ((keys_.size() + 1) * 2 > slots_.size()) Grow(slots_.empty() ? 16 : slots_.size() * 2);
  uint32_t tag = static_cast<uint32_t>(h >> 32) | 1;
  size_t mask = slots_.size() - 1;
  for (size_t s = h & mask;; s = (s + 1) & mask) {
    const Slot& slot = slots_[s];
    if (slot.tag == 0) break;
    if (slot.tag == tag && keys_[slot.key] == key) return false;
  }
  keys_.push_back(key);
  Place(h, static_cast<uint32_t>(keys_.size() - 1));
  return true;
}

void KeySet::Place(uint64_t hash, uint32_t key) {
  size_t mask = slots_.size() - 1;
  size_t s = hash & mask;
  while (slots_[s].tag != 0) s = (s + 1) & mask;
  slots_[s] = {static_cast<uint32_t>(hash >> 32) | 1, key};
}

void KeySet::Grow(size_t capacity) {
  slots_.assign(capacity, Slot());
  for (uint32_t i = 0; i < keys_.size(); ++i) Place(Hash(keys_[i]), i);
}

void KeySet::Clear() {
  slots_ = {};
  keys_ = {};
}

}  // namespace annalist
