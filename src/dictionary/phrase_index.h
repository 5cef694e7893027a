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
#include <vector>

#include "dictionary/phrase.h"

namespace annalist {

// What the index keeps of each phrase, so that most candidates are rejected
// without touching the phrase itself: the first word is checked here (the
// key is its text), then the signature of the others, and a one-word phrase
// needs nothing more. 16 bytes, so that a key's candidates share few cache
// lines; the full signature is kept aside.
struct PhraseCandidate {
  uint32_t id = 0;
  int16_t length = 0;      // Phrase::length (clamped)
  WordMatch first_match = WordMatch::kStem;
  bool multi_word = false;
  uint64_t rest_folded = 0;  // Phrase::rest_words.Folded()
};

class PhraseIndex {
 public:
  // Adds phrase `id` under the phrase's first word, whose text must live
  // until Build(). Call Build() after the last Add(); a Build() with
  // nothing added since the last one changes nothing. The phrases of a key
  // are tried longest first, then by id.
  void Add(const Phrase& phrase, uint32_t id);
  void Build();

  // Sorts the phrases added so far as Build() needs them, so that the sort
  // can be done where they were read, beside other work (dictionary_files.h).
  void SortAdded();

  // Moves the phrases added to `other` into this index, phrase i of `other`
  // taking id new_ids[i], or left out when that is kDropped; the new ids
  // must keep their order. Sorts both first, then merges.
  static constexpr uint32_t kDropped = UINT32_MAX;
  void MergeSorted(PhraseIndex&& other, const std::vector<uint32_t>& new_ids);
  // Room for `n` Add()s, so that the list of added phrases is not
  // reallocated while they are added.
  void Reserve(size_t n) { pending_.reserve(n); }

  // Calls f(candidate) for every phrase whose first word matches `word` and
  // whose other words may be among `present` (the sentence's words),
  // longest phrases of each key first; f returns true to skip the rest of
  // that key (the caller checks the other words). `endings` applies to the
  // first word of a one-word phrase; a first word followed by others takes
  // none (TABARI allows endings on a phrase's last word only).
  template <typename F>
  void ForEachCandidate(std::string_view word, Endings endings, const WordSignature& present,
                        F&& f) const {
    if (slots_.empty()) return;
    uint64_t folded_present = present.Folded();
    uint64_t h = kOffset;
    uint64_t head = 0;
    size_t limit = word.size() < max_key_ ? word.size() : max_key_;
    for (size_t len = 1; len <= limit; ++len) {
      unsigned char c = static_cast<unsigned char>(word[len - 1]);
      h = (h ^ c) * kPrime;
      if (len <= kHeadBytes) head |= uint64_t{c} << (8 * (len - 1));
      if (!(length_mask_ >> (len < 63 ? len : 63) & 1) || !MayBeKey(h)) continue;
      for (size_t s = h & mask_;; s = (s + 1) & mask_) {
        const Slot& slot = slots_[s];
        if (slot.count == 0) break;
        if (slot.length == len && slot.head == head &&
            (len <= kHeadBytes || std::memcmp(keys_.data() + slot.tail, word.data() + kHeadBytes,
                                              len - kHeadBytes) == 0)) {
          // RestMatches() for each candidate, decided once per key: past
          // the key only stems and one-word phrases with an allowed ending
          // match, and a key often has dozens of phrases of neither kind.
          std::string_view rest = word.substr(len);
          bool whole = rest.empty();
          bool ending = !whole && (slot.kinds & kOneWordWithEndings) && EndingAllowed(rest, endings);
          if (!whole && !ending && !(slot.kinds & kStems)) break;
          for (uint32_t k = slot.first; k < slot.first + slot.count; ++k) {
            const PhraseCandidate& c = candidates_[k];
            bool first_matches = whole || c.first_match == WordMatch::kStem ||
                                 (ending && c.first_match == WordMatch::kWord && !c.multi_word);
            if (!first_matches) continue;
            if ((c.rest_folded & ~folded_present) != 0) continue;
            if (c.multi_word && !present.Covers(rest_words_[k])) continue;
            if (f(c)) break;
          }
          break;
        }
      }
    }
  }

 private:
  static constexpr uint64_t kOffset = 1469598103934665603ull;
  static constexpr uint64_t kPrime = 1099511628211ull;

  // The FNV-1a hash of `key`, as ForEachCandidate() computes it prefix by
  // prefix.
  static uint64_t KeyHash(std::string_view key) {
    uint64_t h = kOffset;
    for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * kPrime;
    return h;
  }

  // Most prefixes of a text word are no key. The table is megabytes and each
  // probe of it a cache miss, so a bitset of key hashes, small enough to stay
  // in cache, rules most of them out first.
  bool MayBeKey(uint64_t h) const {
    uint64_t bit = h >> filter_shift_;
    return key_filter_[bit / 64] >> (bit % 64) & 1;
  }

  // A slot holds the first kHeadBytes of its key, so that most keys are
  // compared without another cache miss into keys_, which holds the rest.
  static constexpr size_t kHeadBytes = 8;
  // Slot::kinds: the key has stem phrases; one-word phrases taking endings.
  static constexpr uint32_t kStems = 1, kOneWordWithEndings = 2;
  static constexpr size_t kMaxKeyLength = (1u << 24) - 1;  // longer keys are not indexed
  struct Slot {
    uint64_t head = 0;    // key bytes 0-7, byte i in bits 8i..8i+7, zero-padded
    uint32_t tail = 0;    // offset into keys_ of key bytes 8 and on
    uint32_t first = 0;   // candidates_[first, first + count)
    uint32_t count = 0;   // 0 = empty slot
    uint32_t length : 24 = 0;  // key length
    uint32_t kinds : 8 = 0;
  };

  struct Pending {
    std::string_view key;  // the phrase's first word, in its dictionaries' arena
    uint64_t hash;         // KeyHash(key), computed as the readers add phrases
    PhraseCandidate candidate;
    WordSignature rest_words;
  };
  // Build()'s order: by key hash, longer first, then by id.
  static bool Before(const Pending& a, const Pending& b);

  std::vector<Pending> pending_;
  bool sorted_ = false;  // pending_ is in Before() order
  std::vector<Slot> slots_;
  std::vector<PhraseCandidate> candidates_;
  std::vector<WordSignature> rest_words_;  // of candidates_[k]
  std::string keys_;  // the key bytes after the first kHeadBytes
  std::vector<uint64_t> key_filter_;
  int filter_shift_ = 64;
  uint64_t mask_ = 0;
  uint64_t length_mask_ = 0;
  size_t max_key_ = 0;
};

}  // namespace annalist

#endif  // ANNALIST_SRC_DICTIONARY_PHRASE_INDEX_H_
