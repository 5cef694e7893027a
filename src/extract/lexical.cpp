#include "extract/lexical.h"

#include <algorithm>

namespace annalist {
namespace {

constexpr std::string_view kTypographicQuotes[] = {"\xE2\x80\x9C", "\xE2\x80\x9D",
                                                   "\xE2\x80\x9E", "\xC2\xAB", "\xC2\xBB"};
constexpr std::string_view kTypographicOpeners[] = {"\xE2\x80\x9C", "\xE2\x80\x9E",
                                                    "\xC2\xAB"};

bool IsClauseBoundary(const Token& t) {
  static constexpr std::string_view kBoundaries[] = {
      ",", ";", ":", "(", ")", "-", "--", "BUT", "WHILE", "WHEREAS", "ALTHOUGH",
      "THOUGH", "BECAUSE", "WHICH", "WHO"};
  return std::find(std::begin(kBoundaries), std::end(kBoundaries), t.norm) !=
         std::end(kBoundaries);
}

}  // namespace

Span SpanOf(const Document& doc, TokenRange r) {
  if (r.empty()) return Span{};
  return Span{doc.tokens[r.begin].span.begin, doc.tokens[r.end - 1].span.end};
}

uint32_t SentenceOfToken(const Document& doc, uint32_t t) {
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), t,
                             [](uint32_t token, const Sentence& s) {
                               return token < s.first_token;
                             });
  if (it == doc.sentences.begin()) return kNone;
  --it;
  if (t >= it->end_token) return kNone;
  return static_cast<uint32_t>(it - doc.sentences.begin());
}

uint32_t FirstTokenAtOrAfter(const Document& doc, uint32_t byte) {
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), byte,
                             [](const Token& t, uint32_t b) { return t.span.begin < b; });
  return static_cast<uint32_t>(it - doc.tokens.begin());
}

bool IsDoubleQuote(const Document& doc, const Token& t) {
  if (t.norm == "\"") return true;
  std::string_view raw = doc.SpanText(t.span);
  return std::find(std::begin(kTypographicQuotes), std::end(kTypographicQuotes), raw) !=
         std::end(kTypographicQuotes);
}

bool IsOpeningQuote(const Document& doc, uint32_t t) {
  const Token& tok = doc.tokens[t];
  std::string_view raw = doc.SpanText(tok.span);
  if (std::find(std::begin(kTypographicOpeners), std::end(kTypographicOpeners), raw) !=
      std::end(kTypographicOpeners)) {
    return true;
  }
  if (raw != "\"") return false;
  // A straight mark opens when space (or the start) precedes it and a word
  // follows without space.
  bool after_space = tok.span.begin == 0 || doc.text[tok.span.begin - 1] == ' ' ||
                     doc.text[tok.span.begin - 1] == '\n' || doc.text[tok.span.begin - 1] == '(';
  bool glued_next = tok.span.end < doc.text.size() && doc.text[tok.span.end] != ' ' &&
                    doc.text[tok.span.end] != '\n';
  return after_space && glued_next;
}

bool IsWordToken(const Token& t) { return t.kind == TokenKind::kWord; }

std::string_view BaseForm(std::string_view norm) {
  if (norm.size() > 2 && norm.ends_with("'S")) norm.remove_suffix(2);
  return norm;
}

bool IsPunct(const Token& t, std::string_view norm) {
  return t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber && t.norm == norm;
}

bool OverlapsAny(Span s, const std::vector<Span>& spans) {
  return std::any_of(spans.begin(), spans.end(), [&](Span o) { return Overlaps(s, o); });
}

TokenRange ClauseAround(const Document& doc, uint32_t t) {
  uint32_t sentence = SentenceOfToken(doc, t);
  if (sentence == kNone) return TokenRange{t, t + 1};
  const Sentence& s = doc.sentences[sentence];
  uint32_t begin = t;
  while (begin > s.first_token && !IsClauseBoundary(doc.tokens[begin - 1])) --begin;
  uint32_t end = t + 1;
  while (end < s.end_token && !IsClauseBoundary(doc.tokens[end])) ++end;
  return TokenRange{begin, end};
}

std::vector<Span> TimeSpans(const Document& doc) {
  std::vector<Span> spans;
  spans.reserve(doc.times.size());
  for (const TimeExpr& t : doc.times) spans.push_back(t.span);
  return spans;
}

}  // namespace annalist
