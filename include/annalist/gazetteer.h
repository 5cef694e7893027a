// Gazetteer: the places annalist can recognise, looked up by name.
//
// The table is built by scripts/build-places.sh from GeoNames, Natural Earth
// and world-countries data (see docs/places.md) into
// data/generated/gazetteer.tsv: one place a line,
//
//   name  aliases  feature  iso3  admin1  lat  lon  population  geonames_id  flags
//
// tab separated; aliases are '|'-separated alternative names; feature is one
// of city, admin1, country, region; flags holds 'c' for a national capital,
// 'w' when the name is also a common English word ("Nice", "Reading") and 'g'
// when it is also a given name ("Florence"). Lines starting with '#' are
// comments.
//
// Names are looked up by key: the name's runs of letters and digits, upper
// cased, without accents, joined by single spaces ("Côte d'Ivoire" ->
// "COTE D IVOIRE"). A Gazetteer is immutable once loaded and safe to share
// between threads.
#ifndef ANNALIST_GAZETTEER_H_
#define ANNALIST_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "annalist/document.h"
#include "annalist/status.h"

namespace annalist {

struct GazetteerEntry {
  enum Flag : uint8_t { kCapital = 1, kCommonWord = 2, kGivenName = 4 };

  std::string name;
  std::string country;  // ISO 3166 alpha-3, "" for regions
  std::string admin1;   // first-level region the place lies in, "" if none
  PlaceFeature feature = PlaceFeature::kCity;
  double lat = 0, lon = 0;
  int64_t population = 0;  // 0 when unknown (countries, regions, admin1)
  int64_t geonames_id = 0;
  uint8_t flags = 0;

  bool has(Flag f) const { return (flags & f) != 0; }
};

// One way a key leads to an entry.
struct GazetteerMatch {
  uint32_t entry = 0;
  bool alias = false;    // matched an alternative name, not the main name
  bool acronym = false;  // the name is written in capitals only ("UK", "DRC")
};

class StringIndex;  // src/extract/string_index.h

class Gazetteer {
 public:
  Gazetteer();
  ~Gazetteer();
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  // Reads the table at `path`. Errors name the file and line.
  static Status Load(const std::string& path, std::unique_ptr<Gazetteer>* out);
  // Parses a table held in memory; `source` names it in error messages.
  static Status Parse(std::string_view table, std::string_view source,
                      std::unique_ptr<Gazetteer>* out);

  // Every entry whose name or alias has this key (see NameKey); empty if none.
  std::span<const GazetteerMatch> Lookup(std::string_view key) const;

  const GazetteerEntry& entry(uint32_t index) const { return entries_[index]; }
  size_t size() const { return entries_.size(); }
  // The most words any name has, to bound the matcher's look-ahead.
  int max_name_words() const { return max_name_words_; }
  // Whether a name of two or more words starts with the word `key`: when
  // none does, a matcher needs no look-ahead past that word.
  bool StartsLongerName(std::string_view key) const;

 private:
  // While loading, each key heads a chain of matches in chain_; Compact()
  // then lays every key's matches side by side in matches_.
  struct KeyMatches {
    uint32_t first = 0;  // chain head while loading, offset in matches_ after
    uint32_t count = 0;
  };
  struct ChainLink {
    GazetteerMatch match;
    uint32_t next = 0;  // index + 1 of the next link, 0 at the end
  };

  Status AddLine(std::string_view line);
  void AddName(std::string_view name, uint32_t entry, bool alias);
  void Compact();

  std::vector<GazetteerEntry> entries_;
  // Keys by number, and each key's matches by the same number. A flat index:
  // a lookup of a word in no name costs a filter test, not a cache miss.
  std::unique_ptr<StringIndex> keys_;
  std::vector<KeyMatches> key_matches_;
  std::unique_ptr<StringIndex> long_name_starts_;  // first words of longer keys
  std::vector<ChainLink> chain_;
  std::vector<GazetteerMatch> matches_;
  int max_name_words_ = 1;
};

// The lookup key of a name: see the file comment. "" when it has no letters.
std::string NameKey(std::string_view name);

}  // namespace annalist

#endif  // ANNALIST_GAZETTEER_H_
