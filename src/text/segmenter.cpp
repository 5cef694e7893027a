#include "text/segmenter.h"

#include "text/tokenizer.h"

namespace annalist {
namespace {

using WordKind = SegmentationRules::WordKind;

// A line shorter than this that is followed by a single line break is taken
// to end a unit of its own (headline, dateline, byline); hard-wrapped prose
// has longer lines, whose line breaks are just spaces.
constexpr size_t kShortLine = 60;

bool IsTerminal(const Token& t) {
  return EndsWithPeriod(t) || t.norm == "!" || t.norm == "?" || t.norm == "...";
}

bool IsCloser(const Token& t) {
  return t.norm == "\"" || t.norm == "'" || t.norm == ")" || t.norm == "]" || t.norm == "}";
}

bool StartsLowerCase(const Token& t) {
  return t.kind == TokenKind::kWord && !t.capitalized && t.norm != "'S" &&
         !(t.norm.size() > 1 && t.norm.back() == '.');  // acronyms like "e.g." read as lower
}

bool IsContinuationPunct(const Token& t) {
  return t.norm == "," || t.norm == ";" || t.norm == ":" || t.norm == ")" || t.norm == "]" ||
         t.norm == "%";
}

// How the gap between two tokens breaks the text.
enum class Gap { kNone, kLine, kParagraph };

Gap GapBetween(std::string_view text, uint32_t from, uint32_t to) {
  int newlines = 0;
  for (uint32_t i = from; i < to; ++i) newlines += text[i] == '\n';
  return newlines == 0 ? Gap::kNone : newlines == 1 ? Gap::kLine : Gap::kParagraph;
}

// Length in bytes of the line that ends at byte `end`.
size_t LineLengthBefore(std::string_view text, size_t end) {
  size_t nl = text.rfind('\n', end == 0 ? 0 : end - 1);
  return nl == std::string_view::npos ? end : end - nl - 1;
}

}  // namespace

bool Segmenter::IsStarter(const Token& token) const {
  if (token.norm == "\"" || token.norm == "(") return true;
  return token.kind == TokenKind::kWord && token.capitalized &&
         rules_->IsSentenceStarter(token.norm);
}

bool Segmenter::EndsSentence(const std::vector<Token>& tokens, size_t i, size_t next) const {
  const Token& mark = tokens[i];
  const Token& after = tokens[next];
  if (!after.space_before) return false;
  if (StartsLowerCase(after) || IsContinuationPunct(after)) return false;
  // A dash aside that goes on in lower case: "Where is the Love? - picked up".
  if ((after.norm == "-" || after.norm == "--") && next + 1 < tokens.size() &&
      StartsLowerCase(tokens[next + 1])) {
    return false;
  }
  if (mark.norm != ".") {
    // An acronym's period: "in the U.S. The talks" ends, "U.S. officials" not.
    if (EndsWithPeriod(mark)) return IsStarter(after);
    return true;  // ! ? ...
  }
  if (i == 0 || mark.space_before) return true;
  const Token& word = tokens[i - 1];
  if (word.kind != TokenKind::kWord) return true;
  if (word.capitalized && word.span.size() == 1) return false;  // initial: "J. R. Smith"
  switch (rules_->AbbreviationKind(word.norm)) {
    case WordKind::kTitle:
      return false;
    case WordKind::kMonth:
      return after.kind != TokenKind::kNumber && IsStarter(after);
    case WordKind::kAbbrev:
      return IsStarter(after);
    default:
      return true;
  }
}

void Segmenter::Segment(std::string_view text, const std::vector<Token>& tokens,
                        std::vector<Sentence>* out) const {
  size_t first = 0;
  auto close = [&](size_t end) {  // the sentence is tokens [first, end)
    if (end <= first) return;
    Sentence s;
    s.first_token = static_cast<uint32_t>(first);
    s.end_token = static_cast<uint32_t>(end);
    s.span = {tokens[first].span.begin, tokens[end - 1].span.end};
    out->push_back(s);
    first = end;
  };
  size_t i = 0;
  while (i < tokens.size()) {
    size_t last = i;  // last token of a sentence that would end here
    bool ends = false;
    if (IsTerminal(tokens[i])) {
      // Take in "?!", "..." runs and closing quotes or brackets: ."  .)  ?'
      while (last + 1 < tokens.size() && !tokens[last + 1].space_before &&
             (IsTerminal(tokens[last + 1]) || IsCloser(tokens[last + 1]))) {
        ++last;
      }
      ends = last + 1 < tokens.size() && EndsSentence(tokens, i, last + 1);
    }
    if (!ends && last + 1 < tokens.size()) {
      const Token& next = tokens[last + 1];
      switch (GapBetween(text, tokens[last].span.end, next.span.begin)) {
        case Gap::kParagraph:
          ends = true;
          break;
        case Gap::kLine:
          ends = !StartsLowerCase(next) && !IsContinuationPunct(next) &&
                 LineLengthBefore(text, tokens[last].span.end) < kShortLine;
          break;
        case Gap::kNone:
          break;
      }
    }
    if (ends) close(last + 1);
    i = last + 1;
  }
  close(tokens.size());
}

}  // namespace annalist
