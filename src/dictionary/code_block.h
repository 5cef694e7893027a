// Code blocks: the "[...]" part of a dictionary line.
//
//   [064]  [032:033]  [023?]  [111!]  [---]  [###]  [+++]      verbs
//   [USAGOV]  [FRO/BIL/SAM]  [HOB <950601]  [UNO 920101-991231]  actors
//   [~GOV]  [NGO~]                                               agents
// Dates are TABARI's YYMMDD (00-30 = 2000-2030) or, as annalist's extension,
// YYYYMMDD.
#ifndef ANNALIST_SRC_DICTIONARY_CODE_BLOCK_H_
#define ANNALIST_SRC_DICTIONARY_CODE_BLOCK_H_

#include <string>
#include <string_view>
#include <vector>

namespace annalist {

enum class SpecialCode : uint8_t { kNone, kNull, kDiscard, kComplex };

// Classifies "---", "###", "+++" (blanks ignored).
SpecialCode ClassifySpecial(std::string_view code);

struct EventCode {
  std::string code;    // "032"; "" for special codes
  std::string paired;  // "033" for [032:033], "" otherwise
  SpecialCode special = SpecialCode::kNone;
  bool subordinate = false;  // '?': used only when the sentence has no other event
  bool dominant = false;     // '!': codes before other events of the clause
};

struct DatedCode {
  enum class Restriction : uint8_t { kNone, kUntil, kFrom, kBetween };
  std::string code;  // may be a coded compound "FRO/BIL"; "---" etc. for specials
  SpecialCode special = SpecialCode::kNone;
  Restriction restriction = Restriction::kNone;
  int from = 0, until = 0;  // yyyymmdd, inclusive
  bool Applies(int date) const;
};

// Splits `line` into the phrase before the first '[' and the contents of each
// [...] block; a ';' after the blocks starts a comment. False when a '[' is
// not closed (*error says why).
bool SplitCodeBlocks(std::string_view line, std::string_view* phrase,
                     std::vector<std::string_view>* blocks, std::string* error);

bool ParseEventCode(std::string_view block, EventCode* out, std::string* error);
bool ParseDatedCode(std::string_view block, bool four_digit_years, DatedCode* out,
                    std::string* error);

// "950601" -> 19950601, "20240101" -> 20240101; false when not a valid date.
bool ParseDictionaryDate(std::string_view s, bool four_digit_years, int* yyyymmdd);

}  // namespace annalist

#endif  // ANNALIST_SRC_DICTIONARY_CODE_BLOCK_H_
