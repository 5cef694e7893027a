// Character classes for tokenizing news text, with an ASCII fast path and
// ICU's Unicode properties for everything else.
#ifndef ANNALIST_SRC_TEXT_CHAR_CLASS_H_
#define ANNALIST_SRC_TEXT_CHAR_CLASS_H_

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

CharClass ClassOf(char32_t c);

bool IsUpperCase(char32_t c);
bool IsLowerCase(char32_t c);
char32_t ToUpper(char32_t c);

// The ASCII form of a quote, apostrophe or dash, or 0 when `c` is none.
char AsciiPunctuationFor(char32_t c);

}  // namespace annalist

#endif  // ANNALIST_SRC_TEXT_CHAR_CLASS_H_
