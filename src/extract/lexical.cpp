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

bool InTimeExpression(const Document& doc, Span s) {
  auto it = std::lower_bound(doc.times.begin(), doc.times.end(), s.end,
                             [](const TimeExpr& t, uint32_t end) { return t.span.begin < end; });
  return it != doc.times.begin() && std::prev(it)->span.end > s.begin;
}

namespace {
constexpr int kLookBack = 8;  // entries starting before a query that may still cover it
}  // namespace

SpanIndex::SpanIndex(std::vector<Span> spans) {
  entries_.reserve(spans.size());
  for (uint32_t i = 0; i < spans.size(); ++i) {
    if (!spans[i].empty()) entries_.push_back(Entry{spans[i], i});
  }
  std::stable_sort(entries_.begin(), entries_.end(),
                   [](const Entry& a, const Entry& b) { return a.span.begin < b.span.begin; });
}

uint32_t SpanIndex::FindOverlapping(Span s) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), s.end,
                             [](const Entry& e, uint32_t end) { return e.span.begin < end; });
  for (int k = 0; k < kLookBack && it != entries_.begin(); ++k) {
    --it;
    if (Overlaps(it->span, s)) return it->index;
  }
  return kNone;
}

uint32_t SpanIndex::NearestWithin(Span range, uint32_t at) const {
  auto first = std::lower_bound(entries_.begin(), entries_.end(), range.begin,
                                [](const Entry& e, uint32_t b) { return e.span.begin < b; });
  uint32_t best = kNone, best_distance = UINT32_MAX;
  for (auto it = first; it != entries_.end() && it->span.begin < range.end; ++it) {
    if (it->span.end > range.end) continue;
    uint32_t distance = it->span.begin > at ? it->span.begin - at : at - it->span.begin;
    if (distance < best_distance) {
      best_distance = distance;
      best = it->index;
    }
    if (it->span.begin > at) break;  // later entries are farther
  }
  return best;
}

SpanIndex ActorIndex(const Document& doc) {
  std::vector<Span> spans;
  spans.reserve(doc.actors.size());
  for (const ActorMention& a : doc.actors) spans.push_back(a.span);
  return SpanIndex(std::move(spans));
}

SpanIndex EventVerbIndex(const Document& doc) {
  std::vector<Span> spans;
  spans.reserve(doc.events.size());
  for (const Event& e : doc.events) spans.push_back(e.evidence.span);
  return SpanIndex(std::move(spans));
}

}  // namespace annalist
