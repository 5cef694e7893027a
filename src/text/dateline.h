// The dateline that opens a news report: "KABUL, AFGHANISTAN –",
// "NEW DELHI, March 20 (Reuters) -". It names where the report was filed, not
// an actor of its first sentence, so the coder leaves it out and the places
// stage reads it as the report's location.
#ifndef ANNALIST_SRC_TEXT_DATELINE_H_
#define ANNALIST_SRC_TEXT_DATELINE_H_

#include "annalist/document.h"

namespace annalist {

// The span of the dateline before the dash that ends it (the dash excluded)
// at the start of the first sentence of a tokenized, segmented `doc`, or of
// the second when the first is a headline (no closing . ! or ?); empty when
// there is none. A dateline is at most a dozen tokens
// of capitals, numbers, punctuation, month names ("March", "Nov.") and a
// parenthesised agency, followed by a dash (-, --, en or em dash).
Span FindDateline(const Document& doc);

}  // namespace annalist

#endif  // ANNALIST_SRC_TEXT_DATELINE_H_
