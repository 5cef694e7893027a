// One agent for a coordination of actors: "US and British forces" are US
// forces and British forces (USAMIL, GBRMIL), "Indian and Pakistani officials"
// officials of both. The dictionary attaches the agent to the actor it follows
// only; with SET: SHARE AGENTS = TRUE the earlier actors of the same parsed
// compound get it too, when nothing but AND, OR or commas stands between them.
// ("Pakistan and British forces" reads as both forces too: English does not
// tell the two apart there, and news rarely writes it.)
#ifndef ANNALIST_SRC_ACTORS_SHARED_AGENTS_H_
#define ANNALIST_SRC_ACTORS_SHARED_AGENTS_H_

#include <vector>

#include "actors/occurrence.h"
#include "coder/sentence_words.h"

namespace annalist {

// For each parsed compound (Occurrence::group) whose last actor carries a
// trailing agent: every earlier member that is a bare country-level actor
// (one code, no agent) followed directly by AND, OR or a comma takes the
// same agent.
void ShareTrailingAgents(const std::vector<Word>& words, std::vector<Occurrence>* occs);

}  // namespace annalist

#endif  // ANNALIST_SRC_ACTORS_SHARED_AGENTS_H_
