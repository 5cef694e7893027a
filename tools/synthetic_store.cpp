// Builds a store of synthetic coded articles for load tests: N distinct
// events spread over ~3 years, 40 countries and 16 CAMEO codes, written
// through Store::Ingest exactly as `annalist ingest` writes them (so the
// store's indexes and merge rules are the real ones). The words are
// placeholders: no dictionary is run.
//
//   synthetic_store --db build/load/events.db --events 1000000
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "annalist/store.h"

namespace annalist {
namespace {

constexpr const char* kCountries[] = {
    "AFG", "ARG", "AUS", "BGD", "BRA", "CAN", "CHN", "COL", "EGY", "ETH",
    "FRA", "DEU", "GBR", "IND", "IDN", "IRN", "IRQ", "ISR", "ITA", "JPN",
    "KEN", "KOR", "MEX", "NGA", "PAK", "PHL", "POL", "RUS", "SAU", "SOM",
    "ZAF", "ESP", "SDN", "SYR", "TUR", "UKR", "USA", "VEN", "VNM", "YEM"};
constexpr int kNumCountries = sizeof(kCountries) / sizeof(kCountries[0]);

struct Code {
  const char* cameo;
  const char* plover;
  int quad_class;
  double goldstein;
};
constexpr Code kCodes[] = {
    {"010", "OTHER", 1, 0.0},     {"020", "REQUEST", 1, 3.0},  {"036", "REQUEST", 1, 4.0},
    {"040", "CONSULT", 1, 1.0},   {"042", "CONSULT", 1, 1.9},  {"051", "SUPPORT", 1, 3.4},
    {"057", "AGREE", 1, 8.0},     {"061", "COOPERATE", 2, 6.4}, {"071", "AID", 2, 7.4},
    {"111", "ACCUSE", 3, -2.0},   {"112", "ACCUSE", 3, -2.0},  {"130", "THREATEN", 3, -4.4},
    {"163", "SANCTION", 4, -8.0}, {"173", "COERCE", 4, -5.0},  {"190", "ASSAULT", 4, -10.0},
    {"193", "FIGHT", 4, -10.0}};
constexpr int kNumCodes = sizeof(kCodes) / sizeof(kCodes[0]);
constexpr int kDays = 1096;

Date DayAfter2022(int days) {
  using namespace std::chrono;
  year_month_day ymd{sys_days{2022y / January / 1} + std::chrono::days{days}};
  Date d;
  d.year = static_cast<int>(ymd.year());
  d.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  d.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  return d;
}

// Event i of the store, as one sentence of an article: distinct i give
// distinct (date, source, target, code) merge keys.
void AddEvent(int64_t i, Document* doc) {
  int64_t rest = i;
  int day = static_cast<int>(rest % kDays);
  rest /= kDays;
  int code = static_cast<int>(rest % kNumCodes);
  rest /= kNumCodes;
  int source = static_cast<int>(rest % kNumCountries);
  rest /= kNumCountries;
  int target = static_cast<int>((source + 1 + rest % (kNumCountries - 1)) % kNumCountries);
  const Code& c = kCodes[code];
  std::string src = std::string(kCountries[source]) + "GOV";
  std::string tgt = std::string(kCountries[target]) + "GOV";
  std::string sentence = src + " acted on " + tgt + " today. ";
  auto start = static_cast<uint32_t>(doc->text.size());
  doc->text += sentence;
  auto s = static_cast<uint32_t>(doc->sentences.size());
  doc->sentences.push_back({{start, start + static_cast<uint32_t>(sentence.size()) - 1}, 0, 0});
  auto a = static_cast<uint32_t>(doc->actors.size());
  for (auto [offset, code_text, country] :
       {std::tuple{0u, &src, kCountries[source]},
        std::tuple{static_cast<uint32_t>(src.size() + 10), &tgt, kCountries[target]}}) {
    ActorMention m;
    m.span = {start + offset, start + offset + 6};
    m.sentence = s;
    m.code = *code_text;
    m.country = country;
    m.sector = "GOV";
    m.name = country;
    m.kind = ActorKind::kCountry;
    doc->actors.push_back(m);
  }
  Event e;
  e.sentence = s;
  e.source = {a, src, kCountries[source], "GOV"};
  e.target = {a + 1, tgt, kCountries[target], "GOV"};
  e.cameo = c.cameo;
  e.cameo_root = std::string(c.cameo, 2);
  e.quad_class = c.quad_class;
  e.goldstein = c.goldstein;
  e.plover = c.plover;
  e.date = DayAfter2022(day);
  uint32_t verb = start + static_cast<uint32_t>(src.size()) + 1;
  e.evidence = {{verb, verb + 5}, "ACT [" + std::string(c.cameo) + "]", "synthetic:1"};
  doc->events.push_back(e);
}

int Run(const std::string& db, int64_t events, int per_article, int batch) {
  std::unique_ptr<Store> store;
  Status s = Store::Open(db, &store);
  if (!s.ok()) {
    std::fprintf(stderr, "synthetic_store: %s: %s\n", db.c_str(), s.ToString().c_str());
    return 2;
  }
  std::vector<Document> docs;
  for (int64_t first = 0; first < events;) {
    docs.clear();
    for (int d = 0; d < batch && first < events; ++d) {
      Document doc;
      doc.id = "synthetic-" + std::to_string(first);
      doc.title = "Synthetic report " + std::to_string(first / per_article);
      doc.source = "synthetic";
      doc.url = "https://synthetic.invalid/" + doc.id;  // distinct ArticleKeys
      for (int k = 0; k < per_article && first < events; ++k) AddEvent(first++, &doc);
      doc.published = doc.events.front().date;
      docs.push_back(std::move(doc));
    }
    std::vector<const Document*> ptrs;
    for (const Document& d : docs) ptrs.push_back(&d);
    s = store->Ingest(ptrs, nullptr);
    if (!s.ok()) {
      std::fprintf(stderr, "synthetic_store: ingest: %s\n", s.ToString().c_str());
      return 1;
    }
  }
  StoreStats stats;
  store->Stats(&stats);
  std::printf("%lld articles, %lld events in %s\n", static_cast<long long>(stats.articles),
              static_cast<long long>(stats.events), db.c_str());
  return 0;
}

}  // namespace
}  // namespace annalist

int main(int argc, char** argv) {
  CLI::App app("Builds a synthetic store for load tests");
  std::string db;
  int64_t events = 1000000;
  int per_article = 20, batch = 500;
  app.add_option("--db", db, "store to create or extend")->required();
  app.add_option("--events", events, "distinct events to write")->capture_default_str();
  app.add_option("--per-article", per_article, "events per article")->capture_default_str();
  app.add_option("--batch", batch, "articles per transaction")->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  return annalist::Run(db, events, per_article, batch);
}
