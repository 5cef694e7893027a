#include "text/char_class.h"

#include <unicode/uchar.h>

namespace annalist {

CharClass ClassOfNonAscii(char32_t c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x02BC: case 0x2032:
      return CharClass::kApostrophe;
    case 0x2010: case 0x2011:
      return CharClass::kHyphen;
    default:
      break;
  }
  UChar32 u = static_cast<UChar32>(c);
  if (u_isUWhiteSpace(u) || c == 0x200B || c == 0xFEFF) return CharClass::kSpace;
  int8_t type = u_charType(u);
  switch (type) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER: case U_NON_SPACING_MARK:
    case U_COMBINING_SPACING_MARK: case U_ENCLOSING_MARK:
      return CharClass::kLetter;
    case U_DECIMAL_DIGIT_NUMBER:
      return CharClass::kDigit;
    case U_DASH_PUNCTUATION: case U_START_PUNCTUATION: case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION: case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION: case U_FINAL_PUNCTUATION:
      return CharClass::kPunct;
    default:
      return CharClass::kSymbol;
  }
}

bool IsUpperCase(char32_t c) {
  if (c < 128) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}

bool IsLowerCase(char32_t c) {
  if (c < 128) return c >= 'a' && c <= 'z';
  return u_islower(static_cast<UChar32>(c));
}

char32_t ToUpper(char32_t c) {
  if (c < 128) return c >= 'a' && c <= 'z' ? c - 32 : c;
  return static_cast<char32_t>(u_toupper(static_cast<UChar32>(c)));
}

char AsciiPunctuationFor(char32_t c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x02BC: case 0x2032:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2033:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212:
      return '-';
    default:
      return 0;
  }
}

}  // namespace annalist
