// Character classes for tokenizing news text, with an ASCII fast path and
// ICU's Unicode properties for everything else.
#ifndef ANNALIST_SRC_TEXT_CHAR_CLASS_H_
#define ANNALIST_SRC_TEXT_CHAR_CLASS_H_

#include <array>

namespace annalist {

enum class CharClass : unsigned char {
  kSpace,
  kLetter,      // letters and combining marks
  kDigit,
  kApostrophe,  // ' and its curly forms
  kHyphen,      // - and the Unicode hyphens (not the en/em dashes)
  kPeriod,
  kPunct,       // other punctuation, including quotes, brackets and dashes
  kSymbol,      // currency, math and other symbols; invalid bytes
};

namespace char_class_internal {

constexpr std::array<CharClass, 128> MakeAsciiTable() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    if (c == ' ' || (c >= '\t' && c <= '\r')) {
      t[c] = CharClass::kSpace;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      t[c] = CharClass::kLetter;
    } else if (c >= '0' && c <= '9') {
      t[c] = CharClass::kDigit;
    } else if (c == '\'') {
      t[c] = CharClass::kApostrophe;
    } else if (c == '-') {
      t[c] = CharClass::kHyphen;
    } else if (c == '.') {
      t[c] = CharClass::kPeriod;
    } else if (c < 0x20 || c == 0x7F || c == '$' || c == '%' || c == '&' || c == '+' ||
               c == '<' || c == '=' || c == '>' || c == '^' || c == '`' || c == '|' ||
               c == '~' || c == '#' || c == '@') {
      t[c] = CharClass::kSymbol;
    } else {
      t[c] = CharClass::kPunct;
    }
  }
  return t;
}

inline constexpr std::array<CharClass, 128> kAscii = MakeAsciiTable();

}  // namespace char_class_internal

// The class of a code point of 128 and above (ICU's properties).
CharClass ClassOfNonAscii(char32_t c);

// Inline with a table for ASCII: the tokenizer classifies every character.
inline CharClass ClassOf(char32_t c) {
  return c < 128 ? char_class_internal::kAscii[c] : ClassOfNonAscii(c);
}

bool IsUpperCase(char32_t c);
bool IsLowerCase(char32_t c);
char32_t ToUpper(char32_t c);

// The ASCII form of a quote, apostrophe or dash, or 0 when `c` is none.
char AsciiPunctuationFor(char32_t c);

}  // namespace annalist

#endif  // ANNALIST_SRC_TEXT_CHAR_CLASS_H_
