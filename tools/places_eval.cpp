// places_eval: precision, recall and F1 of the places stage against the
// hand-annotated gold in eval/gold/places/*.jsonl.
//
//   places_eval SHARED [--gold DIR] [--verbose]
//
// Each gold line is {"article", "start", "end" (code points), "text",
// "feature", "country", "lat", "lon"}; the article text is read from
// SHARED/data/news/bbc-2005.articles.jsonl. A predicted place matches a gold
// one when the spans overlap and the coordinates are within 161 km (100
// miles); a country is a point only by convention, so two country readings
// also match on the ISO code. Continents and other regions are outside the
// evaluation on both sides: a predicted region is not scored, nor is any
// prediction over a span the gold marks as a region ("Kashmir", "West Bank").
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "annalist/pipeline.h"

namespace {

using annalist::Document;
using annalist::Place;
using annalist::PlaceFeature;
using Json = nlohmann::json;

constexpr double kMatchKm = 161;

struct GoldPlace {
  uint32_t start = 0, end = 0;  // code points
  std::string text, feature, country;
  double lat = 0, lon = 0;
};

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kEarthKm = 6371.0, kRad = M_PI / 180;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::sqrt(a));
}

// Code point offset of every byte offset of `text` (size + 1 entries).
std::vector<uint32_t> CodePointIndex(const std::string& text) {
  std::vector<uint32_t> index(text.size() + 1);
  uint32_t cp = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    index[i] = cp;
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++cp;
  }
  index[text.size()] = cp;
  return index;
}

bool ReadGold(const std::string& dir, std::map<std::string, std::vector<GoldPlace>>* gold) {
  std::vector<std::filesystem::path> files;
  for (const auto& f : std::filesystem::directory_iterator(dir)) {
    if (f.path().extension() == ".jsonl") files.push_back(f.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    std::ifstream in(path);
    std::string line;
    int line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.empty()) continue;
      try {
        Json j = Json::parse(line);
        GoldPlace g{j.at("start"), j.at("end"), j.at("text"), j.at("feature"),
                    j.at("country"), j.at("lat"), j.at("lon")};
        (*gold)[j.at("article").get<std::string>()].push_back(g);
      } catch (const Json::exception& e) {
        std::fprintf(stderr, "%s:%d: bad gold record: %s\n", path.c_str(), line_no, e.what());
        return false;
      }
    }
  }
  return true;
}

bool ReadArticles(const std::string& path, const std::map<std::string, std::vector<GoldPlace>>& gold,
                  std::map<std::string, std::string>* texts) {
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "%s: cannot open\n", path.c_str());
    return false;
  }
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    try {
      Json j = Json::parse(line);
      std::string id = j.at("id");
      if (gold.count(id)) (*texts)[id] = j.at("text");
    } catch (const Json::exception& e) {
      std::fprintf(stderr, "%s:%d: bad article record: %s\n", path.c_str(), line_no, e.what());
      return false;
    }
  }
  return true;
}

bool Matches(const GoldPlace& g, const Place& p, uint32_t p_start, uint32_t p_end) {
  if (p_start >= g.end || g.start >= p_end) return false;
  if ((g.feature == "country" || p.feature == PlaceFeature::kCountry) && g.country == p.country) {
    return true;
  }
  return DistanceKm(g.lat, g.lon, p.lat, p.lon) <= kMatchKm;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Evaluates the places stage against hand-annotated gold"};
  std::string shared, gold_dir = "eval/gold/places";
  bool verbose = false;
  app.add_option("shared", shared, "the shared data directory")->required();
  app.add_option("--gold", gold_dir, "directory of gold *.jsonl files");
  app.add_flag("--verbose", verbose, "print every miss and false alarm");
  CLI11_PARSE(app, argc, argv);

  std::map<std::string, std::vector<GoldPlace>> gold;
  std::map<std::string, std::string> texts;
  if (!ReadGold(gold_dir, &gold) ||
      !ReadArticles(shared + "/data/news/bbc-2005.articles.jsonl", gold, &texts)) {
    return 1;
  }
  annalist::PipelineOptions options;
  options.stages = {"places"};
  std::unique_ptr<annalist::Pipeline> pipeline;
  annalist::Status s = annalist::Pipeline::Create(options, &pipeline);
  if (!s.ok()) {
    std::fprintf(stderr, "places_eval: %s\n", s.ToString().c_str());
    return 1;
  }
  int tp = 0, fp = 0, fn = 0;
  for (auto& entry : gold) {
    const std::string& id = entry.first;
    const auto& golds = entry.second;  // a name, not a binding: lambdas below capture it
    if (!texts.count(id)) {
      std::fprintf(stderr, "places_eval: gold article %s not in the articles file\n", id.c_str());
      return 1;
    }
    Document doc;
    doc.id = id;
    doc.text = texts[id];
    if (!(s = pipeline->Process(&doc)).ok()) {
      std::fprintf(stderr, "places_eval: %s: %s\n", id.c_str(), s.ToString().c_str());
      return 1;
    }
    std::vector<uint32_t> cp = CodePointIndex(doc.text);
    std::vector<bool> used(doc.places.size(), false);
    for (const GoldPlace& g : golds) {
      if (g.feature == "region") continue;
      bool found = false;
      for (size_t i = 0; i < doc.places.size() && !found; ++i) {
        const Place& p = doc.places[i];
        if (used[i] || !Matches(g, p, cp[p.span.begin], cp[p.span.end])) continue;
        used[i] = found = true;
      }
      found ? ++tp : ++fn;
      if (!found && verbose) {
        std::printf("miss   %s %u %s (%s)\n", id.c_str(), g.start, g.text.c_str(), g.country.c_str());
      }
    }
    auto over_gold_region = [&](const Place& p) {
      uint32_t begin = cp[p.span.begin], end = cp[p.span.end];
      return std::any_of(golds.begin(), golds.end(), [&](const GoldPlace& g) {
        return g.feature == "region" && begin < g.end && g.start < end;
      });
    };
    for (size_t i = 0; i < doc.places.size(); ++i) {
      const Place& p = doc.places[i];
      if (used[i] || p.feature == PlaceFeature::kRegion || over_gold_region(p)) continue;
      ++fp;
      if (verbose) {
        std::printf("extra  %s %u %.*s -> %s %s %s\n", id.c_str(), cp[p.span.begin],
                    static_cast<int>(p.span.size()), doc.text.data() + p.span.begin,
                    p.name.c_str(), annalist::PlaceFeatureName(p.feature), p.country.c_str());
      }
    }
  }
  double precision = tp + fp ? static_cast<double>(tp) / (tp + fp) : 0;
  double recall = tp + fn ? static_cast<double>(tp) / (tp + fn) : 0;
  double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  std::printf("articles %zu  gold %d  predicted %d  matched %d\n", gold.size(), tp + fn, tp + fp, tp);
  std::printf("precision %.3f  recall %.3f  F1 %.3f\n", precision, recall, f1);
  std::printf("%d passed, %d failed\n", tp, fp + fn);
  return 0;
}
