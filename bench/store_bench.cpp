// Query latency on a large store: one page (100 events) of every filter of
// `annalist query`, alone and combined, and every aggregate. Point
// ANNALIST_BENCH_STORE at a store made by tools/store_gen (1.2 million
// generated mentions merge into about 1 million events):
//
//   ./build/store_gen --db /tmp/big.db --events 1200000
//   ANNALIST_BENCH_STORE=/tmp/big.db ./build/annalist_bench \
//       --benchmark_filter='StoreQuery|StoreCount'
//
// Without it the benchmarks are skipped with a message.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <functional>
#include <memory>
#include <string>

#include "annalist/store.h"

namespace annalist {
namespace {

Store* BenchStore() {
  static std::unique_ptr<Store> store = [] {
    std::unique_ptr<Store> s;
    const char* url = std::getenv("ANNALIST_BENCH_STORE");
    if (url != nullptr && !Store::Open(url, &s).ok()) s.reset();
    return s;
  }();
  return store.get();
}

// One page (100 events) of the query that `setup` describes.
void RunQuery(benchmark::State& state, const std::function<void(EventQuery*)>& setup) {
  Store* store = BenchStore();
  if (store == nullptr) {
    state.SkipWithError("set ANNALIST_BENCH_STORE to a store made by tools/store_gen");
    return;
  }
  EventQuery q;
  setup(&q);
  size_t events = 0;
  for (auto _ : state) {
    EventPage page;
    if (!store->QueryEvents(q, &page).ok()) state.SkipWithError("query failed");
    events = page.events.size();
    benchmark::DoNotOptimize(page);
  }
  state.counters["events"] = static_cast<double>(events);
}

void RunCount(benchmark::State& state, CountBy by, const std::function<void(EventQuery*)>& setup) {
  Store* store = BenchStore();
  if (store == nullptr) {
    state.SkipWithError("set ANNALIST_BENCH_STORE to a store made by tools/store_gen");
    return;
  }
  EventQuery q;
  setup(&q);
  for (auto _ : state) {
    std::vector<CountRow> rows;
    if (!store->CountEvents(q, by, &rows).ok()) state.SkipWithError("count failed");
    benchmark::DoNotOptimize(rows);
  }
}

// Every filter of `annalist query`, alone and combined, and the aggregates.
struct QueryCase {
  const char* name;
  std::function<void(EventQuery*)> setup;
};
const QueryCase kPages[] = {
    {"LatestPage", [](EventQuery*) {}},
    {"SecondPage", [](EventQuery* q) { q->cursor = "20241231:1"; }},
    {"ActorEitherSide", [](EventQuery* q) { q->actor = "AFGGOV"; }},
    {"ActorCountryPrefix", [](EventQuery* q) { q->actor = "RUS"; }},
    {"ActorUnalignedPrefix", [](EventQuery* q) { q->actor = "AF"; }},
    {"Source", [](EventQuery* q) { q->source = "USA"; }},
    {"Target", [](EventQuery* q) { q->target = "CHNMIL"; }},
    {"Dyad", [](EventQuery* q) { q->source = "USA", q->target = "CHN"; }},
    {"Country", [](EventQuery* q) { q->country = "PAK"; }},
    {"CameoRoot", [](EventQuery* q) { q->cameo = "19"; }},
    {"CameoFamily", [](EventQuery* q) { q->cameo = "195"; }},
    {"CameoCode", [](EventQuery* q) { q->cameo = "0231"; }},
    {"Plover", [](EventQuery* q) { q->plover = "PROTEST"; }},
    {"DateRange", [](EventQuery* q) { q->from = {2022, 3, 1}, q->to = {2022, 3, 31}; }},
    {"PlaceName", [](EventQuery* q) { q->place = "Kabul"; }},
    {"PlaceCountry", [](EventQuery* q) { q->place = "ETH"; }},
    {"Speaker", [](EventQuery* q) { q->speaker = "minister"; }},
    {"FullText", [](EventQuery* q) { q->text = "IRNGOV"; }},
    {"Article", [](EventQuery* q) { q->article = 4321; }},
    {"ActorCameoDates",
     [](EventQuery* q) {
       q->actor = "RUS", q->cameo = "19", q->from = {2023, 1, 0}, q->to = {2023, 6, 0};
     }},
    {"CountryPlover", [](EventQuery* q) { q->country = "SYR", q->plover = "ASSAULT"; }},
    {"Follow", [](EventQuery* q) { q->after_id = 500000; }},
};
struct CountCase {
  const char* name;
  CountBy by;
  std::function<void(EventQuery*)> setup;
};
const CountCase kCounts[] = {
    {"ByDay", CountBy::kDay, [](EventQuery*) {}},
    {"ByWeek", CountBy::kWeek, [](EventQuery*) {}},
    {"ByMonth", CountBy::kMonth, [](EventQuery*) {}},
    {"ByMonthForCountry", CountBy::kMonth, [](EventQuery* q) { q->country = "SYR"; }},
    {"ByMonthForActor", CountBy::kMonth, [](EventQuery* q) { q->actor = "USA"; }},
    {"ByMonthForRoot", CountBy::kMonth, [](EventQuery* q) { q->cameo = "19"; }},
    {"ByWeekForPlover", CountBy::kWeek, [](EventQuery* q) { q->plover = "PROTEST"; }},
    {"ByWeekForCountryAndPlover", CountBy::kWeek,
     [](EventQuery* q) { q->country = "SYR", q->plover = "ASSAULT"; }},
    {"ByDyad", CountBy::kDyad, [](EventQuery*) {}},
    {"ByDyadForActor", CountBy::kDyad, [](EventQuery* q) { q->actor = "IRN"; }},
    {"ByDyadForCountry", CountBy::kDyad, [](EventQuery* q) { q->country = "IRN"; }},
    {"ByPloverForCountry", CountBy::kPlover, [](EventQuery* q) { q->country = "SYR"; }},
    {"ByCountryForCountry", CountBy::kCountry, [](EventQuery* q) { q->country = "RUS"; }},
    {"ByCode", CountBy::kCode, [](EventQuery*) {}},
    {"ByCodeForDyad", CountBy::kCode, [](EventQuery* q) { q->source = "USA", q->target = "CHN"; }},
    {"ByRoot", CountBy::kRoot, [](EventQuery*) {}},
    {"ByPlover", CountBy::kPlover, [](EventQuery*) {}},
    {"ByCountry", CountBy::kCountry, [](EventQuery*) {}},
    {"ByCountryForPlace", CountBy::kCountry, [](EventQuery* q) { q->place = "Gaza"; }},
};

[[maybe_unused]] const bool kRegistered = [] {
  for (const QueryCase& c : kPages) {
    benchmark::RegisterBenchmark((std::string("BM_StoreQuery/") + c.name).c_str(),
                                 [&c](benchmark::State& s) { RunQuery(s, c.setup); })
        ->Unit(benchmark::kMillisecond);
  }
  for (const CountCase& c : kCounts) {
    benchmark::RegisterBenchmark((std::string("BM_StoreCount/") + c.name).c_str(),
                                 [&c](benchmark::State& s) { RunCount(s, c.by, c.setup); })
        ->Unit(benchmark::kMillisecond);
  }
  return true;
}();

}  // namespace
}  // namespace annalist
