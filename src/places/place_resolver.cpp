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
constexpr double kCapitalBonus = 1.5;
constexpr double kAliasPenalty = 1.0;
constexpr double kArticleCountryBonus = 3;
constexpr double kQualifierBonus = 6;
// A city smaller than this needs support: a preposition, a dateline, a
// qualifier or its country named elsewhere in the article.
constexpr int64_t kUnsupportedCityPopulation = 100000;

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
      if (Accept(i)) out.push_back({static_cast<uint32_t>(i), best_[i]});
    }
    return out;
  }

 private:
  const GazetteerEntry& Best(size_t i) const { return g_.entry(best_[i]); }

  uint32_t Choose(size_t i, bool in_context) const {
    const PlaceMention& m = mentions_[i];
    uint32_t best = m.matches[0].entry;
    double best_score = -1e9;
    for (const GazetteerMatch& match : m.matches) {
      const GazetteerEntry& e = g_.entry(match.entry);
      double score = Prior(e, match);
      if (in_context) {
        if (Supported(e.country, m.key)) score += kArticleCountryBonus;
        if (Qualifies(m.comma_next, e)) score += kQualifierBonus;
      }
      if (score > best_score) {
        best_score = score;
        best = match.entry;
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

  // Countries the article speaks of (those of mentions that can only be in
  // one country), and names used for people ("Mr Jackson").
  void CollectContext() {
    for (size_t i = 0; i < mentions_.size(); ++i) {
      const PlaceMention& m = mentions_[i];
      const GazetteerEntry& best = Best(i);
      bool country = best.feature == PlaceFeature::kCountry;
      if (m.after_honorific || (m.after_capitalised && !m.capitals_context && !country &&
                                best.feature != PlaceFeature::kAdmin1)) {
        person_keys_.insert(m.key);
      }
      if (PartOfOtherName(m, best) || best.country.empty()) continue;
      bool one_country = true;
      for (const GazetteerMatch& match : m.matches) {
        one_country = one_country && g_.entry(match.entry).country == best.country;
      }
      if (one_country) countries_[best.country].insert(m.key);
    }
  }

  // Whether another name in the article points to `country`.
  bool Supported(const std::string& country, const std::string& key) const {
    auto it = countries_.find(country);
    if (it == countries_.end()) return false;
    return it->second.size() > 1 || !it->second.count(key);
  }

  static bool PartOfOtherName(const PlaceMention& m, const GazetteerEntry& best) {
    if (m.after_honorific || m.after_organisation_of) return true;
    if (m.capitals_context) return false;
    return m.after_capitalised || (m.before_capitalised && best.feature != PlaceFeature::kCountry);
  }

  bool Accept(size_t i) const {
    const PlaceMention& m = mentions_[i];
    const GazetteerEntry& best = Best(i);
    if (PartOfOtherName(m, best)) return false;
    bool qualified = m.comma_next != kNone && Qualifies(m.comma_next, best);
    bool cue = m.locative || m.direction || m.dateline || qualified;
    bool ambiguous = best.feature != PlaceFeature::kCountry &&
                     (best.has(GazetteerEntry::kCommonWord) || best.has(GazetteerEntry::kGivenName));
    if (ambiguous) {
      // "in March", "to South Asia", "Guantanamo Bay": an ordinary word that
      // begins or ends a longer name is not a place by itself.
      if (m.after_mention || (m.next_capitalised && !m.capitals_context)) return false;
      return cue && !m.after_boundary;
    }
    if (cue) return true;
    if (best.feature == PlaceFeature::kCountry) return true;
    if (person_keys_.count(m.key)) return false;
    if (best.feature == PlaceFeature::kCity && best.population < kUnsupportedCityPopulation &&
        !Supported(best.country, m.key)) {
      return false;
    }
    return true;
  }

  const std::vector<PlaceMention>& mentions_;
  const Gazetteer& g_;
  std::vector<uint32_t> best_;
  CountryNames countries_;
  std::unordered_set<std::string> person_keys_;
};

}  // namespace

std::vector<ResolvedPlace> ResolvePlaces(const std::vector<PlaceMention>& mentions,
                                         const Gazetteer& gazetteer) {
  return Resolver(mentions, gazetteer).Run();
}

}  // namespace annalist
