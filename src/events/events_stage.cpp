// The "events" stage: TABARI's verb coding (manual 5.5-5.8, 6.6, 7.6-7.9,
// 8.5, 8.7). In each clause the verbs are tried left to right; a verb's
// patterns are tried longest first, then its root code. The source and target
// come from the pattern's markers or the default search (source: first actor
// before the verb; target: first actor after it with a different code, else
// before it), reversed for passive voice, expanded over compound actors and
// paired codes.
#include <algorithm>
#include <cctype>
#include <chrono>

#include "coder/actor_codes.h"
#include "coder/sentence_view.h"
#include "coder/stages.h"
#include "events/verb_matcher.h"
#include "text/ascii.h"

namespace annalist {
namespace {

struct VerbSlot {
  uint32_t begin = 0, end = 0;  // words
  uint32_t entry = 0;
  // A verb form after A/AN/THE, a noun ("the visit of X to Y"): only the
  // entry's patterns that name that determiner right before '*' may code it.
  bool nominal = false;
};

struct Party {
  std::string code;
  uint32_t mention = kNone;
  bool domestic = false;  // SET: DOMESTIC TARGET: the source's own country
};

struct Candidate {
  const EventCode* code = nullptr;
  const EntrySource* rule = nullptr;
  Span verb_span;
  std::vector<Party> sources, targets;
  uint32_t source_occurrence = kNone, target_occurrence = kNone;
  bool designated_compound = false;  // % in the pattern
};

// Sentence-level findings of the verb scan.
struct Scan {
  std::vector<VerbSlot> verbs;
  std::vector<VerbSlot> nominals;  // tried in a clause only when no verb codes
  bool discard = false, complex = false;
  int days = 0;
};

Date ShiftDate(const Date& d, int days) {
  if (days == 0 || !d.known() || d.month == 0 || d.day == 0) return d;
  using namespace std::chrono;
  sys_days t = sys_days(year_month_day(year(d.year), month(d.month), day(d.day))) + std::chrono::days(days);
  year_month_day ymd(t);
  return Date{int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day()))};
}

class EventsStage : public Stage {
 public:
  EventsStage(std::shared_ptr<const Dictionaries> dictionaries, std::shared_ptr<const CameoTable> cameo)
      : dictionaries_(std::move(dictionaries)), d_(dictionaries_->compiled()), cameo_(std::move(cameo)) {}

  std::string_view name() const override { return "events"; }

  Status Process(Document* doc) const override {
    doc->events.clear();
    // Per thread and kept from one document to the next: a TABARI record
    // is a one-sentence document, and a view made per document would
    // allocate all its buffers again for every sentence.
    thread_local SentenceView view;
    for (uint32_t si = 0; si < doc->sentences.size(); ++si) {
      if (doc->sentences[si].discard || doc->sentences[si].complex) continue;
      view.Build(*doc, si);
      CodeSentence(doc, si, view);
    }
    return Status::OK();
  }

 private:
  const CodingOptions& options() const { return d_.options; }

  const std::string& CodeOf(const Document& doc, const SentenceView& v, uint32_t occ) const {
    return doc.actors[v.actors[occ].mentions[0]].code;
  }

  Scan FindVerbs(const Document& doc, uint32_t si, const SentenceView& v) const {
    Scan scan;
    const std::vector<Word>& w = v.words;
    const SentenceWords& sw = v.sentence;
    std::string_view text = doc.SpanText(doc.sentences[si].span);
    bool all_caps = std::none_of(text.begin(), text.end(),
                                 [](char c) { return IsAsciiLower(c); });
    bool time_shift = options().time_shift && d_.has_time_section;
    bool days_set = false;
    auto form_phrase = [&](uint32_t id) -> const Phrase& { return d_.verb_forms[id].phrase; };
    auto noun_phrase = [&](uint32_t id) -> const Phrase& { return d_.nouns[id]; };
    auto time_phrase = [&](uint32_t id) -> const Phrase& { return d_.times[id].phrase; };
    for (uint32_t i = 0; i < w.size();) {
      if (w[i].comma || v.actor_at[i] != kNone) {
        ++i;
        continue;
      }
      uint32_t end = 0, noun_end = 0;
      int length = -1, noun_length = -1;
      // Time phrases count anywhere in the sentence, even in a
      // nonrestrictive clause; verbs only outside them.
      if (time_shift) {
        uint32_t t = LongestMatch(d_.time_index, time_phrase, sw, i, Endings::kNoun, &end, &length);
        if (t != kNone) {
          const TimeEntry& te = d_.times[t];
          scan.discard |= te.special == SpecialCode::kDiscard;
          scan.complex |= te.special == SpecialCode::kComplex;
          if (!days_set && te.special == SpecialCode::kNone) {
            scan.days = te.days;
            days_set = true;
          }
          i = end;
          continue;
        }
      }
      if (v.excluded[i]) {
        ++i;
        continue;
      }
      uint32_t form = LongestMatch(d_.verb_index, form_phrase, sw, i, Endings::kVerb, &end, &length);
      if (form == kNone) {
        ++i;
        continue;
      }
      uint32_t noun = LongestMatch(d_.noun_index, noun_phrase, sw, i, Endings::kNoun, &noun_end, &noun_length);
      bool listed_noun = noun != kNone && noun_length >= length;
      bool after_determiner = i > 0 && IsDeterminer(w[i - 1].text);
      bool as_noun = listed_noun || after_determiner || (i > 0 && w[i].capitalized && !all_caps);
      const VerbEntry& entry = d_.verbs[d_.verb_forms[form].entry];
      if (as_noun) {
        if (after_determiner && !listed_noun && !w[i].capitalized) {
          scan.nominals.push_back({i, end, d_.verb_forms[form].entry, /*nominal=*/true});
        }
        i = noun != kNone && noun_length >= length ? noun_end : end;
        continue;
      }
      if (entry.code.special == SpecialCode::kDiscard) scan.discard = true;
      if (entry.code.special == SpecialCode::kComplex) scan.complex = true;
      if (!(entry.code.special == SpecialCode::kNull && entry.patterns.empty())) {
        scan.verbs.push_back({i, end, d_.verb_forms[form].entry});
      }
      i = end;
    }
    return scan;
  }

  bool TooComplex(const SentenceView& v, const Scan& scan) const {
    const CodingOptions& o = options();
    if (!o.complex_active) return false;
    if (o.complex_verbs > 0 && static_cast<int>(scan.verbs.size()) >= o.complex_verbs) return true;
    if (o.complex_conj > 0 && static_cast<int>(v.clause_count) - 1 >= o.complex_conj) return true;
    if (o.complex_actors > 0 && static_cast<int>(v.actors.size()) >= o.complex_actors) return true;
    if (o.complex_no_verb && scan.verbs.empty()) return true;
    if (o.complex_no_actor_prior) {
      // The first verb with a code of its own; a null-coded root that only
      // codes through its patterns does not count (validation COMPLEX-06).
      for (const VerbSlot& verb : scan.verbs) {
        if (d_.verbs[verb.entry].code.special == SpecialCode::kNull) continue;
        if (v.actors.empty() || v.actors[0].begin >= verb.begin) return true;
        break;
      }
    }
    if (o.complex_no_actor_after && !scan.verbs.empty() &&
        (v.actors.empty() || v.actors.back().begin < scan.verbs[0].end)) {
      return true;
    }
    return false;
  }

  // The actor occurrence starting at clause position q, or kNone.
  uint32_t ActorStartingAt(const SentenceView& v, const ClauseWords& c, uint32_t q) const {
    uint32_t w = c.words[q];
    uint32_t occ = v.actor_at[w];
    return occ != kNone && v.actors[occ].begin == w ? occ : kNone;
  }

  // The clause position after the last clause opener (SET: CLAUSE OPENERS)
  // before the verb, or 0. A speaker modal (SET: SPEAKER MODALS) after the
  // opener makes the clause the speaker's own demand ("Russia said Sudan must
  // return ..."), whose source is the speaker: 0 then too.
  uint32_t ReportedClauseStart(const SentenceView& v, const ClauseWords& c) const {
    const CodingOptions& o = options();
    auto listed = [&](const std::vector<std::string>& list, uint32_t q) {
      return std::find(list.begin(), list.end(), v.words[c.words[q]].text) != list.end();
    };
    if (o.clause_openers.empty()) return 0;
    for (uint32_t q = c.verb; q-- > 0;) {
      if (listed(o.speaker_modals, q)) return 0;
      if (listed(o.clause_openers, q)) return q + 1;
    }
    return 0;
  }

  // `carried` is the source of the previous clause's event or, when that
  // clause had none, its first actor; only the source of an event gives way
  // to an actor opening the clause.
  uint32_t DefaultSource(const Document& doc, const SentenceView& v, const ClauseWords& c,
                         uint32_t target, uint32_t carried, bool carried_from_event) const {
    if (carried != kNone) {
      uint32_t q = 0;
      while (q < c.words.size() && IsConjunction(v.words[c.words[q]].text)) ++q;
      uint32_t occ = q < c.verb && carried_from_event ? ActorStartingAt(v, c, q) : kNone;
      return occ != kNone ? occ : carried;
    }
    auto distinct = [&](uint32_t occ) {
      return target == kNone || CodeOf(doc, v, occ) != CodeOf(doc, v, target);
    };
    auto first_before_verb = [&](uint32_t from) {
      for (uint32_t q = from; q < c.verb; ++q) {
        uint32_t occ = ActorStartingAt(v, c, q);
        if (occ == kNone || v.actors[occ].end > c.words[c.verb]) continue;
        if (distinct(occ)) return occ;
      }
      return kNone;
    };
    uint32_t opened = ReportedClauseStart(v, c);
    uint32_t occ = opened > 0 ? first_before_verb(opened) : kNone;
    // "Annan announced that he will withdraw": a pronoun opening the reported
    // clause most often is the speaker, whom the TABARI rule finds directly.
    if (occ == kNone || IsPronoun(v.words[v.actors[occ].begin].text)) occ = first_before_verb(0);
    if (occ != kNone) return occ;
    // With no actor before the verb TABARI looks after it, unless a default
    // source is to be used whenever no actor precedes the verb (PRIOR).
    if (options().default_source_prior && !options().default_source.empty()) return kNone;
    for (uint32_t q = c.verb_end; q < c.words.size(); ++q) {
      uint32_t occ = ActorStartingAt(v, c, q);
      if (occ != kNone && distinct(occ)) return occ;
    }
    return kNone;
  }

  // Actors a pattern skipped with ^ are not candidates for the default target.
  uint32_t DefaultTarget(const Document& doc, const SentenceView& v, const ClauseWords& c,
                         uint32_t source, const std::string& source_code,
                         const std::vector<uint32_t>& skipped) const {
    auto eligible = [&](uint32_t occ) {
      return occ != kNone && occ != source && CodeOf(doc, v, occ) != source_code &&
             std::find(skipped.begin(), skipped.end(), occ) == skipped.end();
    };
    for (uint32_t q = c.verb_end; q < c.words.size(); ++q) {
      uint32_t occ = ActorStartingAt(v, c, q);
      if (eligible(occ)) return occ;
    }
    if (options().default_target_after && !options().default_target.empty()) return kNone;
    for (uint32_t q = c.verb; q-- > 0;) {
      uint32_t occ = ActorStartingAt(v, c, q);
      if (eligible(occ)) return occ;
    }
    return kNone;
  }

  void AddParties(const Document& doc, const SentenceView& v, uint32_t occ,
                  const std::string& fallback, std::vector<Party>* out) const {
    if (occ == kNone) {
      if (!fallback.empty()) out->push_back({fallback, kNone});
      return;
    }
    for (uint32_t m : v.actors[occ].mentions) out->push_back({doc.actors[m].code, m});
  }

  // The countries of the sources, as targets with no mention (a domestic
  // event). An international organisation has no home to act in.
  static void AddDomesticTargets(const std::vector<Party>& sources, std::vector<Party>* out) {
    for (const Party& p : sources) {
      std::string country = CountryOfCode(p.code);
      if (!country.empty() && !IsIgoRoot(country)) out->push_back({country, kNone, /*domestic=*/true});
    }
  }

  bool IsPassive(const SentenceView& v, const ClauseWords& c) const {
    bool aux = (c.verb >= 1 && IsAuxiliary(v.words[c.words[c.verb - 1]].text)) ||
               (c.verb >= 2 && IsAuxiliary(v.words[c.words[c.verb - 2]].text));
    // BY follows the verb, perhaps after one modifier ("opposed earlier by").
    for (uint32_t q = c.verb_end; q < c.words.size() && q < c.verb_end + 2; ++q) {
      if (aux && v.words[c.words[q]].text == "BY") return true;
    }
    return false;
  }

  // Codes one verb; false when it yields no event.
  // "- THE_* OF $ TO +": the pattern's last element before '*' is a
  // determiner joined to the verb, so it is written for the noun.
  static bool NamesDeterminer(const VerbPattern& p) {
    if (p.before.empty()) return false;
    const PatternElem& last = p.before.back();
    return last.kind == ElemKind::kWord && last.adjacent_next && IsDeterminer(last.word.text);
  }

  bool CodeVerb(const Document& doc, const SentenceView& v, const ClauseWords& c,
                const VerbSlot& verb, uint32_t carried, bool carried_from_event, Scan* scan,
                Candidate* out) const {
    const VerbEntry& entry = d_.verbs[verb.entry];
    Designation des;
    const EventCode* code = &entry.code;
    const EntrySource* rule = &entry.source;
    bool matched = false;
    Designation attempt;
    uint64_t folded_present = c.words_present.Folded();
    for (size_t k = 0; k < entry.patterns.size(); ++k) {
      if ((entry.pattern_folded_words[k] & ~folded_present) != 0) continue;
      if (!c.words_present.Covers(entry.pattern_required_words[k])) continue;
      const VerbPattern& p = entry.patterns[k];
      if (verb.nominal && !NamesDeterminer(p)) continue;
      if (MatchVerbPattern(p, v, c, &attempt)) {
        des = attempt;
        code = &p.code;
        rule = &p.source;
        matched = true;
        break;
      }
    }
    if (verb.nominal && !matched) return false;
    if (code->special == SpecialCode::kDiscard) scan->discard = true;
    if (code->special == SpecialCode::kComplex) scan->complex = true;
    if (code->special != SpecialCode::kNone) return false;
    uint32_t source = des.source, target = des.target;
    bool passive = !des.designated() && IsPassive(v, c);
    if (source == kNone) source = DefaultSource(doc, v, c, target, carried, carried_from_event);
    const CodingOptions& o = options();
    std::string source_code = source != kNone ? CodeOf(doc, v, source) : o.default_source;
    if (target == kNone) target = DefaultTarget(doc, v, c, source, source_code, des.skipped);
    if (target == kNone && source != kNone && v.actors[source].compound() &&
        !(o.default_target_after && !o.default_target.empty())) {
      target = source;
    }
    if (passive) std::swap(source, target);
    *out = Candidate{};
    AddParties(doc, v, source, o.default_source, &out->sources);
    AddParties(doc, v, target, o.default_target, &out->targets);
    if (out->targets.empty() && o.domestic_target) AddDomesticTargets(out->sources, &out->targets);
    if (out->sources.empty() || out->targets.empty()) return false;
    out->code = code;
    out->rule = rule;
    out->verb_span = {v.words[verb.begin].span.begin, v.words[verb.end - 1].span.end};
    out->source_occurrence = source;
    out->target_occurrence = target;
    out->designated_compound = des.compound;
    return true;
  }

  void CodeSentence(Document* doc, uint32_t si, const SentenceView& v) const {
    const CodingOptions& o = options();
    if (static_cast<int>(v.words.size()) < o.minimum_words) return;
    Scan scan = FindVerbs(*doc, si, v);
    if (scan.discard || scan.complex || TooComplex(v, scan)) return;
    std::vector<Candidate> chosen;
    uint32_t carried = kNone;
    bool carried_from_event = false;
    ClauseWords c;
    for (uint32_t clause = 0; clause < v.clause_count; ++clause) {
      c.words.clear();
      c.words_present.Clear();
      for (uint32_t w = 0; w < v.words.size(); ++w) {
        if (v.clause_of[w] == clause && !v.excluded[w]) {
          c.words.push_back(w);
          c.words_present.AddTextWord(v.words[w].text);
        }
      }
      std::vector<Candidate> found;
      for (const std::vector<VerbSlot>* slots : {&scan.verbs, &scan.nominals}) {
        if (slots == &scan.nominals && !found.empty()) break;
        for (const VerbSlot& verb : *slots) {
          if (v.clause_of[verb.begin] != clause || v.excluded[verb.begin]) continue;
          c.verb = static_cast<uint32_t>(std::find(c.words.begin(), c.words.end(), verb.begin) -
                                         c.words.begin());
          c.verb_end = c.verb;
          while (c.verb_end < c.words.size() && c.words[c.verb_end] < verb.end) ++c.verb_end;
          Candidate cand;
          if (!CodeVerb(*doc, v, c, verb, carried, carried_from_event, &scan, &cand)) continue;
          found.push_back(std::move(cand));
          if (o.code_by != CodingOptions::CodeBy::kAll && !found.back().code->subordinate) break;
        }
      }
      if (scan.discard || scan.complex) return;
      const Candidate* first = nullptr;
      for (const Candidate& f : found) {
        if (!f.code->subordinate) {
          first = &f;
          break;
        }
      }
      if (!first && !found.empty()) first = &found[0];
      if (o.code_by == CodingOptions::CodeBy::kAll) {
        chosen.insert(chosen.end(), found.begin(), found.end());
      } else if (first) {
        chosen.push_back(*first);
      }
      carried_from_event = first && first->source_occurrence != kNone;
      if (carried_from_event) {
        carried = first->source_occurrence;
      } else if (!c.words.empty()) {
        for (uint32_t w : c.words) {
          if (v.actor_at[w] != kNone) {
            carried = v.actor_at[w];
            break;
          }
        }
      }
      if (o.code_by == CodingOptions::CodeBy::kSentence && first && !first->code->subordinate) break;
    }
    FilterAndEmit(doc, si, scan, &chosen);
  }

  void FilterAndEmit(Document* doc, uint32_t si, const Scan& scan, std::vector<Candidate>* chosen) const {
    bool any_dominant = false, any_main = false;
    for (const Candidate& c : *chosen) {
      any_dominant |= c.code->dominant;
      any_main |= !c.code->subordinate;
    }
    for (const Candidate& c : *chosen) {
      if (any_dominant && !c.code->dominant) continue;
      if (any_main && c.code->subordinate) continue;
      // A compound that is both source and target gives each ordered pair,
      // or each pair once when a paired code supplies the reverse event.
      bool self = c.source_occurrence != kNone && c.source_occurrence == c.target_occurrence &&
                  (!c.designated_compound || !c.code->paired.empty());
      for (size_t i = 0; i < c.sources.size(); ++i) {
        for (size_t j = self ? i + 1 : 0; j < c.targets.size(); ++j) {
          const Party& s = c.sources[i];
          const Party& t = c.targets[j];
          if (s.code == t.code && !t.domestic) continue;
          EmitEvent(doc, si, c, c.code->code, s, t, scan.days);
          if (!c.code->paired.empty()) EmitEvent(doc, si, c, c.code->paired, t, s, scan.days);
        }
      }
    }
  }

  void EmitEvent(Document* doc, uint32_t si, const Candidate& c, const std::string& code,
                 const Party& source, const Party& target, int days) const {
    // A compound coded against itself or a paired code can produce the same
    // event twice; TABARI reports it once.
    for (auto it = doc->events.rbegin(); it != doc->events.rend() && it->sentence == si; ++it) {
      if (it->cameo == code && it->source.code == source.code && it->target.code == target.code) return;
    }
    Event e;
    e.sentence = si;
    auto side = [&](const Party& p) {
      EventActor a;
      a.actor = p.mention;
      a.code = p.code;
      a.country = CountryOfCode(p.code);
      a.sector = SectorOfCode(p.code);
      return a;
    };
    e.source = side(source);
    e.target = side(target);
    e.cameo = code;
    if (code.size() >= 2 && std::isdigit(static_cast<unsigned char>(code[0])) &&
        std::isdigit(static_cast<unsigned char>(code[1]))) {
      e.cameo_root = code.substr(0, 2);
    }
    if (cameo_) {
      if (const CameoInfo* info = cameo_->Find(code)) {
        e.goldstein = info->goldstein;
        e.quad_class = info->quad_class;
        e.plover = info->plover;
        e.plover_mode = info->plover_mode;
      }
    }
    e.date = ShiftDate(doc->published, days);
    e.evidence = {c.verb_span, std::string(c.rule->rule), c.rule->Where()};
    doc->events.push_back(std::move(e));
  }

  std::shared_ptr<const Dictionaries> dictionaries_;
  const CompiledDictionaries& d_;
  std::shared_ptr<const CameoTable> cameo_;
};

}  // namespace

std::unique_ptr<Stage> NewEventsStage(std::shared_ptr<const Dictionaries> dictionaries,
                                      std::shared_ptr<const CameoTable> cameo) {
  return std::make_unique<EventsStage>(std::move(dictionaries), std::move(cameo));
}

}  // namespace annalist
