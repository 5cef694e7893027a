// A denial answers an accuser.
//
// The verb dictionaries code "the regime denies allegations of the TTP
// operating in the country" against the first actor after the verb, the TTP,
// but the denial is addressed to whoever made the allegation. Once the claims
// stage has linked a denial to a claim, the denial event's target becomes the
// claim's first accuser with an actor, unless the event already has an
// accuser's code as its target (or as its source: a party denying itself).
// The event records the claim it took its target from
// (Event::target_from_claim).
#ifndef ANNALIST_SRC_CLAIMS_DENIAL_TARGETS_H_
#define ANNALIST_SRC_CLAIMS_DENIAL_TARGETS_H_

#include "annalist/document.h"

namespace annalist {

// Retargets the denial events of doc->claims as described above.
void TargetDenialsAtAccusers(Document* doc);

}  // namespace annalist

#endif  // ANNALIST_SRC_CLAIMS_DENIAL_TARGETS_H_
