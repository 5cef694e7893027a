#include "tone/tone_stage.h"

namespace annalist {
namespace {

constexpr uint32_t kNegationWindow = 3;  // tokens before a lexicon word

}  // namespace

double ToneStage::Score(const Document& doc, TokenRange r) const {
  int sum = 0;
  uint32_t words = 0;
  for (uint32_t t = r.begin; t < r.end; ++t) {
    if (doc.tokens[t].kind != TokenKind::kWord) continue;
    ++words;
    ToneLexicon::Match m = lexicon_.MatchAt(doc.tokens, t, r.end);
    if (m.length == 0) continue;
    bool negated = false;
    for (uint32_t b = t; b > r.begin && t - b < kNegationWindow && !negated;) {
      --b;
      negated = grammar_.Is("negator", doc.tokens[b]);
    }
    sum += negated ? -m.valence : m.valence;
    words += m.length - 1;
    t += m.length - 1;
  }
  return words == 0 ? 0 : 100.0 * sum / words;
}

Status ToneStage::Process(Document* doc) const {
  doc->tone = Score(*doc, TokenRange{0, static_cast<uint32_t>(doc->tokens.size())});
  for (Event& e : doc->events) {
    if (e.evidence.span.empty()) continue;
    uint32_t verb = FirstTokenAtOrAfter(*doc, e.evidence.span.begin);
    if (verb >= doc->tokens.size()) continue;
    e.tone = Score(*doc, ClauseAround(*doc, verb));
  }
  return Status::OK();
}

}  // namespace annalist
