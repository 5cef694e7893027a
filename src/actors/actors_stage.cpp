// The "actors" stage: finds actor and agent phrases of the dictionaries in
// each sentence, gives each actor its code for the article's date, attaches
// agents ("Ithilen's president" -> ITHGOVPRS), groups parsed compound actors
// ("Arnor, Gondor and Rohan") and resolves pronouns to their antecedents
// (TABARI manual 5.3, 5.4, 6.5, 7.5, 7.7).
#include <algorithm>
#include <cctype>

#include "actors/occurrence.h"
#include "actors/people.h"
#include "actors/shared_agents.h"
#include "coder/actor_codes.h"
#include "coder/sentence_words.h"
#include "coder/stages.h"

namespace annalist {
namespace {

class ActorsStage : public Stage {
 public:
  explicit ActorsStage(std::shared_ptr<const Dictionaries> dictionaries)
      : dictionaries_(std::move(dictionaries)), d_(dictionaries_->compiled()) {}

  std::string_view name() const override { return "actors"; }

  Status Process(Document* doc) const override {
    doc->actors.clear();
    // Per thread and kept from one document to the next (a TABARI record is
    // a one-sentence document): its buffers are not allocated per sentence.
    thread_local SentenceWords words;
    int date = DateNumber(doc->published);
    Forward forward;
    // For SET: PRONOUN REFERENCE = PERSON: the most recent person and country.
    Forward person, country;
    PeopleTracker people;
    for (uint32_t si = 0; si < doc->sentences.size(); ++si) {
      BuildSentenceWords(*doc, doc->sentences[si], &words);
      uint32_t first_word = DatelineEnd(*doc, words.words);
      CodeSentence(doc, si, words, date, first_word, &forward, &person, &country, &people);
    }
    return Status::OK();
  }

 private:
  std::vector<Slot> FindSlots(const SentenceWords& sw, uint32_t first_word) const {
    const std::vector<Word>& words = sw.words;
    std::vector<Slot> slots;
    uint32_t n = static_cast<uint32_t>(words.size());
    auto actor_phrase = [&](uint32_t id) -> const Phrase& { return d_.actors[id].phrase; };
    auto agent_phrase = [&](uint32_t id) -> const Phrase& { return d_.agents[id].phrase; };
    for (uint32_t i = first_word; i < n;) {
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
                    uint32_t first_word, Forward* forward, Forward* person,
                    Forward* country, PeopleTracker* people) const {
    const std::vector<Word>& words = sw.words;
    std::vector<Slot> slots = FindSlots(sw, first_word);
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
    std::vector<AgentAttachment> attached;
    AttachAgents(sw, slots, &occ_of_slot, &occs, &attached);
    people->FindIntroduced(words, slots, attached, d_, &occs);
    people->FindKnown(words, &occs);
    std::stable_sort(occs.begin(), occs.end(),
                     [](const Occurrence& a, const Occurrence& b) { return a.begin < b.begin; });
    GroupCompounds(sw, &occs);
    if (d_.options.share_agents) ShareTrailingAgents(words, &occs);
    AddPronouns(words, slots, *forward, *person, &occs);
    if (d_.options.pronoun_person) AddCountryReferences(words, *country, &occs);
    EmitMentions(doc, si, words, &occs);
    people->Remember(words, occs);
    *forward = Forward();
    const Occurrence* first = nullptr;
    for (const Occurrence& o : occs) {
      if (!first || o.begin < first->begin) first = &o;
    }
    if (first && !first->base_code.empty()) {
      *forward = {true, first->base_code, first->first_mention, first->kind, first->source};
    }
    // The first person of the latest sentence naming one: the first-named is
    // most often the subject ("During her briefing, X highlighted the visit
    // of Y. She said ..." -> X), so it outranks a later, more recent name.
    const Occurrence* first_person = nullptr;
    for (const Occurrence& o : occs) {
      bool is_person = o.kind == ActorKind::kPerson || o.named_person;
      if (is_person && o.codes.size() == 1 && (!first_person || o.begin < first_person->begin)) {
        first_person = &o;
      }
    }
    for (const Occurrence& o : occs) {
      std::string code = CountryOfCode(o.base_code);
      if (!CountryLevel(o) || code.empty()) continue;
      *country = {true, code, o.first_mention, o.kind, o.source};
      break;  // occs are in sentence order: the first, most often the subject
    }
    if (first_person) {
      // A person keeps the role its agents gave it ("Pakistan's spokesperson"
      // -> PAKGOV), unlike TABARI's forward which drops the agents.
      *person = {true, first_person->codes[0], first_person->first_mention, first_person->kind,
                 first_person->source};
    }
  }

  // Up to two lower-case modifiers between an actor and its agent ("Russian
  // special envoy"), but no function word that would start another phrase.
  bool Modifiers(const SentenceWords& sw, uint32_t from, uint32_t to) const {
    const std::vector<Word>& words = sw.words;
    if (to <= from || to - from > 2) return false;
    static const char* kFunctionWords[] = {"OF", "IN", "FOR", "TO", "ON", "AT", "BY", "WITH",
                                           "FROM", "AND", "OR", "BUT", "THE", "A", "AN", "IS",
                                           "ARE", "WAS", "WERE", "HAS", "HAVE", "HAD", "WILL",
                                           "SAID", "SAYS", "THAT", "WHO", "WHICH"};
    for (uint32_t i = from; i < to; ++i) {
      const Word& w = words[i];
      if (w.capitalized || w.comma || w.number) return false;
      for (const char* f : kFunctionWords) {
        if (w.text == f) return false;
      }
      uint32_t end = 0;
      int length = 0;
      auto form = [&](uint32_t id) -> const Phrase& { return d_.verb_forms[id].phrase; };
      if (LongestMatch(d_.verb_index, form, sw, i, Endings::kVerb, &end, &length) != kNone) {
        return false;  // a verb: "Arnor believes police ..."
      }
    }
    return true;
  }

  // Agents next to an actor, or followed by OF/IN/FOR and an actor, add their code
  // to it; other agents become actors themselves under SET: CONVERT AGENTS.
  void AttachAgents(const SentenceWords& sw, const std::vector<Slot>& slots,
                    std::vector<uint32_t>* occ_of_slot, std::vector<Occurrence>* occs,
                    std::vector<AgentAttachment>* attached) const {
    const std::vector<Word>& words = sw.words;
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
          (slots[k - 1].end == s.begin || (former_before && slots[k - 1].end + 1 == s.begin) ||
           Modifiers(sw, slots[k - 1].end, s.begin))) {
        target = (*occ_of_slot)[k - 1];
        former = former || (slots[k - 1].begin > 0 && former_at(slots[k - 1].begin - 1));
      } else if (actor_at(k + 1) && slots[k + 1].begin == s.end) {
        target = (*occ_of_slot)[k + 1];
      } else if (actor_at(k + 1) && s.end < words.size() &&
                 (words[s.end].text == "OF" || words[s.end].text == "IN" ||
                  words[s.end].text == "FOR")) {
        uint32_t at = s.end + 1;
        if (at < words.size() && IsDeterminer(words[at].text)) ++at;
        if (slots[k + 1].begin == at) target = (*occ_of_slot)[k + 1];
      }
      std::string code = former ? "ELI" : agent.code;
      if (target != kNone) {
        Occurrence& o = (*occs)[target];
        for (std::string& c : o.codes) c = CombineAgent(c, code, agent.prefix);
        if (s.begin >= o.end) {
          o.trailing_agent = code;
          o.trailing_agent_prefix = agent.prefix;
        }
        o.begin = std::min(o.begin, s.begin);
        o.end = std::max(o.end, s.end);
        attached->push_back({static_cast<uint32_t>(k), target});
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

  // A country or a capital standing for it ("Islamabad claims ...").
  static bool CountryLevel(const Occurrence& o) {
    return o.kind == ActorKind::kCountry || o.kind == ActorKind::kPlaceMetonym;
  }

  // With SET: PRONOUN REFERENCE = PERSON, "the country" / "the nation" refer
  // to the first country actor before them in the sentence, else to the first
  // of the latest sentence naming one; "the government" to its government
  // ("Pakistan ... The government said" -> PAKGOV), as does "a government"
  // ("A government spokesman, X, said"). Not when followed by OF ("the
  // government of X" names X's own government).
  void AddCountryReferences(const std::vector<Word>& words, const Forward& country,
                            std::vector<Occurrence>* occs) const {
    size_t own = occs->size();
    for (uint32_t i = 0; i + 1 < words.size(); ++i) {
      const std::string& noun = words[i + 1].text;
      bool government = noun == "GOVERNMENT";
      bool definite = words[i].text == "THE";
      bool indefinite = words[i].text == "A" || words[i].text == "AN";
      if (!(definite && (government || noun == "COUNTRY" || noun == "NATION")) &&
          !(indefinite && government)) {
        continue;
      }
      if (i + 2 < words.size() && words[i + 2].text == "OF") continue;
      bool covered = false;
      for (size_t k = 0; k < own; ++k) {
        const Occurrence& o = (*occs)[k];
        if (o.begin <= i + 1 && i < o.end) covered = true;
      }
      if (covered) continue;
      uint32_t antecedent = kNone;
      for (size_t k = 0; k < own && antecedent == kNone; ++k) {
        const Occurrence& o = (*occs)[k];
        if (o.begin < i && CountryLevel(o) && !CountryOfCode(o.base_code).empty()) {
          antecedent = static_cast<uint32_t>(k);
        }
      }
      Occurrence p;
      if (antecedent != kNone) {
        p.antecedent = antecedent;
        p.base_code = CountryOfCode((*occs)[antecedent].base_code);
        p.source = (*occs)[antecedent].source;
      } else if (country.valid) {
        p = PronounFrom(country, i);
      } else {
        continue;
      }
      p.begin = i;
      p.end = i + 2;
      p.kind = ActorKind::kCountry;
      p.codes = {government ? p.base_code + "GOV" : p.base_code};
      occs->push_back(std::move(p));
      ++i;
    }
  }

  // The pronoun at word `i` referring to an actor of an earlier sentence.
  static Occurrence PronounFrom(const Forward& from, uint32_t i) {
    Occurrence p;
    p.begin = i;
    p.end = i + 1;
    p.codes = {from.code};
    p.base_code = from.code;
    p.kind = from.kind;
    p.source = from.source;
    p.forwarded_mention = from.mention;
    return p;
  }

  // HE, SHE, IT, HIS, HER, ITS refer to the first actor before them; THEY,
  // THEM, THEIR to the first compound actor, else the first actor (7.7).
  void AddPronouns(const std::vector<Word>& words, const std::vector<Slot>& slots,
                   const Forward& forward, const Forward& person,
                   std::vector<Occurrence>* occs) const {
    size_t actors = occs->size();
    uint32_t first_actor = actors == 0 ? UINT32_MAX : (*occs)[0].begin;
    size_t slot = 0;
    for (uint32_t i = 0; i < words.size(); ++i) {
      while (slot < slots.size() && slots[slot].end <= i) ++slot;
      if (slot < slots.size() && slots[slot].begin <= i) continue;
      const std::string& w = words[i].text;
      if (!IsPronoun(w)) continue;
      bool plural = w == "THEY" || w == "THEM" || w == "THEIR";
      bool personal = w == "HE" || w == "SHE" || w == "HIM" || w == "HER" || w == "HIS";
      if (i < first_actor) {
        // A pronoun before the sentence's first actor refers to the previous
        // sentence's first actor, or with SET: PRONOUN REFERENCE = PERSON a
        // personal one to the most recent person.
        bool to_person = personal && person.valid && d_.options.pronoun_person;
        const Forward& from = to_person ? person : forward;
        if (from.valid) occs->push_back(PronounFrom(from, i));
        continue;
      }
      uint32_t antecedent = kNone;
      // HE, SHE, HIM, HER, HIS refer to the first person named before them
      // when the sentence names one (annalist's extension).
      for (size_t k = 0; personal && k < occs->size(); ++k) {
        const Occurrence& o = (*occs)[k];
        if (o.begin >= i || o.kind != ActorKind::kPerson) continue;
        if (antecedent == kNone || o.begin < (*occs)[antecedent].begin) {
          antecedent = static_cast<uint32_t>(k);
        }
      }
      if (antecedent == kNone && personal && person.valid && d_.options.pronoun_person) {
        // No person named before it in this sentence: the latest person
        // ("Pakistan urged Afghanistan to act, she said" -> the speaker).
        occs->push_back(PronounFrom(person, i));
        continue;
      }
      for (size_t k = 0; antecedent == kNone && k < actors && (*occs)[k].begin < i; ++k) {
        if (plural && (*occs)[k].group == kNone) continue;
        antecedent = static_cast<uint32_t>(k);
        break;
      }
      if (antecedent == kNone && (*occs)[0].begin < i) antecedent = 0;
      if (antecedent == kNone) continue;
      if ((*occs)[antecedent].forwarded_mention != kNone && (*occs)[antecedent].antecedent == kNone &&
          (*occs)[antecedent].codes.size() == 1) {
        // The antecedent itself refers to an earlier sentence: refer there.
        Occurrence p = (*occs)[antecedent];
        p.begin = i;
        p.end = i + 1;
        p.named_person = false;
        occs->push_back(std::move(p));
        continue;
      }
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
        if (o.source) m.evidence = {m.span, std::string(o.source->rule), o.source->Where()};
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
