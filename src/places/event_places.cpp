#include "places/event_places.h"

#include <cstdlib>

namespace annalist {
namespace {

// Bytes between two spans; 0 when they overlap.
uint32_t Distance(Span a, Span b) {
  if (a.end <= b.begin) return b.begin - a.end;
  if (b.end <= a.begin) return a.begin - b.end;
  return 0;
}

}  // namespace

void LinkEventPlaces(const std::vector<PlaceRole>& roles, Document* doc) {
  uint32_t dateline = kNone;
  for (uint32_t p = 0; p < roles.size(); ++p) {
    if (roles[p].dateline) {
      dateline = p;
      break;
    }
  }
  for (Event& event : doc->events) {
    if (event.place != kNone || event.sentence == kNone) continue;
    uint32_t best = kNone;
    uint32_t best_distance = UINT32_MAX;
    for (uint32_t p = 0; p < roles.size() && p < doc->places.size(); ++p) {
      if (roles[p].sentence != event.sentence || !roles[p].locative) continue;
      uint32_t d = event.evidence.span.empty()
                       ? 0
                       : Distance(event.evidence.span, doc->places[p].span);
      if (d < best_distance) {
        best = p;
        best_distance = d;
      }
    }
    // An event of the sentence the dateline opens happened there.
    if (best == kNone && dateline != kNone && roles[dateline].sentence == event.sentence) {
      best = dateline;
    }
    event.place = best;
  }
}

}  // namespace annalist
