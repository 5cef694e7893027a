// StringIndex: numbers the distinct strings of a word list (0, 1, 2, ... in
// order of first insertion) and finds a string's number again.
//
// The extraction stages look every token up in several word lists, and most
// tokens are in none of them, so a lookup that misses must be cheap. Unlike
// std::unordered_map<std::string, ...> this never builds a std::string to
// look up, hashes with a few multiplications per 8 bytes instead of a byte
// loop, finds a slot by masking instead of a division, and keeps a part of
// each key's hash in its slot so that a miss seldom touches the key bytes.
// Before hashing, a lookup tests one bit of a small filter indexed by the
// key's length and its first, second and last bytes: most words in no list
// are rejected there in a few instructions. Keys are stored back to back in
// one buffer: a large table (the gazetteer's names) costs no allocation per
// key.
//
// Build it once (Insert), then share it read-only: Find is const and safe to
// call from any number of threads.
#ifndef ANNALIST_SRC_EXTRACT_STRING_INDEX_H_
#define ANNALIST_SRC_EXTRACT_STRING_INDEX_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace annalist {

class StringIndex {
 public:
  static constexpr uint32_t kMissing = UINT32_MAX;

  // The number of `key`, adding it if it is new.
  uint32_t Insert(std::string_view key);
  // The number of `key`, kMissing if it was never inserted. Inline up to the
  // filter test, so that a rejected key costs no call.
  uint32_t Find(std::string_view key) const {
    return MayContain(key) ? FindInTable(key) : kMissing;
  }

  uint32_t size() const { return static_cast<uint32_t>(offsets_.size() - 1); }
  std::string_view key(uint32_t id) const;
  // Makes room for `keys` keys of `bytes` bytes in all, for bulk loads.
  void Reserve(size_t keys, size_t bytes);

 private:
  struct Slot {
    uint32_t tag = 0;  // high half of the key's hash
    uint32_t id = kMissing;
  };
  static constexpr uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;  // 2^64 / golden ratio

  static uint64_t Hash(std::string_view key);
  // The filter bit of `key`: a cheap function of its length and 3 bytes.
  size_t FilterBit(std::string_view key) const {
    uint64_t x = key.size();
    if (!key.empty()) {
      auto byte = [&](size_t i) { return uint64_t{static_cast<unsigned char>(key[i])}; };
      x |= byte(0) << 8 | byte(key.size() > 1 ? 1 : 0) << 16 | byte(key.size() - 1) << 24;
    }
    // Multiplicative hashing: the top bits of the product mix every input bit.
    return static_cast<size_t>((x * kMultiplier) >> filter_shift_);
  }
  bool MayContain(std::string_view key) const {
    size_t bit = FilterBit(key);
    return (filter_[bit / 64] >> (bit % 64) & 1) != 0;
  }
  void AddToFilter(std::string_view key);
  uint32_t FindInTable(std::string_view key) const;
  // The slot holding `key` (hashed to `h`), or the empty slot where it belongs.
  size_t Probe(std::string_view key, uint64_t h) const;
  void Grow();

  std::string bytes_;                   // every key, back to back
  std::vector<uint32_t> offsets_{0};    // key i is bytes_[offsets_[i], offsets_[i + 1])
  std::vector<Slot> slots_;             // open addressing, size a power of two
  std::vector<uint64_t> filter_ = {0};  // FilterBit of every key set; 8 bits a slot
  int filter_shift_ = 58;               // 64 - log2(filter bits)
};

}  // namespace annalist

#endif  // ANNALIST_SRC_EXTRACT_STRING_INDEX_H_
