#include "quantities/quantity_stage.h"

#include <cctype>
#include <cstdlib>

#include "extract/numbers.h"

namespace annalist {
namespace {

constexpr uint32_t kMaxAboutWords = 4;      // "civil service jobs"
constexpr uint32_t kChangeBeforeBy = 4;     // "raising fuel prices by 30%"
constexpr uint32_t kTrackedDistance = 6;    // "12 people were reported killed"

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The event whose verb lies in tokens `r`, nearest token t.
uint32_t EventIn(const Document& doc, const SpanIndex& verbs, TokenRange r, uint32_t t) {
  if (r.empty()) return kNone;
  return verbs.NearestWithin(SpanOf(doc, r), doc.tokens[t].span.begin);
}

}  // namespace

Status QuantityStage::Create(const std::string& data_dir, std::unique_ptr<QuantityStage>* out) {
  auto stage = std::unique_ptr<QuantityStage>(new QuantityStage());
  ANNALIST_RETURN_IF_ERROR(
      PhraseLists::Load(ExtractDataFile(data_dir, "quantity-words.txt"), &stage->words_));
  ANNALIST_RETURN_IF_ERROR(
      PhraseLists::Load(ExtractDataFile(data_dir, "numbers.txt"), &stage->numbers_));
  ANNALIST_RETURN_IF_ERROR(Grammar::Load(data_dir, &stage->grammar_));
  *out = std::move(stage);
  return Status::OK();
}

std::string QuantityStage::Approximation(const Document& doc, const Sentence& s,
                                         uint32_t start) const {
  PhraseLists::Match m = words_.MatchEndingAt("approximate", doc.tokens, s.first_token, start);
  if (m.length == 0) return "";
  return Lower(doc.SpanText(SpanOf(doc, TokenRange{start - m.length, start})));
}

std::string QuantityStage::Change(const Document& doc, const Sentence& s,
                                  uint32_t start) const {
  auto change_at = [&](uint32_t t) -> std::string {
    if (words_.Contains("increase", doc.tokens[t].norm)) return "increase";
    if (words_.Contains("decrease", doc.tokens[t].norm)) return "decrease";
    return "";
  };
  if (start == s.first_token) return "";
  uint32_t before = start - 1;
  if (doc.tokens[before].norm != "BY") return change_at(before);  // "fell 3%"
  for (uint32_t t = before; t > s.first_token && before - t < kChangeBeforeBy;) {
    --t;
    if (std::string c = change_at(t); !c.empty()) return c;  // "rose sharply by 3%"
  }
  return "";
}

std::string QuantityStage::About(const Document& doc, uint32_t after, uint32_t end) const {
  uint32_t t = after;
  while (t < end && t - after < kMaxAboutWords) {
    const Token& tok = doc.tokens[t];
    if (tok.kind != TokenKind::kWord || grammar_.Is("stop", tok) ||
        grammar_.Is("auxiliary", tok) || grammar_.Is("determiner", tok) ||
        grammar_.IsPronoun(tok) || words_.Contains("tracked", tok.norm)) {
      break;
    }
    ++t;
  }
  return std::string(doc.SpanText(SpanOf(doc, TokenRange{after, t})));
}

std::string QuantityStage::Tracked(const Document& doc, uint32_t first, uint32_t end) const {
  for (uint32_t t = first; t < end; ++t) {
    std::string_view kind = words_.ValueOf("tracked", doc.tokens[t].norm);
    if (!kind.empty()) return std::string(kind);
  }
  return "";
}

uint32_t QuantityStage::ReadQuantity(const Document& doc, const SpanIndex& verbs,
                                     const Sentence& s, uint32_t t, Quantity* q) const {
  uint32_t start = t;
  std::string_view currency = words_.ValueOf("currency-symbol", doc.tokens[t].norm);
  if (!currency.empty()) ++t;  // "$1.13bn"
  NumberMatch n = ReadNumber(doc, numbers_, t, s.end_token);
  if (n.length == 0 || n.ordinal || !n.suffix.empty()) return 0;
  uint32_t end = t + n.length;
  q->value = n.value;
  q->unit = std::string(currency);
  if (PhraseLists::Match pct = words_.MatchAt("percent", doc.tokens, end, s.end_token);
      pct.length != 0 && q->unit.empty()) {
    q->unit = "%";
    end += pct.length;
  } else if (end < s.end_token && q->unit.empty()) {
    std::string_view word = words_.ValueOf("currency-word", doc.tokens[end].norm);
    if (!word.empty()) {
      q->unit = std::string(word);
      ++end;
    }
  }
  q->span = SpanOf(doc, TokenRange{start, end});
  q->approximate = Approximation(doc, s, start);
  uint32_t approx_tokens = 0;
  if (!q->approximate.empty()) {
    approx_tokens = words_.MatchEndingAt("approximate", doc.tokens, s.first_token, start).length;
  }
  q->change = Change(doc, s, start - approx_tokens);
  q->about = About(doc, end, s.end_token);
  TokenRange clause = ClauseAround(doc, t);
  // "killed at least 12": the tracked word may come just before the count.
  uint32_t lead = start - approx_tokens;
  uint32_t before = lead > clause.begin + 2 ? lead - 2 : clause.begin;
  q->tracked = Tracked(doc, before, std::min(clause.end, end + kTrackedDistance));
  q->event = EventIn(doc, verbs, clause, t);
  if (q->event == kNone && !q->tracked.empty()) {
    q->event = EventIn(doc, verbs, TokenRange{s.first_token, s.end_token}, t);
  }
  return end - start;
}

Status QuantityStage::Process(Document* doc) const {
  doc->quantities.clear();
  SpanIndex verbs = EventVerbIndex(*doc);
  for (const Sentence& s : doc->sentences) {
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      // A quantity starts with a number or a word of the lists (a currency
      // sign, "doubled"): most tokens are spared the lookups below.
      const Token& tok = doc->tokens[t];
      if (!words_.StartsPhrase(tok.norm) && !MayStartNumber(tok, numbers_)) continue;
      if (InTimeExpression(*doc, tok.span)) continue;
      if (std::string_view factor = words_.ValueOf("multiple", tok.norm);
          !factor.empty()) {
        Quantity q;
        q.span = doc->tokens[t].span;
        q.value = std::atof(std::string(factor).c_str());
        q.change = Lower(doc->SpanText(q.span));  // "doubled"
        q.event = EventIn(*doc, verbs, ClauseAround(*doc, t), t);
        doc->quantities.push_back(std::move(q));
        continue;
      }
      Quantity q;
      uint32_t used = ReadQuantity(*doc, verbs, s, t, &q);
      if (used == 0) continue;
      t += used - 1;
      // A bare number ("Mr Hague, 43,") says nothing an analyst can use.
      if (q.unit.empty() && q.approximate.empty() && q.change.empty() && q.about.empty() &&
          q.tracked.empty()) {
        continue;
      }
      doc->quantities.push_back(std::move(q));
    }
  }
  return Status::OK();
}

}  // namespace annalist
