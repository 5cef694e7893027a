// Segmenter: groups a document's tokens into sentences.
//
// A sentence ends at ".", "!", "?", an ellipsis or a dotted acronym when the
// next token could start a sentence (not a lower-case word, not ",;:"); any
// closing quotes or brackets right after the mark stay with the sentence it
// ends. A period after a title ("Gen."), an initial ("J.") or, before a
// number, a month ("Nov. 14") never ends a sentence; after another
// abbreviation or an acronym ("U.S.") it does only before a typical sentence
// starter ("The", "He"). Blank lines are hard breaks, and so is a single line
// break after a short line (a headline or dateline) when the next line does
// not start in lower case; long lines are taken to be hard-wrapped text.
#ifndef ANNALIST_SRC_TEXT_SEGMENTER_H_
#define ANNALIST_SRC_TEXT_SEGMENTER_H_

#include <string_view>
#include <vector>

#include "annalist/document.h"
#include "text/segmentation_rules.h"

namespace annalist {

class Segmenter {
 public:
  // `rules` must outlive the segmenter.
  explicit Segmenter(const SegmentationRules* rules) : rules_(rules) {}

  // Appends the sentences of `tokens` (from Tokenize(text)) to *out; together
  // they cover every token, in order.
  void Segment(std::string_view text, const std::vector<Token>& tokens,
               std::vector<Sentence>* out) const;

 private:
  // Whether the sentence ends after the terminal token tokens[i] when
  // tokens[next] follows it.
  bool EndsSentence(const std::vector<Token>& tokens, size_t i, size_t next) const;
  bool IsStarter(const Token& token) const;

  const SegmentationRules* rules_;
};

}  // namespace annalist

#endif  // ANNALIST_SRC_TEXT_SEGMENTER_H_
