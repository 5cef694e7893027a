#include "places/place_resolver.h"

#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace annalist {
namespace {

// Score weights, in units of one order of magnitude of population.
constexpr double kCountryPrior = 12;
constexpr double kRegionPrior = 9;
constexpr double kAdmin1Prior = 5.5;  // about a city of 300,000
constexpr double kCapitalBonus = 2;
constexpr double kAliasPenalty = 1.0;
constexpr double kArticleCountryBonus = 2;
constexpr double kQualifierBonus = 6;
// A city smaller than this needs support: a preposition, a dateline, a
// qualifier or its country named elsewhere in the article.
constexpr int64_t kUnsupportedCityPopulation = 100000;
// A city known here only by an alternative name (often a historical or
// foreign one: "Twickenham" for Huntsville) needs its country named in the
// article, or a preposition and this many people.
constexpr int64_t kAliasCuePopulation = 1000000;

double Prior(const GazetteerEntry& e, const GazetteerMatch& m) {
  double score = std::log10(static_cast<double>(e.population) + 1);
  switch (e.feature) {
    case PlaceFeature::kCountry: score += kCountryPrior; break;
    case PlaceFeature::kRegion: score += kRegionPrior; break;
    case PlaceFeature::kAdmin1: score += kAdmin1Prior; break;
    case PlaceFeature::kCity: break;
  }
  if (e.has(GazetteerEntry::kCapital)) score += kCapitalBonus;
  if (m.alias) score -= kAliasPenalty;
  return score;
}

// For each country, the distinct names by which the article points to it
// unambiguously ("US", "Houston"): a name never supports itself.
using CountryNames = std::unordered_map<std::string, std::unordered_set<std::string>>;

class Resolver {
 public:
  Resolver(const std::vector<PlaceMention>& mentions, const Gazetteer& gazetteer)
      : mentions_(mentions), g_(gazetteer), best_(mentions.size()) {}

  std::vector<ResolvedPlace> Run() {
    for (size_t i = 0; i < mentions_.size(); ++i) best_[i] = Choose(i, /*in_context=*/false);
    CollectContext();
    for (size_t i = 0; i < mentions_.size(); ++i) best_[i] = Choose(i, /*in_context=*/true);
    std::vector<ResolvedPlace> out;
    for (size_t i = 0; i < mentions_.size(); ++i) {
      if (Accept(i)) out.push_back({static_cast<uint32_t>(i), best_[i].entry});
    }
    return out;
  }

 private:
  const GazetteerEntry& Best(size_t i) const { return g_.entry(best_[i].entry); }

  GazetteerMatch Choose(size_t i, bool in_context) const {
    const PlaceMention& m = mentions_[i];
    GazetteerMatch best = m.matches[0];
    double best_score = -1e9;
    for (const GazetteerMatch& match : m.matches) {
      const GazetteerEntry& e = g_.entry(match.entry);
      double score = Prior(e, match);
      if (m.has_kind_after && e.feature == m.kind_after) score += kQualifierBonus;
      if (in_context) {
        if (Supported(e.country, m.key)) score += kArticleCountryBonus;
        if (Qualifies(m.comma_next, e)) score += kQualifierBonus;
      }
      if (score > best_score) {
        best_score = score;
        best = match;
      }
    }
    return best;
  }

  // Whether mention q (the Y of "X, Y") is a country or region containing e.
  bool Qualifies(uint32_t q, const GazetteerEntry& e) const {
    if (q == kNone || e.feature == PlaceFeature::kCountry) return false;
    const GazetteerEntry& y = Best(q);
    if (y.country != e.country) return false;
    return y.feature == PlaceFeature::kCountry ||
           (y.feature == PlaceFeature::kAdmin1 && y.name == e.admin1);
  }

  // Countries the article speaks of (as first read, without context), and
  // names used for people ("Mr Jackson").
  void CollectContext() {
    for (size_t i = 0; i < mentions_.size(); ++i) {
      const PlaceMention& m = mentions_[i];
      const GazetteerEntry& best = Best(i);
      bool country = best.feature == PlaceFeature::kCountry;
      if (m.after_honorific || (AfterOtherName(m) && !m.capitals_context && !country &&
                                best.feature != PlaceFeature::kAdmin1)) {
        person_keys_.insert(m.key);
      }
      if (PartOfOtherName(m, best) || best.country.empty() || !Telling(best_[i])) continue;
      countries_[best.country].insert(m.key);
    }
  }

  // Whether a reading is sure enough to vouch for its country: a country or
  // region, or a large city under its main name (small towns and alternative
  // names are too often namesakes of something else).
  bool Telling(const GazetteerMatch& match) const {
    const GazetteerEntry& e = g_.entry(match.entry);
    if (e.feature != PlaceFeature::kCity) return true;
    return !match.alias && e.population >= kUnsupportedCityPopulation;
  }

  // Whether another name in the article points to `country`.
  bool Supported(const std::string& country, const std::string& key) const {
    auto it = countries_.find(country);
    if (it == countries_.end()) return false;
    return it->second.size() > 1 || !it->second.count(key);
  }

  // "Michael X", "Franz X": a capitalised word before X that is not a
  // place read with confidence ("Cameroon Cameroon" in a headline is).
  bool AfterOtherName(const PlaceMention& m) const {
    if (!m.after_capitalised) return false;
    return m.prev_mention == kNone || !Telling(best_[m.prev_mention]);
  }

  bool PartOfOtherName(const PlaceMention& m, const GazetteerEntry& best) const {
    if (m.after_honorific || m.after_organisation_of) return true;
    if (m.capitals_context) return false;
    if (m.heads_organisation) return true;
    return AfterOtherName(m) || (m.before_capitalised && best.feature != PlaceFeature::kCountry);
  }

  bool Accept(size_t i) const {
    const PlaceMention& m = mentions_[i];
    const GazetteerEntry& best = Best(i);
    if (PartOfOtherName(m, best)) return false;
    bool country = best.feature == PlaceFeature::kCountry;
    if (!country && person_keys_.count(m.key) && !m.cue_adjacent) return false;
    bool qualified = m.comma_next != kNone && Qualifies(m.comma_next, best);
    bool cue = m.locative || m.direction || m.dateline || qualified;
    bool ambiguous = !country && (best.has(GazetteerEntry::kCommonWord) || best.has(GazetteerEntry::kGivenName));
    if (ambiguous) {
      // "in Reading" is a place; "in the West", "to South Asia", "at
      // University of ...", "Guantanamo Bay" are not.
      if (m.after_mention || m.before_of || (m.next_capitalised && !m.capitals_context)) {
        return false;
      }
      return (m.cue_adjacent && !m.after_boundary) || m.dateline || qualified;
    }
    if (best_[i].alias && !country) {
      return Supported(best.country, m.key) || (cue && best.population >= kAliasCuePopulation);
    }
    if (cue || country) return true;
    if (best.feature == PlaceFeature::kCity && best.population < kUnsupportedCityPopulation &&
        !Supported(best.country, m.key)) {
      return false;
    }
    return true;
  }

  const std::vector<PlaceMention>& mentions_;
  const Gazetteer& g_;
  std::vector<GazetteerMatch> best_;
  CountryNames countries_;
  std::unordered_set<std::string> person_keys_;
};

}  // namespace

std::vector<ResolvedPlace> ResolvePlaces(const std::vector<PlaceMention>& mentions,
                                         const Gazetteer& gazetteer) {
  return Resolver(mentions, gazetteer).Run();
}

}  // namespace annalist
