// Place mentions: the spans of a Document whose words name a gazetteer entry,
// with what their surroundings say about them. Finding a mention decides
// nothing yet; place_resolver.h chooses which mentions are places and which
// namesake each one means.
#ifndef ANNALIST_SRC_PLACES_PLACE_MENTIONS_H_
#define ANNALIST_SRC_PLACES_PLACE_MENTIONS_H_

#include <string>
#include <vector>

#include "annalist/document.h"
#include "annalist/gazetteer.h"
#include "places/place_lexicon.h"

namespace annalist {

struct PlaceMention {
  Span span;
  uint32_t sentence = 0;
  std::string key;                         // the matched name's key
  std::vector<GazetteerMatch> matches;  // the namesakes, never empty

  // What the surroundings say.
  bool locative = false;   // "in/at/near ... X": where something happens
  bool direction = false;  // "from/to/into ... X"
  bool dateline = false;   // "KABUL, Afghanistan -" opening the article
  bool cue_adjacent = false;  // the preposition stands right before the name
  bool before_of = false;     // "X of ...": X heads a longer name
  // The kind of place the next word names: "Edo state", "Yantai city".
  PlaceFeature kind_after = PlaceFeature::kCountry;
  bool has_kind_after = false;
  bool after_boundary = false;  // first words of a sentence, line or quote
  bool after_honorific = false;       // "Mr X"
  // "Michael X": a capitalised word before X; it makes X part of a longer
  // name unless it is itself a place (see prev_mention).
  bool after_capitalised = false;
  bool before_capitalised = false;    // "X Hilton": part of a longer name
  bool next_capitalised = false;      // any capitalised word follows ("X Asia")
  bool after_mention = false;         // right after another name ("Guantanamo Bay")
  uint32_t prev_mention = kNone;      // that name's index when after_mention
  bool after_organisation_of = false; // "Bank of X"
  bool heads_organisation = false;    // "X Stock Exchange", "X First Bank"
  bool capitals_context = false;      // the sentence is written in capitals
  // Index of the mention that follows as "X, Y", or kNone.
  uint32_t comma_next = kNone;
};

// Finds the longest gazetteer names in each sentence of `doc`, left to right.
std::vector<PlaceMention> FindPlaceMentions(const Document& doc, const Gazetteer& gazetteer,
                                            const PlaceLexicon& lexicon);

}  // namespace annalist

#endif  // ANNALIST_SRC_PLACES_PLACE_MENTIONS_H_
