#include "places/place_stage.h"

#include "places/event_places.h"
#include "places/place_mentions.h"
#include "places/place_resolver.h"

namespace annalist {

Status PlaceStage::Process(Document* doc) const {
  std::vector<PlaceMention> mentions = FindPlaceMentions(*doc, *gazetteer_, *lexicon_);
  std::vector<ResolvedPlace> resolved = ResolvePlaces(mentions, *gazetteer_);
  doc->places.clear();
  std::vector<PlaceRole> roles;
  for (const ResolvedPlace& r : resolved) {
    const PlaceMention& m = mentions[r.mention];
    const GazetteerEntry& e = gazetteer_->entry(r.entry);
    Place place;
    place.span = m.span;
    place.name = e.name;
    place.country = e.country;
    place.admin1 = e.admin1;
    place.feature = e.feature;
    place.lat = e.lat;
    place.lon = e.lon;
    place.geonames_id = e.geonames_id;
    doc->places.push_back(std::move(place));
    roles.push_back({m.sentence, m.locative, m.dateline});
  }
  LinkEventPlaces(roles, doc);
  return Status::OK();
}

}  // namespace annalist
