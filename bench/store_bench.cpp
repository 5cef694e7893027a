// Query latency on a large store. Point ANNALIST_BENCH_STORE at a store made
// by tools/store_gen (e.g. 1 million events):
//
//   ./build/store_gen --db /tmp/big.db --events 1000000
//   ANNALIST_BENCH_STORE=/tmp/big.db ./build/annalist_bench --benchmark_filter=Store
//
// Without it the benchmarks are skipped with a message.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <functional>
#include <memory>

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

void BM_StoreLatestPage(benchmark::State& s) { RunQuery(s, [](EventQuery*) {}); }
void BM_StoreActor(benchmark::State& s) {
  RunQuery(s, [](EventQuery* q) { q->actor = "AFGGOV"; });
}
void BM_StoreCountry(benchmark::State& s) {
  RunQuery(s, [](EventQuery* q) { q->country = "PAK"; });
}
void BM_StoreCameoRoot(benchmark::State& s) {
  RunQuery(s, [](EventQuery* q) { q->cameo = "19"; });
}
void BM_StoreCameoCode(benchmark::State& s) {
  RunQuery(s, [](EventQuery* q) { q->cameo = "0231"; });
}
void BM_StorePlover(benchmark::State& s) {
  RunQuery(s, [](EventQuery* q) { q->plover = "PROTEST"; });
}
void BM_StoreDateRange(benchmark::State& s) {
  RunQuery(s, [](EventQuery* q) {
    q->from = Date{2022, 3, 1};
    q->to = Date{2022, 3, 31};
  });
}
void BM_StorePlace(benchmark::State& s) {
  RunQuery(s, [](EventQuery* q) { q->place = "Kabul"; });
}
void BM_StoreActorCameoDates(benchmark::State& s) {
  RunQuery(s, [](EventQuery* q) {
    q->actor = "RUS";
    q->cameo = "19";
    q->from = Date{2023, 1, 0};
    q->to = Date{2023, 6, 0};
  });
}
void BM_StoreFollow(benchmark::State& s) {
  RunQuery(s, [](EventQuery* q) { q->after_id = 500000; });
}
void BM_StoreFullText(benchmark::State& s) {
  RunQuery(s, [](EventQuery* q) { q->text = "IRNGOV"; });
}
void BM_StoreCountByMonthForCountry(benchmark::State& s) {
  RunCount(s, CountBy::kMonth, [](EventQuery* q) { q->country = "SYR"; });
}
void BM_StoreCountByCodeForDyad(benchmark::State& s) {
  RunCount(s, CountBy::kCode, [](EventQuery* q) {
    q->source = "USA";
    q->target = "CHN";
  });
}

BENCHMARK(BM_StoreLatestPage)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StoreActor)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StoreCountry)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StoreCameoRoot)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StoreCameoCode)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StorePlover)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StoreDateRange)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StorePlace)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StoreActorCameoDates)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StoreFollow)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StoreFullText)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StoreCountByMonthForCountry)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StoreCountByCodeForDyad)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace annalist
