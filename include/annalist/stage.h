// Stage: one step of the pipeline (segment, match actors, code events, ...).
//
// A stage reads the layers that earlier stages wrote into a Document and adds
// its own. Stages are built once, hold only read-only shared data (compiled
// dictionaries, gazetteers, lexicons) and are called concurrently from many
// threads, so Process() must be const and keep any scratch state local.
//
// To add a stage: write a class deriving from Stage in its own folder under
// src/, and add it to the module's AddStages() factory (see pipeline.h).
#ifndef ANNALIST_STAGE_H_
#define ANNALIST_STAGE_H_

#include <string_view>

#include "annalist/document.h"
#include "annalist/status.h"

namespace annalist {

class Stage {
 public:
  virtual ~Stage() = default;

  // A short, stable name ("segment", "events", "quotes") used by --stages and
  // in error messages.
  virtual std::string_view name() const = 0;

  // Adds this stage's layer to `doc`. An error concerns this document only;
  // the caller records it in doc->error and goes on with the next article.
  virtual Status Process(Document* doc) const = 0;
};

}  // namespace annalist

#endif  // ANNALIST_STAGE_H_
