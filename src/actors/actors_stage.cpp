// The "actors" stage: finds actor and agent phrases of the dictionaries in
// each sentence, gives each actor its code for the article's date, attaches
// agents ("Ithilen's president" -> ITHGOVPRS), groups parsed compound actors
// ("Arnor, Gondor and Rohan") and resolves pronouns to their antecedents
// (TABARI manual 5.3, 5.4, 6.5, 7.5, 7.7).
#include <algorithm>

#include "coder/actor_codes.h"
#include "coder/sentence_words.h"
#include "coder/stages.h"

namespace annalist {
namespace {

// A dictionary phrase found in the sentence.
struct Slot {
  uint32_t begin = 0, end = 0;  // words
  bool agent = false;
  uint32_t entry = 0;
};

// An actor as the sentence sees it: one phrase (with its agents) or a pronoun.
struct Occurrence {
  uint32_t begin = 0, end = 0;
  std::vector<std::string> codes;
  ActorKind kind = ActorKind::kOther;
  const EntrySource* source = nullptr;
  uint32_t group = kNone;       // first occurrence of its parsed compound
  uint32_t antecedent = kNone;  // for pronouns: the occurrence referred to
  uint32_t first_mention = kNone;
  std::string base_code;  // the actor's own code, before agents were added
  uint32_t forwarded_mention = kNone;  // antecedent in an earlier sentence
};

// The first actor of the previous sentence, to which a pronoun that opens a
// sentence refers (TABARI's FORWARD, manual 8.4): its actor code without
// agents, as TABARI forwards it.
struct Forward {
  bool valid = false;
  std::string code;
  uint32_t mention = kNone;
  ActorKind kind = ActorKind::kOther;
  const EntrySource* source = nullptr;
};

class ActorsStage : public Stage {
 public:
  explicit ActorsStage(std::shared_ptr<const Dictionaries> dictionaries)
      : dictionaries_(std::move(dictionaries)), d_(dictionaries_->compiled()) {}

  std::string_view name() const override { return "actors"; }

  Status Process(Document* doc) const override {
    doc->actors.clear();
    SentenceWords words;
    int date = DateNumber(doc->published);
    Forward forward;
    for (uint32_t si = 0; si < doc->sentences.size(); ++si) {
      BuildSentenceWords(*doc, doc->sentences[si], &words);
      CodeSentence(doc, si, words, date, &forward);
    }
    return Status::OK();
  }

 private:
  std::vector<Slot> FindSlots(const SentenceWords& sw) const {
    const std::vector<Word>& words = sw.words;
    std::vector<Slot> slots;
    uint32_t n = static_cast<uint32_t>(words.size());
    auto actor_phrase = [&](uint32_t id) -> const Phrase& { return d_.actors[id].phrase; };
    auto agent_phrase = [&](uint32_t id) -> const Phrase& { return d_.agents[id].phrase; };
    for (uint32_t i = 0; i < n;) {
      if (words[i].comma) {
        ++i;
        continue;
      }
      uint32_t actor_end = 0, agent_end = 0;
      int actor_length = -1, agent_length = -1;
      uint32_t actor = LongestMatch(d_.actor_index, actor_phrase, sw, i, Endings::kNoun,
                                    &actor_end, &actor_length);
      uint32_t agent = LongestMatch(d_.agent_index, agent_phrase, sw, i, Endings::kNoun,
                                    &agent_end, &agent_length);
      if (actor != kNone && actor_length >= agent_length) {
        slots.push_back({i, actor_end, false, actor});
        i = actor_end;
      } else if (agent != kNone) {
        slots.push_back({i, agent_end, true, agent});
        i = agent_end;
      } else {
        ++i;
      }
    }
    return slots;
  }

  bool IsAdjective(const SentenceWords& words, uint32_t i) const {
    uint32_t end = 0;
    int length = 0;
    auto phrase = [&](uint32_t id) -> const Phrase& { return d_.adjectives[id]; };
    return LongestMatch(d_.adjective_index, phrase, words, i, Endings::kNone, &end, &length) !=
           kNone;
  }

  void CodeSentence(Document* doc, uint32_t si, const SentenceWords& sw, int date,
                    Forward* forward) const {
    const std::vector<Word>& words = sw.words;
    std::vector<Slot> slots = FindSlots(sw);
    std::vector<Occurrence> occs;
    std::vector<uint32_t> occ_of_slot(slots.size(), kNone);
    Sentence& sentence = doc->sentences[si];
    for (size_t k = 0; k < slots.size(); ++k) {
      if (slots[k].agent) continue;
      const ActorEntry& e = d_.actors[slots[k].entry];
      const DatedCode* code = ResolveDatedCode(d_.actor_codes[e.codes], date);
      if (!code || code->special == SpecialCode::kNull) continue;
      if (code->special == SpecialCode::kDiscard) {
        sentence.discard = true;
        continue;
      }
      if (code->special == SpecialCode::kComplex) {
        sentence.complex = true;
        continue;
      }
      Occurrence o;
      o.begin = slots[k].begin;
      o.end = slots[k].end;
      o.codes = SplitCompoundCode(code->code);
      o.base_code = o.codes[0];
      o.kind = e.kind_declared ? e.kind : InferActorKind(o.codes[0]);
      o.source = &e.source;
      occ_of_slot[k] = static_cast<uint32_t>(occs.size());
      occs.push_back(std::move(o));
    }
    AttachAgents(words, slots, &occ_of_slot, &occs);
    std::stable_sort(occs.begin(), occs.end(),
                     [](const Occurrence& a, const Occurrence& b) { return a.begin < b.begin; });
    GroupCompounds(sw, &occs);
    AddPronouns(words, slots, *forward, &occs);
    EmitMentions(doc, si, words, &occs);
    *forward = Forward();
    const Occurrence* first = nullptr;
    for (const Occurrence& o : occs) {
      if (!first || o.begin < first->begin) first = &o;
    }
    if (first && !first->base_code.empty()) {
      *forward = {true, first->base_code, first->first_mention, first->kind, first->source};
    }
  }

  // Agents next to an actor, or followed by OF/IN and an actor, add their code
  // to it; other agents become actors themselves under SET: CONVERT AGENTS.
  void AttachAgents(const std::vector<Word>& words, const std::vector<Slot>& slots,
                    std::vector<uint32_t>* occ_of_slot, std::vector<Occurrence>* occs) const {
    for (size_t k = 0; k < slots.size(); ++k) {
      if (!slots[k].agent) continue;
      const AgentEntry& agent = d_.agents[slots[k].entry];
      const Slot& s = slots[k];
      auto actor_at = [&](size_t j) { return j < slots.size() && (*occ_of_slot)[j] != kNone; };
      // FORMER before the agent, or before the actor of the pair, makes the
      // agent an elite (ELI); it may stand between the actor and the agent.
      auto former_at = [&](uint32_t w) { return w < words.size() && words[w].text == "FORMER"; };
      bool former_before = s.begin > 0 && former_at(s.begin - 1);
      uint32_t target = kNone;
      bool former = former_before;
      if (k > 0 && actor_at(k - 1) &&
          (slots[k - 1].end == s.begin || (former_before && slots[k - 1].end + 1 == s.begin))) {
        target = (*occ_of_slot)[k - 1];
        former = former || (slots[k - 1].begin > 0 && former_at(slots[k - 1].begin - 1));
      } else if (actor_at(k + 1) && slots[k + 1].begin == s.end) {
        target = (*occ_of_slot)[k + 1];
      } else if (actor_at(k + 1) && s.end < words.size() &&
                 (words[s.end].text == "OF" || words[s.end].text == "IN")) {
        uint32_t at = s.end + 1;
        if (at < words.size() && IsDeterminer(words[at].text)) ++at;
        if (slots[k + 1].begin == at) target = (*occ_of_slot)[k + 1];
      }
      std::string code = former ? "ELI" : agent.code;
      if (target != kNone) {
        Occurrence& o = (*occs)[target];
        for (std::string& c : o.codes) c = CombineAgent(c, code, agent.prefix);
        o.begin = std::min(o.begin, s.begin);
        o.end = std::max(o.end, s.end);
      } else if (d_.options.convert_agents) {
        Occurrence o;
        o.begin = s.begin;
        o.end = s.end;
        // A lone agent keeps its connector: "~MIL" (manual 8.2.6).
        o.codes = {agent.prefix ? code + "~" : "~" + code};
        o.kind = InferActorKind(code);
        o.source = &agent.source;
        (*occ_of_slot)[k] = static_cast<uint32_t>(occs->size());
        occs->push_back(std::move(o));
      }
    }
  }

  enum class Separator { kInvalid, kAdjectives, kComma, kAnd, kCommaAnd };

  // What lies between occurrences a and a + 1: only commas, conjunctions,
  // determiners and adjectives may. An AND between two adjectives ("awful
  // and evil") joins the adjectives, not actors.
  Separator Classify(const SentenceWords& sw, const Occurrence& a, const Occurrence& b) const {
    const std::vector<Word>& words = sw.words;
    if (a.end > b.begin || a.end == 0) return Separator::kInvalid;
    bool comma = false, conj = false;
    for (uint32_t i = a.end; i < b.begin; ++i) {
      const std::string& w = words[i].text;
      if (w == "AND" || w == "NOR" || w == "OR") {
        bool joins_adjectives = i > a.end && i + 1 < b.begin && IsAdjective(sw, i - 1) &&
                                IsAdjective(sw, i + 1);
        conj = conj || !joins_adjectives;
      } else if (words[i].comma) {
        comma = true;
      } else if (!IsDeterminer(w) && !IsAdjective(sw, i)) {
        return Separator::kInvalid;
      }
    }
    // Adjacent actors belong together only after a possessive ("Arnor's
    // Elrond"); "Dagolath Osgiliath" are two phrases.
    if (a.end == b.begin) {
      const std::string& last = words[a.end - 1].text;
      bool possessive = last.size() > 2 && (last.compare(last.size() - 2, 2, "'S") == 0 ||
                                            last.back() == '\'');
      return possessive ? Separator::kAdjectives : Separator::kInvalid;
    }
    if (comma && conj) return Separator::kCommaAnd;
    if (conj) return Separator::kAnd;
    return comma ? Separator::kComma : Separator::kAdjectives;
  }

  // Parsed compounds (manual 7.5): np (, np)* [,] AND np, where np is an
  // actor after any determiners and adjectives. Two compounds joined by
  // ", and" form one ("A and B, and C and D").
  void GroupCompounds(const SentenceWords& words, std::vector<Occurrence>* occs) const {
    size_t m = occs->size();
    std::vector<Separator> sep(m > 0 ? m - 1 : 0);
    for (size_t k = 0; k + 1 < m; ++k) sep[k] = Classify(words, (*occs)[k], (*occs)[k + 1]);
    size_t i = 0;
    while (i < m) {
      size_t j = i, last = i;
      bool seen_and = false;
      for (; j + 1 < m; ++j) {
        Separator s = sep[j];
        if (s == Separator::kInvalid || (s == Separator::kComma && seen_and)) break;
        if (s == Separator::kCommaAnd && seen_and &&
            !(j + 2 < m && sep[j + 1] == Separator::kAnd)) {
          break;
        }
        seen_and = seen_and || s == Separator::kAnd || s == Separator::kCommaAnd;
        if (seen_and) last = j + 1;
      }
      if (last > i) {
        for (size_t k = i; k <= last; ++k) (*occs)[k].group = static_cast<uint32_t>(i);
        i = last + 1;
      } else {
        ++i;
      }
    }
  }

  // HE, SHE, IT, HIS, HER, ITS refer to the first actor before them; THEY,
  // THEM, THEIR to the first compound actor, else the first actor (7.7).
  void AddPronouns(const std::vector<Word>& words, const std::vector<Slot>& slots,
                   const Forward& forward, std::vector<Occurrence>* occs) const {
    size_t actors = occs->size();
    uint32_t first_actor = actors == 0 ? UINT32_MAX : (*occs)[0].begin;
    size_t slot = 0;
    for (uint32_t i = 0; i < words.size(); ++i) {
      while (slot < slots.size() && slots[slot].end <= i) ++slot;
      if (slot < slots.size() && slots[slot].begin <= i) continue;
      const std::string& w = words[i].text;
      if (!IsPronoun(w)) continue;
      bool plural = w == "THEY" || w == "THEM" || w == "THEIR";
      if (i < first_actor) {
        // A pronoun before the sentence's first actor refers to the previous
        // sentence's first actor.
        if (!forward.valid) continue;
        Occurrence p;
        p.begin = i;
        p.end = i + 1;
        p.codes = {forward.code};
        p.base_code = forward.code;
        p.kind = forward.kind;
        p.source = forward.source;
        p.forwarded_mention = forward.mention;
        occs->push_back(std::move(p));
        continue;
      }
      uint32_t antecedent = kNone;
      for (size_t k = 0; k < actors && (*occs)[k].begin < i; ++k) {
        if (plural && (*occs)[k].group == kNone) continue;
        antecedent = static_cast<uint32_t>(k);
        break;
      }
      if (antecedent == kNone && (*occs)[0].begin < i) antecedent = 0;
      if (antecedent == kNone) continue;
      Occurrence p;
      p.begin = i;
      p.end = i + 1;
      p.antecedent = antecedent;
      const Occurrence& a = (*occs)[antecedent];
      p.kind = a.kind;
      p.source = a.source;
      p.base_code = a.base_code;
      if (plural && a.group != kNone) {
        for (size_t k = a.group; k < actors && (*occs)[k].group == a.group; ++k) {
          p.codes.insert(p.codes.end(), (*occs)[k].codes.begin(), (*occs)[k].codes.end());
        }
      } else {
        p.codes = a.codes;
      }
      occs->push_back(std::move(p));
    }
  }

  void EmitMentions(Document* doc, uint32_t si, const std::vector<Word>& words,
                    std::vector<Occurrence>* occs) const {
    std::vector<uint32_t> order(occs->size());
    for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      return (*occs)[a].begin < (*occs)[b].begin;
    });
    for (uint32_t k : order) {
      Occurrence& o = (*occs)[k];
      o.first_mention = static_cast<uint32_t>(doc->actors.size());
      uint32_t compound = kNone;
      if (o.group != kNone) {
        compound = (*occs)[o.group].first_mention;
      } else if (o.codes.size() > 1) {
        compound = o.first_mention;
      }
      for (const std::string& code : o.codes) {
        ActorMention m;
        m.sentence = si;
        m.span = {words[o.begin].span.begin, words[o.end - 1].span.end};
        m.first_token = words[o.begin].first_token;
        m.end_token = words[o.end - 1].end_token;
        m.code = code;
        m.country = CountryOfCode(code);
        m.sector = SectorOfCode(code);
        m.name = std::string(doc->SpanText(m.span));
        m.kind = o.kind;
        m.compound = compound;
        if (o.antecedent != kNone) m.refers_to = (*occs)[o.antecedent].first_mention;
        if (o.forwarded_mention != kNone) m.refers_to = o.forwarded_mention;
        if (o.source) m.evidence = {m.span, o.source->rule, o.source->where};
        doc->actors.push_back(std::move(m));
      }
    }
  }

  std::shared_ptr<const Dictionaries> dictionaries_;
  const CompiledDictionaries& d_;
};

}  // namespace

std::unique_ptr<Stage> NewActorsStage(std::shared_ptr<const Dictionaries> dictionaries) {
  return std::make_unique<ActorsStage>(std::move(dictionaries));
}

}  // namespace annalist
