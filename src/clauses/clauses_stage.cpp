// The "clauses" stage: divides each sentence as TABARI does (manual 7.5-7.8).
// Comma-delimited nonrestrictive clauses whose length lies within the COMMA:
// limits are marked so that the events stage skips them, and the rest is split
// into clauses at conjunctions (AND, BUT, OR, NOR) that do not join a compound
// actor, compound noun ("bombs and rockets") or compound adjective phrase.
#include "coder/sentence_view.h"
#include "coder/stages.h"

namespace annalist {
namespace {

class ClausesStage : public Stage {
 public:
  explicit ClausesStage(std::shared_ptr<const Dictionaries> dictionaries)
      : dictionaries_(std::move(dictionaries)), d_(dictionaries_->compiled()) {}

  std::string_view name() const override { return "clauses"; }

  Status Process(Document* doc) const override {
    doc->clauses.clear();
    // Per thread and kept from one document to the next: a TABARI record
    // is a one-sentence document, and a view made per document would
    // allocate all its buffers again for every sentence.
    thread_local SentenceView view;
    for (uint32_t si = 0; si < doc->sentences.size(); ++si) {
      view.Build(*doc, si);
      DivideSentence(doc, si, view);
    }
    return Status::OK();
  }

 private:
  bool InList(const PhraseIndex& index, const std::vector<Phrase>& list,
              const SentenceWords& words, uint32_t i) const {
    uint32_t end = 0;
    int length = 0;
    auto phrase = [&](uint32_t id) -> const Phrase& { return list[id]; };
    return LongestMatch(index, phrase, words, i, Endings::kNoun, &end, &length) != kNone;
  }

  // Conjunctions and commas that join parts of one phrase rather than clauses.
  std::vector<uint8_t> ProtectedWords(const SentenceView& v) const {
    const std::vector<Word>& w = v.words;
    const SentenceWords& sw = v.sentence;
    std::vector<uint8_t> joined(w.size(), 0);
    // Words inside a parsed compound actor; the gap of a single phrase
    // ("Durthang ... and an Orc") still divides clauses.
    for (const ActorOccurrence& o : v.actors) {
      if (!o.compound()) continue;
      for (uint32_t i = o.begin; i < o.end; ++i) joined[i] = 1;
    }
    // Pairing an apposition's commas with others would cut off the end of
    // the phrase it belongs to.
    for (uint32_t i = 0; i < w.size(); ++i) joined[i] |= v.apposition_comma[i];
    for (uint32_t i = 1; i + 1 < w.size(); ++i) {
      if (!IsConjunction(w[i].text)) continue;
      bool noun_before = InList(d_.noun_index, d_.nouns, sw, i - 1);
      bool adjective_before = InList(d_.adjective_index, d_.adjectives, sw, i - 1);
      uint32_t k = i + 1;
      while (k < w.size() && InList(d_.adjective_index, d_.adjectives, sw, k)) ++k;
      bool noun_after = k < w.size() && InList(d_.noun_index, d_.nouns, sw, k);
      bool adjective_after = i + 1 < w.size() && InList(d_.adjective_index, d_.adjectives, sw, i + 1);
      if ((noun_before && noun_after) || (adjective_before && adjective_after)) joined[i] = 1;
    }
    return joined;
  }

  void AddClause(Document* doc, uint32_t si, const std::vector<Word>& w, uint32_t b, uint32_t e,
                 bool nonrestrictive) const {
    if (b >= e) return;
    doc->clauses.push_back({si, w[b].first_token, w[e - 1].end_token, nonrestrictive});
  }

  void DivideSentence(Document* doc, uint32_t si, const SentenceView& v) const {
    const std::vector<Word>& w = v.words;
    uint32_t n = static_cast<uint32_t>(w.size());
    if (n == 0) return;
    std::vector<uint8_t> joined = ProtectedWords(v);
    std::vector<uint8_t> excluded(n, 0);
    uint32_t dateline = DatelineEnd(*doc, w);
    for (uint32_t i = 0; i < dateline; ++i) excluded[i] = 1;
    const CodingOptions& o = d_.options;
    if (o.comma_active) {
      std::vector<uint32_t> commas;
      for (uint32_t i = dateline; i < n; ++i) {
        if (w[i].comma && !joined[i]) commas.push_back(i);
      }
      // A comma opens a segment that the next comma (or the sentence end)
      // closes. An eliminated segment takes both its commas, so the comma
      // that closed it does not open the next one (manual 8.6).
      auto word_count = [&](uint32_t b, uint32_t e) {
        int count = 0;
        for (uint32_t i = b; i < e; ++i) count += w[i].comma ? 0 : 1;
        return count;
      };
      auto eliminate = [&](uint32_t b, uint32_t e) {
        for (uint32_t i = b; i < e; ++i) excluded[i] = 1;
      };
      if (!commas.empty()) {
        int first = word_count(dateline, commas[0]);
        if (first > o.comma_bmin && first <= o.comma_bmax) eliminate(dateline, commas[0] + 1);
      }
      size_t c = 0;
      while (c < commas.size()) {
        bool last = c + 1 == commas.size();
        uint32_t e = last ? n : commas[c + 1];
        int count = word_count(commas[c], e);
        int lo = last ? o.comma_emin : o.comma_min, hi = last ? o.comma_emax : o.comma_max;
        if (count > lo && count <= hi) {
          eliminate(commas[c], last ? n : e + 1);
          c += 2;
        } else {
          c += 1;
        }
      }
    }
    uint32_t start = 0;
    for (uint32_t i = 0; i < n; ++i) {
      if (!excluded[i] && !joined[i] && IsConjunction(w[i].text)) {
        AddClause(doc, si, w, start, i, false);
        start = i;
      }
    }
    AddClause(doc, si, w, start, n, false);
    for (uint32_t i = 0; i < n;) {
      if (!excluded[i]) {
        ++i;
        continue;
      }
      uint32_t j = i;
      while (j < n && excluded[j]) ++j;
      AddClause(doc, si, w, i, j, true);
      i = j;
    }
  }

  std::shared_ptr<const Dictionaries> dictionaries_;
  const CompiledDictionaries& d_;
};

}  // namespace

std::unique_ptr<Stage> NewClausesStage(std::shared_ptr<const Dictionaries> dictionaries) {
  return std::make_unique<ClausesStage>(std::move(dictionaries));
}

}  // namespace annalist
