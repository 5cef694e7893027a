#include "actors/shared_agents.h"

#include "coder/actor_codes.h"

namespace annalist {
namespace {

bool JoinsNext(const std::vector<Word>& words, const Occurrence& o) {
  if (o.end >= words.size()) return false;
  const Word& next = words[o.end];
  return next.comma || next.text == "AND" || next.text == "OR";
}

bool BareCountry(const Occurrence& o) {
  return o.codes.size() == 1 && o.codes[0] == o.base_code && o.trailing_agent.empty() &&
         (o.kind == ActorKind::kCountry || o.kind == ActorKind::kPlaceMetonym);
}

}  // namespace

void ShareTrailingAgents(const std::vector<Word>& words, std::vector<Occurrence>* occs) {
  std::vector<Occurrence>& all = *occs;
  for (size_t last = 0; last < all.size(); ++last) {
    const Occurrence& carrier = all[last];
    if (carrier.group == kNone || carrier.trailing_agent.empty()) continue;
    bool last_of_group = last + 1 == all.size() || all[last + 1].group != carrier.group;
    if (!last_of_group) continue;
    for (size_t k = carrier.group; k < last; ++k) {
      Occurrence& member = all[k];
      if (!BareCountry(member) || !JoinsNext(words, member)) continue;
      member.codes[0] = CombineAgent(member.codes[0], carrier.trailing_agent,
                                     carrier.trailing_agent_prefix);
      member.trailing_agent = carrier.trailing_agent;
      member.trailing_agent_prefix = carrier.trailing_agent_prefix;
    }
  }
}

}  // namespace annalist
