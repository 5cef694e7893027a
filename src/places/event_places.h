// Event places: where each coded event happened, when its sentence says so.
//
// An event takes a place that its sentence puts in a locative phrase ("in
// Kabul", "at the border near Chaman"), the one nearest to the event's verb
// when there are several. An event of the article's first sentence with no
// such place takes the dateline's place ("KABUL, Afghanistan -").
#ifndef ANNALIST_SRC_PLACES_EVENT_PLACES_H_
#define ANNALIST_SRC_PLACES_EVENT_PLACES_H_

#include <vector>

#include "annalist/document.h"

namespace annalist {

// How a place of Document::places is used in its sentence.
struct PlaceRole {
  uint32_t sentence = kNone;
  bool locative = false;
  bool dateline = false;
};

// Sets Event::place for events that have none yet. `roles` parallels
// doc->places.
void LinkEventPlaces(const std::vector<PlaceRole>& roles, Document* doc);

}  // namespace annalist

#endif  // ANNALIST_SRC_PLACES_EVENT_PLACES_H_
