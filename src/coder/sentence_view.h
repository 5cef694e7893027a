// SentenceView: what the clauses and events stages know about one sentence:
// its words (coder form), which words belong to which actor occurrence (from
// Document::actors) and, once the clauses stage has run, which clause each
// word is in.
#ifndef ANNALIST_SRC_CODER_SENTENCE_VIEW_H_
#define ANNALIST_SRC_CODER_SENTENCE_VIEW_H_

#include <string>
#include <vector>

#include "annalist/document.h"
#include "coder/sentence_words.h"

namespace annalist {

// An actor of the sentence: one mention, a coded compound, or a parsed
// compound ("Arnor and Gondor"), i.e. the mentions sharing a compound index.
struct ActorOccurrence {
  uint32_t begin = 0, end = 0;     // words
  std::vector<uint32_t> mentions;  // indices into Document::actors
  bool compound() const { return mentions.size() > 1; }
};

class SentenceView {
 public:
  // Builds the view of sentence `si`; clause information is read from
  // doc.clauses when present.
  void Build(const Document& doc, uint32_t si);

  SentenceWords sentence;              // words and their bits
  std::vector<Word>& words = sentence.words;
  std::vector<ActorOccurrence> actors;  // by first word
  std::vector<uint32_t> actor_at;       // per word: occurrence covering it, or kNone
  // Per word: a comma setting off an actor in apposition to the actor before
  // it ("the Russian envoy, Zamir Kabulov, to Islamabad"). Such commas belong
  // to one phrase: they delimit no clause and do not stop a pattern.
  std::vector<uint8_t> apposition_comma;
  std::vector<uint8_t> excluded;        // per word: in a nonrestrictive clause
  std::vector<uint32_t> clause_of;      // per word: index of its main clause
  uint32_t clause_count = 0;
};

}  // namespace annalist

#endif  // ANNALIST_SRC_CODER_SENTENCE_VIEW_H_
