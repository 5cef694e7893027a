// Tokenizer: splits UTF-8 text into the tokens the coder matches against.
//
// Words keep inner apostrophes and hyphens ("O'Brien", "al-Qaeda",
// "high-speed") except that a possessive or contracted 's becomes its own
// token ("Pakistan's" -> "PAKISTAN" "'S"). Dotted acronyms are one token with
// their final period ("U.N.", "U.S.A."). Numbers keep thousands separators,
// decimals and a unit suffix ("6,500", "1.13bn", "1990s"). Every other
// punctuation or symbol character is a token of its own, except "..." and
// "--". Token::norm is the upper-cased form with curly quotes, apostrophes
// and dashes replaced by their ASCII forms.
#ifndef ANNALIST_SRC_TEXT_TOKENIZER_H_
#define ANNALIST_SRC_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "annalist/document.h"

namespace annalist {

// Appends the tokens of `text` to *out. Offsets are bytes into `text`.
// Invalid UTF-8 bytes become one-byte symbol tokens; nothing is dropped
// except whitespace.
void Tokenize(std::string_view text, std::vector<Token>* out);

// Whether a token ends in a period that may close a sentence ("." itself or a
// dotted acronym such as "U.S.").
bool EndsWithPeriod(const Token& token);

}  // namespace annalist

#endif  // ANNALIST_SRC_TEXT_TOKENIZER_H_
