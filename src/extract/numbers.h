// Numbers written in digits or words, as the times and quantities stages read
// them: "6,500", "1.13bn", "1.4m", "two million", "half a million",
// "twenty-five", "15-year-old" (number 15, rest "YEAR-OLD").
#ifndef ANNALIST_SRC_EXTRACT_NUMBERS_H_
#define ANNALIST_SRC_EXTRACT_NUMBERS_H_

#include <string>

#include "extract/lexical.h"
#include "extract/phrase_lists.h"

namespace annalist {

struct NumberMatch {
  uint32_t length = 0;  // tokens read; 0 when no number starts here
  double value = 0;
  bool digits = false;   // written in digits
  bool ordinal = false;  // "14th", "20th"
  bool multiplied = false;  // a multiplier was applied ("bn", "million")
  // Letters glued after the digits that are not a multiplier or an ordinal
  // suffix, e.g. "YEAR-OLD" in "15-year-old", "S" in "1990s".
  std::string suffix;
};

// Whether a number can start at `t`: digits, a word of `numbers`, a
// hyphenated word ("twenty-five") or "a" ("a million"). A cheap test that
// spares the lookups of ReadNumber for most tokens.
bool MayStartNumber(const Token& t, const PhraseLists& numbers);

// Reads the number starting at token `i` (before `end`), using the [number]
// and [multiplier] sections of data/extract/numbers.txt.
NumberMatch ReadNumber(const Document& doc, const PhraseLists& numbers, uint32_t i,
                       uint32_t end);

}  // namespace annalist

#endif  // ANNALIST_SRC_EXTRACT_NUMBERS_H_
