// Place resolution: which found mentions are places, and which namesake each
// one means.
//
// A mention is dropped when its surroundings make it part of another name
// ("Mr Jordan", "Paris Hilton", "Bank of England"), or when its name is also
// an ordinary word or a given name ("Reading", "Florence") and nothing says it
// is a place (a preposition such as "in", a dateline, a qualifying region as
// in "Reading, Berkshire"), or when it names only a small town in a country
// the article never mentions. Namesakes are ranked by kind (country, region,
// first-level region, city), population and capital status, by the countries
// the rest of the article mentions, and by a qualifier after a comma.
#ifndef ANNALIST_SRC_PLACES_PLACE_RESOLVER_H_
#define ANNALIST_SRC_PLACES_PLACE_RESOLVER_H_

#include <vector>

#include "annalist/gazetteer.h"
#include "places/place_mentions.h"

namespace annalist {

struct ResolvedPlace {
  uint32_t mention = 0;  // index into the mentions given
  uint32_t entry = 0;    // gazetteer entry it means
};

// Returns the accepted mentions in text order.
std::vector<ResolvedPlace> ResolvePlaces(const std::vector<PlaceMention>& mentions,
                                         const Gazetteer& gazetteer);

}  // namespace annalist

#endif  // ANNALIST_SRC_PLACES_PLACE_RESOLVER_H_
