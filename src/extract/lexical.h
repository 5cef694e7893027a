// Token-level helpers shared by the extraction stages.
#ifndef ANNALIST_SRC_EXTRACT_LEXICAL_H_
#define ANNALIST_SRC_EXTRACT_LEXICAL_H_

#include <string_view>
#include <vector>

#include "annalist/document.h"

namespace annalist {

// A half-open range of token indices [begin, end).
struct TokenRange {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return begin >= end; }
  uint32_t size() const { return end - begin; }
};

// The byte span covered by tokens [r.begin, r.end); empty for an empty range.
Span SpanOf(const Document& doc, TokenRange r);

// The sentence holding token `t`, kNone when sentences do not cover it.
uint32_t SentenceOfToken(const Document& doc, uint32_t t);

// The first token whose span begins at or after `byte` (tokens.size() if none).
uint32_t FirstTokenAtOrAfter(const Document& doc, uint32_t byte);

// A double quotation mark: '"' or a typographic one (“ ” „ « »).
bool IsDoubleQuote(const Document& doc, const Token& t);

// An opening mark: typographic openers, or '"' not glued to the word before.
bool IsOpeningQuote(const Document& doc, uint32_t t);

bool IsWordToken(const Token& t);

// The norm without a possessive ending, for tokenizers that keep "'s" on the
// word ("NOVEMBER'S" -> "NOVEMBER").
inline std::string_view BaseForm(std::string_view norm) {
  if (norm.size() > 2 && norm.ends_with("'S")) norm.remove_suffix(2);
  return norm;
}
bool IsPunct(const Token& t, std::string_view norm);

// Whether `s` overlaps any of `spans`.
bool OverlapsAny(Span s, const std::vector<Span>& spans);
inline bool Overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }
inline bool Contains(Span outer, Span inner) {
  return outer.begin <= inner.begin && inner.end <= outer.end;
}

// The clause around token `t`: the tokens of its sentence between the
// nearest clause boundaries (, ; : ( ) - and subordinating words) on either
// side. Used to keep counts and tone with the verb they belong to.
TokenRange ClauseAround(const Document& doc, uint32_t t);

// Whether `s` overlaps one of the document's time expressions. The times
// stage writes them in text order, so this is a binary search.
bool InTimeExpression(const Document& doc, Span s);

// Spans (actor mentions, event verbs) sorted by their start, for lookups in
// O(log n) instead of a scan per query, which long documents cannot afford.
class SpanIndex {
 public:
  explicit SpanIndex(std::vector<Span> spans);  // index i = position in `spans`
  // An entry overlapping `s` (looking back over at most a few entries that
  // start before it), kNone if none.
  uint32_t FindOverlapping(Span s) const;
  // The entry inside `range` starting nearest to byte `at`, kNone if none.
  uint32_t NearestWithin(Span range, uint32_t at) const;

 private:
  struct Entry {
    Span span;
    uint32_t index;
  };
  std::vector<Entry> entries_;
};

SpanIndex ActorIndex(const Document& doc);
SpanIndex EventVerbIndex(const Document& doc);

}  // namespace annalist

#endif  // ANNALIST_SRC_EXTRACT_LEXICAL_H_
