#include "claims/denial_targets.h"

namespace annalist {
namespace {

// The first party of `parties` with an actor, or nullptr.
const ClaimParty* FirstWithActor(const std::vector<ClaimParty>& parties) {
  for (const ClaimParty& p : parties) {
    if (p.actor != kNone) return &p;
  }
  return nullptr;
}

bool AnyHasCode(const std::vector<ClaimParty>& parties, const Document& doc,
                const std::string& code) {
  if (code.empty()) return false;
  for (const ClaimParty& p : parties) {
    if (p.actor != kNone && doc.actors[p.actor].code == code) return true;
  }
  return false;
}

}  // namespace

void TargetDenialsAtAccusers(Document* doc) {
  for (uint32_t ci = 0; ci < doc->claims.size(); ++ci) {
    const Claim& claim = doc->claims[ci];
    const ClaimParty* accuser = FirstWithActor(claim.asserted_by);
    if (accuser == nullptr) continue;
    for (const ClaimParty& denial : claim.denied_by) {
      if (denial.event == kNone) continue;
      Event& e = doc->events[denial.event];
      if (AnyHasCode(claim.asserted_by, *doc, e.target.code) ||
          AnyHasCode(claim.asserted_by, *doc, e.source.code)) {
        continue;
      }
      const ActorMention& a = doc->actors[accuser->actor];
      e.target = EventActor{accuser->actor, a.code, a.country, a.sector};
      e.target_from_claim = ci;
    }
  }
}

}  // namespace annalist
