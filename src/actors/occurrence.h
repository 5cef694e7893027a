// Internal types of the "actors" stage (src/actors).
#ifndef ANNALIST_SRC_ACTORS_OCCURRENCE_H_
#define ANNALIST_SRC_ACTORS_OCCURRENCE_H_

#include <string>
#include <vector>

#include "annalist/document.h"
#include "dictionary/compiled.h"

namespace annalist {

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
  bool named_person = false;           // a name introduced with its role
  // The agent attached after the actor ("British forces" -> MIL), "" if none.
  std::string trailing_agent;
  bool trailing_agent_prefix = false;
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

}  // namespace annalist

#endif  // ANNALIST_SRC_ACTORS_OCCURRENCE_H_
