// QuoteStage ("quotes"): direct and indirect quotes with their cue and their
// speaker, resolved through pronouns and short names to the full name, and
// Event::quote for events stated inside a quote. See docs/extraction.md.
#ifndef ANNALIST_SRC_QUOTES_QUOTE_STAGE_H_
#define ANNALIST_SRC_QUOTES_QUOTE_STAGE_H_

#include <memory>
#include <string>

#include "annalist/stage.h"
#include "quotes/quote_candidate.h"

namespace annalist {

class QuoteStage : public Stage {
 public:
  // Loads data/extract/{speech-cues,grammar}.txt under `data_dir`.
  static Status Create(const std::string& data_dir, std::unique_ptr<QuoteStage>* out);

  std::string_view name() const override { return "quotes"; }
  Status Process(Document* doc) const override;

 private:
  QuoteLexicon lexicon_;
};

}  // namespace annalist

#endif  // ANNALIST_SRC_QUOTES_QUOTE_STAGE_H_
