// Matching a verb's patterns inside one clause (TABARI manual 5.5-5.7).
//
// The clause is given as the list of its visible words (nonrestrictive
// clauses removed). Pattern elements before '*' are matched forward from the
// start of the clause, elements after it forward from the word after the
// verb; a connector ('_' or '~') requires the next element to follow
// immediately. Actor markers take the next actor occurrence: $ the source,
// + the target, % a compound as both, ^ an actor skipped.
#ifndef ANNALIST_SRC_EVENTS_VERB_MATCHER_H_
#define ANNALIST_SRC_EVENTS_VERB_MATCHER_H_

#include <vector>

#include "coder/sentence_view.h"
#include "dictionary/compiled.h"

namespace annalist {

struct ClauseWords {
  std::vector<uint32_t> words;  // indices into SentenceView::words, in order
  uint32_t verb = 0;            // position in `words` of the verb's first word
  uint32_t verb_end = 0;        // position one past the verb's last word
  // Of every word in `words`: the caller tests VerbEntry's pattern
  // signatures against it before calling MatchVerbPattern.
  WordSignature words_present;
};

struct Designation {
  uint32_t source = kNone, target = kNone;  // actor occurrences
  bool compound = false;                    // % matched: source = target = compound
  std::vector<uint32_t> skipped;            // actors taken by ^ (or @)
  bool designated() const { return source != kNone || target != kNone; }
};

// True when `p` matches; fills *d with the actors its markers took.
bool MatchVerbPattern(const VerbPattern& p, const SentenceView& view, const ClauseWords& clause,
                      Designation* d);

}  // namespace annalist

#endif  // ANNALIST_SRC_EVENTS_VERB_MATCHER_H_
