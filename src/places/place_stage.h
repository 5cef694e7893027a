// PlaceStage ("places"): finds the places an article names, fills
// Document::places, and gives coded events the place where they happened.
// Runs after the coder; needs sentences and tokens.
#ifndef ANNALIST_SRC_PLACES_PLACE_STAGE_H_
#define ANNALIST_SRC_PLACES_PLACE_STAGE_H_

#include <memory>

#include "annalist/gazetteer.h"
#include "annalist/stage.h"
#include "places/place_lexicon.h"

namespace annalist {

class PlaceStage : public Stage {
 public:
  PlaceStage(std::shared_ptr<const Gazetteer> gazetteer,
             std::shared_ptr<const PlaceLexicon> lexicon)
      : gazetteer_(std::move(gazetteer)), lexicon_(std::move(lexicon)) {}

  std::string_view name() const override { return "places"; }
  Status Process(Document* doc) const override;

 private:
  std::shared_ptr<const Gazetteer> gazetteer_;
  std::shared_ptr<const PlaceLexicon> lexicon_;
};

}  // namespace annalist

#endif  // ANNALIST_SRC_PLACES_PLACE_STAGE_H_
