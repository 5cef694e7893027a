// UTF-8 helpers shared by the text stage and the record reader/writer.
//
// Text inside a Document is meant to be valid UTF-8, but input is not to be
// trusted: these helpers decode defensively (an invalid byte decodes as one
// code point of its own) so that nothing downstream can read out of bounds.
#ifndef ANNALIST_SRC_TEXT_UTF8_H_
#define ANNALIST_SRC_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace annalist {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point at s[pos]. Sets *len to the number of bytes it uses
// (>= 1). Returns kReplacementChar (with *len = 1) for an invalid sequence.
char32_t DecodeUtf8(std::string_view s, size_t pos, size_t* len);

// Appends the UTF-8 encoding of `c` to *out.
void AppendUtf8(char32_t c, std::string* out);

// Byte offset of the first invalid sequence in `s`, or npos when valid.
size_t FindInvalidUtf8(std::string_view s);

// Replaces every invalid sequence in *s by U+FFFD; returns how many.
size_t ReplaceInvalidUtf8(std::string* s);

}  // namespace annalist

#endif  // ANNALIST_SRC_TEXT_UTF8_H_
