// KeySet: the set of phrases a dictionary has read, to find duplicates.
//
// Every actor and agent entry is looked up once while loading (32,000 in the
// CAMEO actor files). A node-based std::unordered_set allocated a node for
// each and reached it through a bucket: two cache misses and a malloc per
// entry on the serial start of every run. Here a probe reads a flat table of
// 8-byte slots (part of the key's hash and its position in a list of the
// keys), and reaches the key text only when that part of the hash matches.
// The keys are views: their text must outlive the set.
#ifndef ANNALIST_SRC_DICTIONARY_KEY_SET_H_
#define ANNALIST_SRC_DICTIONARY_KEY_SET_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace annalist {

class KeySet {
 public:
  // Sizes the table for `n` keys, so that it does not grow while they are
  // inserted.
  void Reserve(size_t n);

  // Adds `key`; false when it was there already.
  bool Insert(std::string_view key) { return Insert(key, Hash(key)); }

  // The same, given Hash(key). A probe is a cache miss in a table of
  // megabytes: a reader that knows a key early calls Prefetch(Hash(key)),
  // does other work, and then inserts.
  static uint64_t Hash(std::string_view key);
  void Prefetch(uint64_t hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
  }
  bool Insert(std::string_view key, uint64_t hash);

  size_t size() const { return keys_.size(); }

  // Frees the table and the list.
  void Clear();

 private:
  struct Slot {
    uint32_t tag = 0;  // high bits of the hash, kept nonzero when used
    uint32_t key = 0;  // index into keys_
  };

  void Place(uint64_t hash, uint32_t key);
  void Grow(size_t capacity);

  std::vector<Slot> slots_;  // a power of two in size, at most half full
  std::vector<std::string_view> keys_;
};

}  // namespace annalist

#endif  // ANNALIST_SRC_DICTIONARY_KEY_SET_H_
