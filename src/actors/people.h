// People named next to their role, and later mentions of them.
//
// News names officials with an apposition: "Mumtaz Zahra Baloch,
// spokesperson for Pakistan's Ministry of Foreign Affairs", "Pakistan's
// spokesperson Baloch", "the Russian special envoy for Afghanistan, Zamir
// Kabulov". The name is not in any dictionary, but the role (an agent
// attached to an actor) gives its code. The tracker makes such names actor
// occurrences and remembers them, so that a later "Baloch" or "Kabulov" in the
// same article is the same actor (ActorMention::refers_to).
#ifndef ANNALIST_SRC_ACTORS_PEOPLE_H_
#define ANNALIST_SRC_ACTORS_PEOPLE_H_

#include <string>
#include <vector>

#include "actors/occurrence.h"
#include "coder/sentence_words.h"

namespace annalist {

// An agent slot and the occurrence it was attached to.
struct AgentAttachment {
  uint32_t slot = 0;
  uint32_t occurrence = 0;
};

class PeopleTracker {
 public:
  // Adds an occurrence for each name introduced next to an attached agent.
  void FindIntroduced(const std::vector<Word>& words, const std::vector<Slot>& slots,
                      const std::vector<AgentAttachment>& attached, const CompiledDictionaries& d,
                      std::vector<Occurrence>* occs) const;
  // Adds an occurrence for each capitalized word that names a known person.
  void FindKnown(const std::vector<Word>& words, std::vector<Occurrence>* occs) const;
  // Remembers the people introduced in this sentence (after their mentions
  // were emitted).
  void Remember(const std::vector<Word>& words, const std::vector<Occurrence>& occs);

 private:
  struct Person {
    std::string surname;  // last word of the name, upper case
    std::vector<std::string> codes;
    uint32_t mention = kNone;
    const EntrySource* source = nullptr;
  };
  std::vector<Person> people_;
};

}  // namespace annalist

#endif  // ANNALIST_SRC_ACTORS_PEOPLE_H_
