#include "actors/people.h"

#include <algorithm>
#include <cctype>

namespace annalist {
namespace {

constexpr uint32_t kMaxNameWords = 4;

bool Covered(const std::vector<Occurrence>& occs, const std::vector<Slot>& slots, uint32_t w) {
  for (const Slot& s : slots) {
    if (w >= s.begin && w < s.end) return true;
  }
  for (const Occurrence& o : occs) {
    if (w >= o.begin && w < o.end) return true;
  }
  return false;
}

bool NameWord(const Word& w) {
  if (!w.capitalized || w.comma || w.text.empty() || IsPronoun(w.text) || IsDeterminer(w.text) ||
      IsConjunction(w.text)) {
    return false;
  }
  return std::all_of(w.text.begin(), w.text.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == '\'' || (c & 0x80);
  });
}

}  // namespace

void PeopleTracker::FindIntroduced(const std::vector<Word>& words, const std::vector<Slot>& slots,
                                   const std::vector<AgentAttachment>& attached,
                                   const CompiledDictionaries& d,
                                   std::vector<Occurrence>* occs) const {
  uint32_t n = static_cast<uint32_t>(words.size());
  std::vector<Occurrence> found;
  auto free_name = [&](uint32_t w) {
    return w < n && NameWord(words[w]) && !Covered(*occs, slots, w) && !Covered(found, {}, w);
  };
  auto add = [&](uint32_t begin, uint32_t end, const Occurrence& role, const Slot& agent) {
    if (begin >= end) return;
    Occurrence o;
    o.begin = begin;
    o.end = end;
    o.codes = role.codes;
    o.base_code = role.codes.empty() ? "" : role.codes[0];
    o.kind = ActorKind::kPerson;
    o.source = &d.agents[agent.entry].source;
    o.named_person = true;
    found.push_back(std::move(o));
  };
  for (const AgentAttachment& a : attached) {
    const Slot& s = slots[a.slot];
    const Occurrence& role = (*occs)[a.occurrence];
    // "NAME, AGENT for ACTOR"
    if (s.begin >= 2 && words[s.begin - 1].comma && free_name(s.begin - 2)) {
      uint32_t b = s.begin - 2;
      while (b > 0 && s.begin - 1 - b < kMaxNameWords && free_name(b - 1)) --b;
      add(b, s.begin - 1, role, s);
      continue;
    }
    // "ACTOR's AGENT NAME"
    if (role.begin < s.begin && free_name(s.end)) {
      uint32_t e = s.end;
      while (e < n && e - s.end < kMaxNameWords && free_name(e)) ++e;
      add(s.end, e, role, s);
      continue;
    }
    // "ACTOR AGENT [for ACTOR], NAME"
    uint32_t p = std::max(s.end, role.end);
    if (p < n && (words[p].text == "FOR" || words[p].text == "OF" || words[p].text == "TO")) {
      for (const Slot& t : slots) {
        if (t.begin == p + 1 && !t.agent) p = t.end;
      }
    }
    if (p + 1 < n && words[p].comma && free_name(p + 1)) {
      uint32_t e = p + 1;
      while (e < n && e - (p + 1) < kMaxNameWords && free_name(e)) ++e;
      add(p + 1, e, role, s);
    }
  }
  occs->insert(occs->end(), found.begin(), found.end());
}

void PeopleTracker::FindKnown(const std::vector<Word>& words, std::vector<Occurrence>* occs) const {
  if (people_.empty()) return;
  for (uint32_t w = 0; w < words.size(); ++w) {
    if (!NameWord(words[w]) || Covered(*occs, {}, w)) continue;
    std::string_view text = words[w].text;
    if (text.size() > 2 && text.compare(text.size() - 2, 2, "'S") == 0) text.remove_suffix(2);
    for (auto it = people_.rbegin(); it != people_.rend(); ++it) {
      if (it->surname != text) continue;
      Occurrence o;
      o.begin = w;
      o.end = w + 1;
      o.codes = it->codes;
      o.base_code = it->codes.empty() ? "" : it->codes[0];
      o.kind = ActorKind::kPerson;
      o.source = it->source;
      o.forwarded_mention = it->mention;
      occs->push_back(std::move(o));
      break;
    }
  }
}

void PeopleTracker::Remember(const std::vector<Word>& words, const std::vector<Occurrence>& occs) {
  for (const Occurrence& o : occs) {
    if (!o.named_person || o.codes.empty()) continue;
    people_.push_back({words[o.end - 1].text, o.codes, o.first_mention, o.source});
  }
}

}  // namespace annalist
