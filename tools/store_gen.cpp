// store_gen: fills a store with synthetic articles and events, to measure
// queries at scale (bench/store_bench.cpp).
//
//   store_gen --db /tmp/big.db --events 1000000
//
// Articles are made-up sentences "SRC acts on TGT." with events whose actors,
// CAMEO codes, dates (2020-2024), places and outlets are drawn from skewed
// distributions, so some events are reported by several articles (merged) as
// in real news. Deterministic for a given --seed.
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <random>

#include "annalist/store.h"

namespace {

const char* const kCountries[] = {"USA", "RUS", "CHN", "UKR", "ISR", "PSE", "IRN", "IRQ", "SYR",
                                  "AFG", "PAK", "IND", "GBR", "FRA", "DEU", "TUR", "EGY", "SDN",
                                  "NGA", "KEN", "BRA", "MEX", "JPN", "PRK", "KOR", "SAU", "YEM",
                                  "LBY", "MLI", "ETH"};
const char* const kSectors[] = {"", "GOV", "MIL", "REB", "OPP", "BUS", "CVL", "MED", "JUD"};
const char* const kCodes[] = {"010", "012", "020", "0231", "030", "036", "040", "042", "043",
                              "046", "051", "057", "061", "071", "080", "090", "100", "111",
                              "112", "120", "130", "138", "141", "145", "160", "172", "173",
                              "180", "190", "193", "195", "1951", "200"};
const char* const kPlover[] = {"CONSULT", "REQUEST", "COOPERATE", "AID", "DISAPPROVE",
                               "THREATEN", "PROTEST", "ASSAULT", "SANCTION", "ACCUSE"};
const char* const kPlaces[] = {"Kabul", "Kyiv", "Gaza", "Baghdad", "Damascus", "Tehran",
                               "Moscow", "Beijing", "Washington", "London", "Paris", "Berlin",
                               "Cairo", "Khartoum", "Lagos", "Nairobi"};

template <typename T, size_t N>
const char* Pick(const T (&items)[N], std::mt19937_64& rng) {
  // Zipf-like: early items are much more frequent, as in news.
  std::uniform_real_distribution<double> u(0, 1);
  size_t i = static_cast<size_t>(N * u(rng) * u(rng));
  return items[std::min(i, N - 1)];
}

std::string Actor(std::mt19937_64& rng) {
  return std::string(Pick(kCountries, rng)) + Pick(kSectors, rng);
}

annalist::Document MakeArticle(int64_t n, int events, std::mt19937_64& rng) {
  using annalist::Document;
  Document doc;
  doc.id = "gen-" + std::to_string(n);
  doc.url = "https://outlet" + std::to_string(rng() % 40) + ".example/" + std::to_string(n);
  doc.source = "outlet" + std::to_string(rng() % 40);
  doc.published = {2020 + static_cast<int>(rng() % 5), 1 + static_cast<int>(rng() % 12),
                   1 + static_cast<int>(rng() % 28)};
  if (rng() % 2) {
    annalist::Place p;
    p.name = Pick(kPlaces, rng);
    p.country = Pick(kCountries, rng);
    p.feature = annalist::PlaceFeature::kCity;
    doc.places.push_back(p);
  }
  for (int i = 0; i < events; ++i) {
    std::string src = Actor(rng), tgt = Actor(rng);
    auto mention = [&](const std::string& code) {
      annalist::ActorMention a;
      a.span = {static_cast<uint32_t>(doc.text.size()),
                static_cast<uint32_t>(doc.text.size() + code.size())};
      a.sentence = static_cast<uint32_t>(i);
      a.code = code, a.country = code.substr(0, 3), a.sector = code.substr(3), a.name = code;
      doc.actors.push_back(a);
      doc.text += code;
      return static_cast<uint32_t>(doc.actors.size() - 1);
    };
    uint32_t begin = static_cast<uint32_t>(doc.text.size());
    annalist::Event e;
    e.sentence = static_cast<uint32_t>(i);
    e.source.actor = mention(src);
    uint32_t verb = static_cast<uint32_t>(doc.text.size() + 1);
    doc.text += " acts on ";
    e.evidence.span = {verb, static_cast<uint32_t>(doc.text.size() - 1)};
    e.target.actor = mention(tgt);
    doc.text += ". ";
    e.source.code = src, e.source.country = src.substr(0, 3), e.source.sector = src.substr(3);
    e.target.code = tgt, e.target.country = tgt.substr(0, 3), e.target.sector = tgt.substr(3);
    e.cameo = Pick(kCodes, rng);
    e.cameo_root = e.cameo.substr(0, 2);
    e.quad_class = 1 + static_cast<int>(rng() % 4);
    e.goldstein = static_cast<double>(rng() % 21) - 10;
    e.plover = Pick(kPlover, rng);
    e.date = doc.published;
    e.place = doc.places.empty() ? annalist::kNone : 0;
    e.evidence.rule = "ACTS ON [" + e.cameo + "]";
    e.evidence.dictionary = "generated.verbs:1";
    doc.events.push_back(e);
    doc.sentences.push_back({{begin, static_cast<uint32_t>(doc.text.size() - 1)}, 0, 0});
  }
  return doc;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"store_gen: a synthetic store for query benchmarks"};
  std::string db;
  int64_t target_events = 1000000;
  uint64_t seed = 1;
  app.add_option("--db", db, "Store to fill (SQLite path or postgresql:// URL)")->required();
  app.add_option("--events", target_events, "Event mentions to generate")->capture_default_str();
  app.add_option("--seed", seed, "Random seed")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  std::unique_ptr<annalist::Store> store;
  if (annalist::Status s = annalist::Store::Open(db, &store); !s.ok()) {
    std::fprintf(stderr, "store_gen: %s\n", s.ToString().c_str());
    return 2;
  }
  std::mt19937_64 rng(seed);
  auto start = std::chrono::steady_clock::now();
  int64_t mentions = 0, article = 0;
  while (mentions < target_events) {
    std::vector<annalist::Document> docs;
    for (int i = 0; i < 500 && mentions < target_events; ++i) {
      int events = 1 + static_cast<int>(rng() % 19);
      docs.push_back(MakeArticle(article++, events, rng));
      mentions += events;
    }
    std::vector<const annalist::Document*> batch;
    for (const auto& d : docs) batch.push_back(&d);
    if (annalist::Status s = store->Ingest(batch, nullptr); !s.ok()) {
      std::fprintf(stderr, "store_gen: %s\n", s.ToString().c_str());
      return 2;
    }
    std::fprintf(stderr, "\r%lld mentions", static_cast<long long>(mentions));
  }
  annalist::StoreStats stats;
  store->Stats(&stats);
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "\rstore_gen: %lld articles, %lld events (%lld mentions) in %.0fs\n",
               static_cast<long long>(stats.articles), static_cast<long long>(stats.events),
               static_cast<long long>(stats.mentions), seconds);
  return 0;
}
