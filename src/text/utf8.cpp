#include "text/utf8.h"

#include <unicode/utf8.h>

namespace annalist {

char32_t DecodeUtf8(std::string_view s, size_t pos, size_t* len) {
  unsigned char lead = static_cast<unsigned char>(s[pos]);
  if (lead < 0x80) {
    *len = 1;
    return lead;
  }
  // ICU's macro takes int32_t lengths; a window of four bytes is all a code
  // point can use, which also keeps huge texts within range.
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data() + pos);
  int32_t limit = static_cast<int32_t>(s.size() - pos < 4 ? s.size() - pos : 4);
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(bytes, i, limit, c);
  if (c < 0) {
    *len = 1;
    return kReplacementChar;
  }
  *len = static_cast<size_t>(i);
  return static_cast<char32_t>(c);
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

size_t FindInvalidUtf8(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      ++pos;
      continue;
    }
    size_t len;
    char32_t c = DecodeUtf8(s, pos, &len);
    // A literal U+FFFD in the input is valid; only a one-byte result is not.
    if (c == kReplacementChar && len == 1) return pos;
    pos += len;
  }
  return std::string_view::npos;
}

size_t ReplaceInvalidUtf8(std::string* s) {
  size_t first = FindInvalidUtf8(*s);
  if (first == std::string_view::npos) return 0;
  std::string fixed(s->data(), first);
  fixed.reserve(s->size() + 16);
  size_t replaced = 0;
  size_t pos = first;
  while (pos < s->size()) {
    size_t len;
    char32_t c = DecodeUtf8(*s, pos, &len);
    if (c == kReplacementChar && len == 1) {
      AppendUtf8(kReplacementChar, &fixed);
      ++replaced;
    } else {
      fixed.append(*s, pos, len);
    }
    pos += len;
  }
  s->swap(fixed);
  return replaced;
}

}  // namespace annalist
