#include "io/code_point_index.h"

#include <algorithm>

namespace annalist {
namespace {

// Every byte that is not a UTF-8 continuation byte starts a code point (an
// invalid byte counts as one, as the writer turns it into one U+FFFD).
inline uint32_t StartsCodePoint(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
}

}  // namespace

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii_ = false;
      break;
    }
  }
  if (ascii_) return;
  block_start_.reserve(text.size() / kBlock + 1);
  uint32_t count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % kBlock == 0) block_start_.push_back(count);
    count += StartsCodePoint(text[i]);
  }
}

uint32_t CodePointIndex::At(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  if (ascii_) return offset;
  uint32_t block = offset / kBlock;
  if (block >= block_start_.size()) block = static_cast<uint32_t>(block_start_.size()) - 1;
  uint32_t count = block_start_[block];
  for (uint32_t i = block * kBlock; i < offset; ++i) count += StartsCodePoint(text_[i]);
  return count;
}

}  // namespace annalist
