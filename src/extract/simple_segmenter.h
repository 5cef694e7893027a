// SimpleSegment: a small sentence splitter and tokenizer that follows the
// Document contract (document.h) closely enough for the extraction stages.
//
// It exists so the extraction stages can be tested and evaluated on their own
// (unit tests, tools/extract_eval) where the text stage is not part of the
// pipeline; the pipeline itself uses src/text. It splits sentences at . ? !
// (with any closing quotes) before a capital or an opening quote, and at blank
// lines; tokens are words (keeping inner apostrophes and hyphens, with "'s"
// split off), numbers (keeping separators and a unit suffix: "6,500",
// "1.13bn") and single punctuation characters.
#ifndef ANNALIST_SRC_EXTRACT_SIMPLE_SEGMENTER_H_
#define ANNALIST_SRC_EXTRACT_SIMPLE_SEGMENTER_H_

#include "annalist/document.h"

namespace annalist {

// Replaces doc->sentences and doc->tokens.
void SimpleSegment(Document* doc);

}  // namespace annalist

#endif  // ANNALIST_SRC_EXTRACT_SIMPLE_SEGMENTER_H_
