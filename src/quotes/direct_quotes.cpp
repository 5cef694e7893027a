// Direct quotes: passages between quotation marks and who said them.
//
// News style lets one speaker's quotation run over several sentences or
// paragraphs, each reopening the quote mark without closing the one before
// ("We tried. "We failed."): an opening mark at the start of a sentence or a
// paragraph while a passage is open continues that passage.
#include <algorithm>

#include "quotes/quote_candidate.h"

namespace annalist {
namespace {

constexpr uint32_t kMaxSpeakerDistance = 16;  // tokens between a quote and its cue

bool StartsSentenceOrParagraph(const Document& doc, uint32_t t) {
  if (t == 0) return true;
  const Token& prev = doc.tokens[t - 1];
  if (prev.norm == "." || prev.norm == "?" || prev.norm == "!" || prev.norm == "...") return true;
  std::string_view gap = std::string_view(doc.text).substr(
      prev.span.end, doc.tokens[t].span.begin - prev.span.end);
  return gap.find('\n') != std::string_view::npos;
}

// Pairs of quote-mark tokens [open, close].
std::vector<TokenRange> FindPassages(const Document& doc) {
  std::vector<TokenRange> passages;
  bool open = false;
  uint32_t start = 0;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    if (!IsDoubleQuote(doc, doc.tokens[t])) continue;
    if (!open) {
      open = true;
      start = t;
    } else if (!(IsOpeningQuote(doc, t) && StartsSentenceOrParagraph(doc, t))) {
      passages.push_back(TokenRange{start, t});
      open = false;
    }
  }
  if (open) {  // unclosed: the passage ends with the sentence it opened in
    uint32_t s = SentenceOfToken(doc, start);
    uint32_t end = s == kNone ? static_cast<uint32_t>(doc.tokens.size())
                              : doc.sentences[s].end_token;
    if (end > start + 1) passages.push_back(TokenRange{start, end - 1});
  }
  return passages;
}

// "..., said X" or "..., X said" right after the closing mark.
bool AttributionAfter(const Document& doc, const QuoteLexicon& lex, TokenRange passage,
                      QuoteCandidate* c) {
  uint32_t s = SentenceOfToken(doc, passage.end);
  if (s == kNone) return false;
  uint32_t end = doc.sentences[s].end_token;
  uint32_t start = passage.end + 1;
  if (start < end && IsPunct(doc.tokens[start], ",")) ++start;
  // A comma must separate quote and attribution: inside (`,"`) or after it.
  if (start == passage.end + 1 && !IsPunct(doc.tokens[passage.end - 1], ",") &&
      !IsPunct(doc.tokens[passage.end - 1], "?") && !IsPunct(doc.tokens[passage.end - 1], "!")) {
    return false;
  }
  for (uint32_t t = start; t < end && t - start < kMaxSpeakerDistance; ++t) {
    if (IsDoubleQuote(doc, doc.tokens[t]) || IsPunct(doc.tokens[t], ".")) break;
    std::string_view section;
    PhraseLists::Match cue = lex.CueAt(doc, t, end, &section);
    if (cue.length == 0 || section == "source") continue;
    TokenRange phrase = t == start ? lex.grammar.PhraseAfter(doc, t + cue.length, end)
                                   : lex.grammar.PhraseAfter(doc, start, t);
    if (phrase.empty()) return false;
    c->speaker_phrase = phrase;
    c->quote.cue = SpanOf(doc, TokenRange{t, t + cue.length});
    c->anchor = phrase.begin;
    return true;
  }
  return false;
}

// "X said: "..."", "X described it as a "...".
bool AttributionBefore(const Document& doc, const QuoteLexicon& lex, TokenRange passage,
                       uint32_t floor, QuoteCandidate* c) {
  // Left to right: the sentence's main reporting verb comes first ("Mr
  // Kennedy pointed out that X, which ..., announced "..."").
  for (uint32_t t = floor; t < passage.begin; ++t) {
    std::string_view section;
    PhraseLists::Match cue = lex.CueAt(doc, t, passage.begin, &section);
    if (cue.length == 0) continue;
    // "..., calling it a "red line"", "by accusing him of "...": the subject
    // is that of the main verb further left.
    bool participle = doc.tokens[t].norm.ends_with("ING") && t > floor &&
                      (IsPunct(doc.tokens[t - 1], ",") || doc.tokens[t - 1].norm == "BY");
    if (participle) continue;
    TokenRange phrase = section == "source"
                            ? lex.grammar.PhraseAfter(doc, t + cue.length, passage.begin)
                            : lex.grammar.SubjectBefore(doc, floor, t);
    if (phrase.empty()) continue;  // "by accusing": the subject is further left
    c->speaker_phrase = phrase;
    c->quote.cue = SpanOf(doc, TokenRange{t, t + cue.length});
    c->anchor = phrase.begin;
    return true;
  }
  return false;
}

}  // namespace

void FindDirectQuotes(const Document& doc, const QuoteLexicon& lexicon,
                      std::vector<QuoteCandidate>* out, std::vector<TokenRange>* passages) {
  *passages = FindPassages(doc);
  uint32_t previous_close = 0;
  for (const TokenRange& p : *passages) {
    if (p.end <= p.begin + 1) continue;  // empty quotes
    QuoteCandidate c;
    c.quote.direct = true;
    c.quote.content = Span{doc.tokens[p.begin].span.end, doc.tokens[p.end].span.begin};
    c.quote.sentence = SentenceOfToken(doc, p.begin + 1);
    uint32_t s = SentenceOfToken(doc, p.begin);
    uint32_t floor = s == kNone ? 0 : doc.sentences[s].first_token;
    floor = std::max(floor, previous_close);
    previous_close = p.end + 1;
    if (!AttributionAfter(doc, lexicon, p, &c) &&
        !AttributionBefore(doc, lexicon, p, floor, &c)) {
      // Only a quotation that opens a sentence continues the last speaker; a
      // few quoted words inside a sentence are the writer's ("so-called").
      if (!StartsSentenceOrParagraph(doc, p.begin)) continue;
      c.attribution = QuoteCandidate::Attribution::kContinuation;
      c.anchor = p.begin;
    }
    out->push_back(std::move(c));
  }
}

PhraseLists::Match QuoteLexicon::CueAt(const Document& doc, uint32_t t, uint32_t end,
                                       std::string_view* section) const {
  static constexpr std::string_view kSections[] = {"clause", "that-clause", "told",
                                                   "quote-intro", "source"};
  PhraseLists::Match best = cues.MatchAnyAt(kSections, doc.tokens, t, end);
  if (best.length > 0) *section = best.section;
  return best;
}

}  // namespace annalist
