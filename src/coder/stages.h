// The coder's three stages, built by AddCoderStages (src/coder/module.cpp):
//   "actors"  actor and agent phrases, compound actors, pronoun references
//   "clauses" compound-sentence clauses and comma-delimited clauses
//   "events"  verb patterns -> CAMEO events with source and target
// They share one immutable set of compiled dictionaries.
#ifndef ANNALIST_SRC_CODER_STAGES_H_
#define ANNALIST_SRC_CODER_STAGES_H_

#include <memory>

#include "annalist/cameo.h"
#include "annalist/dictionary.h"
#include "annalist/stage.h"

namespace annalist {

std::unique_ptr<Stage> NewActorsStage(std::shared_ptr<const Dictionaries> dictionaries);
std::unique_ptr<Stage> NewClausesStage(std::shared_ptr<const Dictionaries> dictionaries);
// `cameo` may be null: events then carry codes without names or scores.
std::unique_ptr<Stage> NewEventsStage(std::shared_ptr<const Dictionaries> dictionaries,
                                      std::shared_ptr<const CameoTable> cameo);

}  // namespace annalist

#endif  // ANNALIST_SRC_CODER_STAGES_H_
