// CodePointIndex: converts byte offsets in a UTF-8 text to code point
// offsets, as the output contract requires.
//
// Built in one pass over the text. For pure ASCII text the two are equal and
// no table is kept; otherwise a checkpoint every kBlock bytes bounds each
// lookup to kBlock bytes of counting, with a table of text.size() / 16 bytes.
#ifndef ANNALIST_SRC_IO_CODE_POINT_INDEX_H_
#define ANNALIST_SRC_IO_CODE_POINT_INDEX_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace annalist {

class CodePointIndex {
 public:
  // `text` must outlive the index.
  explicit CodePointIndex(std::string_view text);

  // Code points before byte `offset` (offsets past the end are clamped).
  uint32_t At(uint32_t offset) const;

 private:
  static constexpr uint32_t kBlock = 64;

  std::string_view text_;
  bool ascii_ = true;
  std::vector<uint32_t> block_start_;  // code points before byte i * kBlock
};

}  // namespace annalist

#endif  // ANNALIST_SRC_IO_CODE_POINT_INDEX_H_
