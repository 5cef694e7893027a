// PlaceLexicon: the context words the place recogniser reads around a
// candidate name (data/places/context-words.tsv): locative prepositions,
// honorifics, organisation heads and the like.
#ifndef ANNALIST_SRC_PLACES_PLACE_LEXICON_H_
#define ANNALIST_SRC_PLACES_PLACE_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_set>

#include "annalist/status.h"

namespace annalist {

// "Kabul" -> "kabul"; bytes outside ASCII are kept.
std::string AsciiLower(std::string_view s);

class PlaceLexicon {
 public:
  // Words are kept as written; lookups compare exactly (see the data file).
  static Status Load(const std::string& path, PlaceLexicon* out);
  static Status Parse(std::string_view text, std::string_view source, PlaceLexicon* out);

  bool IsLocative(std::string_view w) const { return locative_.count(w) > 0; }
  bool IsDirection(std::string_view w) const { return direction_.count(w) > 0; }
  bool IsHonorific(std::string_view w) const { return honorific_.count(w) > 0; }
  bool IsOrganisation(std::string_view w) const { return organisation_.count(w) > 0; }
  bool IsPlaceWord(std::string_view w) const { return place_word_.count(w) > 0; }
  bool IsFollower(std::string_view w) const { return follower_.count(w) > 0; }
  bool IsArticle(std::string_view w) const { return article_.count(w) > 0; }
  bool IsCalendar(std::string_view w) const { return calendar_.count(w) > 0; }
  bool IsAdminKind(std::string_view w) const { return admin_kind_.count(w) > 0; }
  bool IsCityKind(std::string_view w) const { return city_kind_.count(w) > 0; }
  // Compared in lower case.
  bool IsFunctionWord(std::string_view w) const;

 private:
  // Looks words up by string_view, without building a std::string.
  struct WordHash {
    using is_transparent = void;
    size_t operator()(std::string_view w) const { return std::hash<std::string_view>()(w); }
  };
  using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

  WordSet locative_, direction_, honorific_, organisation_, place_word_, follower_, article_,
      calendar_, function_, admin_kind_, city_kind_;
};

}  // namespace annalist

#endif  // ANNALIST_SRC_PLACES_PLACE_LEXICON_H_
