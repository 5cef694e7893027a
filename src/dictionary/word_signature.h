// WordSignature: a quick test that a phrase or verb pattern cannot match in a
// sentence or clause because one of its words is missing there.
//
// A pattern word matches only text words that begin with it, so a signature
// records word beginnings: a text word adds its first two and its first three
// characters, a pattern word the first three of its own (two when it is that
// short; a one-letter word adds nothing and is never ruled out). Each
// beginning sets one of 256 bits. When a pattern's bits are not all among a
// clause's bits, one of its words is surely absent; when they are, it may
// still fail, and the caller matches it in full.
//
// The coder tries hundreds of patterns for a verb and dozens of phrases for a
// word, and almost all of them fail. With 64 bits and two-letter beginnings
// a 20-word clause set a third of the bits and 97% of the patterns that
// passed still failed; three letters in 256 bits rule out far more of them.
#ifndef ANNALIST_SRC_DICTIONARY_WORD_SIGNATURE_H_
#define ANNALIST_SRC_DICTIONARY_WORD_SIGNATURE_H_

#include <cstdint>
#include <string_view>

namespace annalist {

class WordSignature {
 public:
  // Adds a text word (upper case).
  void AddTextWord(std::string_view word) {
    if (word.size() >= 2) Set(Beginning(word, 2));
    if (word.size() >= 3) Set(Beginning(word, 3));
  }

  // Adds a pattern word (upper case, without connector marks).
  void AddPatternWord(std::string_view word) {
    if (word.size() >= 2) Set(Beginning(word, word.size() >= 3 ? 3 : 2));
  }

  // True when every bit of `needed` is set here.
  bool Covers(const WordSignature& needed) const {
    uint64_t missing = 0;
    for (int i = 0; i < 4; ++i) missing |= needed.bits_[i] & ~bits_[i];
    return missing == 0;
  }

  void Clear() { bits_[0] = bits_[1] = bits_[2] = bits_[3] = 0; }

  // The four 64-bit words OR-ed together. When a.Covers(b), every bit of
  // b.Folded() is in a.Folded(), so testing the folded words first rules
  // out most non-matches reading 8 bytes instead of 32.
  uint64_t Folded() const { return bits_[0] | bits_[1] | bits_[2] | bits_[3]; }

 private:
  // Bit (0-255) of the first `n` (2 or 3) characters of `w`; the length is
  // part of the key, so "TO" and "TOL" are different beginnings.
  static unsigned Beginning(std::string_view w, size_t n) {
    uint64_t key = uint64_t{static_cast<unsigned char>(w[0])} << 16 |
                   uint64_t{static_cast<unsigned char>(w[1])} << 8 |
                   (n == 3 ? static_cast<unsigned char>(w[2]) : 0) | uint64_t{n} << 24;
    return static_cast<unsigned>((key * 0x9E3779B97F4A7C15ull) >> 56);
  }

  void Set(unsigned bit) { bits_[bit / 64] |= uint64_t{1} << (bit % 64); }

  uint64_t bits_[4] = {0, 0, 0, 0};
};

}  // namespace annalist

#endif  // ANNALIST_SRC_DICTIONARY_WORD_SIGNATURE_H_
