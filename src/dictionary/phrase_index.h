// PhraseIndex: finds the dictionary phrases that may start at a text word.
//
// Phrases are keyed by their first word. Because a first word may be a stem
// ("SYRI") or take regular endings, a text word is looked up under each of its
// prefixes. The index is a flat open-addressing table whose keys are hashed
// with FNV-1a, so the hash of every prefix of the word comes from one pass
// over its characters; a lookup allocates nothing.
#ifndef ANNALIST_SRC_DICTIONARY_PHRASE_INDEX_H_
#define ANNALIST_SRC_DICTIONARY_PHRASE_INDEX_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace annalist {

class PhraseIndex {
 public:
  // Adds phrase `id` under `first_word`. Call Build() after the last Add().
  void Add(std::string_view first_word, uint32_t id);
  void Build();

  // Calls f(id) for every phrase whose first word is a prefix of `word`
  // (the caller checks the full phrase).
  template <typename F>
  void ForEachCandidate(std::string_view word, F&& f) const {
    if (slots_.empty()) return;
    uint64_t h = kOffset;
    size_t limit = word.size() < max_key_ ? word.size() : max_key_;
    for (size_t len = 1; len <= limit; ++len) {
      h = (h ^ static_cast<unsigned char>(word[len - 1])) * kPrime;
      if (!(length_mask_ >> (len < 63 ? len : 63) & 1)) continue;
      for (size_t s = h & mask_;; s = (s + 1) & mask_) {
        const Slot& slot = slots_[s];
        if (slot.count == 0) break;
        if (slot.hash == h && slot.length == len &&
            std::memcmp(keys_.data() + slot.key, word.data(), len) == 0) {
          for (uint32_t k = 0; k < slot.count; ++k) f(ids_[slot.first + k]);
          break;
        }
      }
    }
  }

  size_t size() const { return pending_.size(); }

 private:
  static constexpr uint64_t kOffset = 1469598103934665603ull;
  static constexpr uint64_t kPrime = 1099511628211ull;

  struct Slot {
    uint64_t hash = 0;
    uint32_t key = 0;     // offset into keys_
    uint32_t length = 0;  // key length
    uint32_t first = 0;   // ids_[first, first + count)
    uint32_t count = 0;   // 0 = empty slot
  };

  std::vector<std::pair<std::string, uint32_t>> pending_;
  std::vector<Slot> slots_;
  std::vector<uint32_t> ids_;
  std::string keys_;
  uint64_t mask_ = 0;
  uint64_t length_mask_ = 0;
  size_t max_key_ = 0;
};

}  // namespace annalist

#endif  // ANNALIST_SRC_DICTIONARY_PHRASE_INDEX_H_
