// Indirect (reported) speech outside quotation marks.
//
//   cue first:  "Mr Straw said (that) <content>", "X told the paper <content>",
//               "X warned that <content>", "according to X, <content>"
//   cue last:   "<content>, Mr Fox said."  "<content>, said our correspondent."
//
// Verbs of the [that-clause] list ("added", "warned", "estimated") count only
// with THAT, because their other uses are not speech ("added 146,000 jobs").
#include <algorithm>

#include "quotes/quote_candidate.h"

namespace annalist {
namespace {

constexpr uint32_t kMaxThatDistance = 6;   // "warned on Thursday that"
constexpr uint32_t kMaxAddressee = 6;      // "told a Commons select committee"
constexpr uint32_t kMaxTrailingSpeaker = 12;
constexpr uint32_t kMaxTrailingTail = 7;    // "said during his City of London speech"

// Whether token t lies in a quoted passage [begin, end] (both marks
// included). Passages come in text order without overlapping, so only the
// last one opening at or before t can hold it: a binary search, not a scan
// per token, which an article with many quotes cannot afford.
bool Inside(const std::vector<TokenRange>& passages, uint32_t t) {
  auto after = std::upper_bound(passages.begin(), passages.end(), t,
                                [](uint32_t token, const TokenRange& p) { return token < p.begin; });
  return after != passages.begin() && t <= std::prev(after)->end;
}

bool IsSentencePunct(const Token& t) {
  return t.kind == TokenKind::kPunct && t.norm != "'" && t.norm != "-";
}

// The sentence's last token that can end content (drops final punctuation
// and closing marks).
uint32_t ContentEnd(const Document& doc, uint32_t begin, uint32_t end) {
  while (end > begin && IsSentencePunct(doc.tokens[end - 1])) --end;
  return end;
}

// THAT within a few tokens after `t`, crossing no punctuation; kNone if none.
uint32_t FindThat(const Document& doc, uint32_t t, uint32_t end) {
  for (uint32_t i = t; i < end && i - t < kMaxThatDistance; ++i) {
    if (doc.tokens[i].norm == "THAT") return i;
    if (doc.tokens[i].kind == TokenKind::kPunct) break;
  }
  return kNone;
}

// Where the reported clause after a cue begins, kNone when the cue does not
// introduce one here.
uint32_t ClauseStart(const Document& doc, const QuoteLexicon& lex, std::string_view section,
                     uint32_t after, uint32_t end) {
  if (after >= end) return kNone;
  uint32_t that = FindThat(doc, after, end);
  if (that != kNone) return that + 1;
  const Token& next = doc.tokens[after];
  if (section == "that-clause" || next.kind == TokenKind::kPunct) return kNone;
  if (section == "told") {
    uint32_t t = after;
    if (lex.grammar.Is("determiner", doc.tokens[t])) ++t;
    while (t < end && t - after < kMaxAddressee && doc.tokens[t].kind == TokenKind::kWord &&
           !lex.grammar.Is("determiner", doc.tokens[t]) &&
           !lex.grammar.Is("pronoun-male", doc.tokens[t]) &&
           !lex.grammar.Is("pronoun-female", doc.tokens[t]) &&
           !lex.grammar.Is("pronoun-group", doc.tokens[t]) && !lex.grammar.Is("stop", doc.tokens[t])) {
      ++t;
    }
    bool clause = t > after && t < end && doc.tokens[t].kind != TokenKind::kPunct &&
                  !lex.grammar.Is("stop", doc.tokens[t]);
    return clause ? t : kNone;
  }
  // A bare clause must start like one: not with a preposition ("said in
  // London") or "to" ("is said to be").
  if (lex.grammar.Is("stop", next) || lex.grammar.Is("auxiliary", next)) return kNone;
  return after;
}

void AddCandidate(const Document& doc, TokenRange content, TokenRange cue, TokenRange phrase,
                  uint32_t sentence, QuoteCandidate::Attribution attribution,
                  std::vector<QuoteCandidate>* out) {
  if (content.empty()) return;
  QuoteCandidate c;
  c.quote.sentence = sentence;
  c.quote.content = SpanOf(doc, content);
  c.quote.cue = SpanOf(doc, cue);
  c.speaker_phrase = phrase;
  c.attribution = attribution;
  c.anchor = phrase.empty() ? cue.begin : phrase.begin;
  out->push_back(std::move(c));
}

// "<content>, X said." / "<content>, said X." in the last comma segment.
void FindTrailing(const Document& doc, const QuoteLexicon& lex, uint32_t sentence,
                  uint32_t floor, const std::vector<TokenRange>& passages,
                  std::vector<QuoteCandidate>* out) {
  const Sentence& s = doc.sentences[sentence];
  uint32_t end = ContentEnd(doc, s.first_token, s.end_token);
  uint32_t comma = end;
  while (comma > floor && !IsPunct(doc.tokens[comma - 1], ",")) --comma;
  if (comma <= floor + 1) return;
  uint32_t c = comma - 1;  // the comma token
  // A quotation followed by a comma in the content is attributed by the
  // direct-quote rules ("<quote>", Rabbi X, founder of Y, said).
  for (const TokenRange& p : passages) {
    if (p.begin >= floor && p.end + 1 < c && IsPunct(doc.tokens[p.end + 1], ",")) return;
  }
  for (uint32_t t = comma; t < end && t - comma < kMaxTrailingSpeaker; ++t) {
    std::string_view section;
    PhraseLists::Match cue = lex.CueAt(doc, t, end, &section);
    if (cue.length == 0 || section == "source") continue;
    if (lex.grammar.Is("be", doc.tokens[t - 1])) return;  // passive: no speaker
    uint32_t after = t + cue.length;
    TokenRange phrase = t == comma ? lex.grammar.PhraseAfter(doc, after, end)
                                   : lex.grammar.PhraseAfter(doc, comma, t);
    if (phrase.empty() || (t > comma && phrase.end < t &&
                           !lex.grammar.Is("auxiliary", doc.tokens[phrase.end]))) {
      return;
    }
    // The attribution closes the sentence: at most a short phrase such as
    // "in London" or "in a statement" may follow it.
    uint32_t tail = t == comma ? phrase.end : after;
    if (tail < end && (end - tail > kMaxTrailingTail || !lex.grammar.Is("stop", doc.tokens[tail]))) {
      return;
    }
    AddCandidate(doc, TokenRange{floor, c}, TokenRange{t, after}, phrase, sentence,
                 QuoteCandidate::Attribution::kPhrase, out);
    return;
  }
}

// "according to X, <content>" or "<content>, according to X".
void AddSourced(const Document& doc, const QuoteLexicon& lex, uint32_t sentence, uint32_t floor,
                uint32_t t, uint32_t length, std::vector<QuoteCandidate>* out) {
  const Sentence& s = doc.sentences[sentence];
  uint32_t end = ContentEnd(doc, s.first_token, s.end_token);
  TokenRange phrase = lex.grammar.PhraseAfter(doc, t + length, end);
  if (phrase.empty()) return;
  // "according to a report by X": X is the source.
  if (phrase.end + 1 < end &&
      (doc.tokens[phrase.end].norm == "BY" || doc.tokens[phrase.end].norm == "FROM")) {
    TokenRange author = lex.grammar.PhraseAfter(doc, phrase.end + 1, end);
    if (!author.empty()) phrase = author;
  }
  TokenRange content;
  if (t == floor) {
    uint32_t c = phrase.end;
    while (c < end && !IsPunct(doc.tokens[c], ",")) ++c;
    content = TokenRange{c + 1, end};
  } else {
    uint32_t c = t;
    while (c > floor && IsSentencePunct(doc.tokens[c - 1])) --c;
    content = TokenRange{floor, c};
  }
  AddCandidate(doc, content, TokenRange{t, t + length}, phrase, sentence,
               QuoteCandidate::Attribution::kPhrase, out);
}

}  // namespace

void FindIndirectQuotes(const Document& doc, const QuoteLexicon& lex,
                        const std::vector<TokenRange>& passages,
                        std::vector<QuoteCandidate>* out) {
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    uint32_t end = ContentEnd(doc, s.first_token, s.end_token);
    uint32_t floor = s.first_token;
    // Start after any direct passage that closes in this sentence's opening.
    while (floor < end && Inside(passages, floor)) ++floor;
    size_t before = out->size();
    for (uint32_t t = floor; t < end; ++t) {
      if (Inside(passages, t)) continue;
      std::string_view section;
      PhraseLists::Match cue = lex.CueAt(doc, t, end, &section);
      if (cue.length == 0 || section == "quote-intro") continue;
      if (t > floor && lex.grammar.Is("be", doc.tokens[t - 1])) continue;  // passive
      if (section == "source") {
        AddSourced(doc, lex, si, floor, t, cue.length, out);
        t += cue.length - 1;
        continue;
      }
      uint32_t start = ClauseStart(doc, lex, section, t + cue.length, end);
      if (start == kNone || Inside(passages, start)) continue;
      TokenRange phrase = lex.grammar.SubjectBefore(doc, floor, t);
      auto attribution = QuoteCandidate::Attribution::kPhrase;
      if (phrase.empty()) {
        // "..., adding that" / "by claiming that": the sentence's speaker.
        bool participle = doc.tokens[t].norm.size() > 3 &&
                          doc.tokens[t].norm.ends_with("ING") && t > s.first_token;
        if (!participle) continue;
        attribution = QuoteCandidate::Attribution::kSameSentence;
      }
      AddCandidate(doc, TokenRange{start, end}, TokenRange{t, t + cue.length}, phrase,
                   si, attribution, out);
      break;  // a cue inside the content reports nested speech: not this narrator's
    }
    if (out->size() == before) FindTrailing(doc, lex, si, floor, passages, out);
  }
}

}  // namespace annalist
