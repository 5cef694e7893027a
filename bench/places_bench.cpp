// Benchmarks of the places module: loading the generated gazetteer (the bar
// is under 0.3 s) and running the places stage over an article.
//
// The table is read from $ANNALIST_GAZETTEER, else from
// <build dir>/../data/generated/gazetteer.tsv (made by scripts/build-places.sh).
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include <benchmark/benchmark.h>

#include "annalist/gazetteer.h"
#include "annalist/pipeline.h"

namespace {

std::string GazetteerPath() {
  if (const char* env = std::getenv("ANNALIST_GAZETTEER"); env && *env) return env;
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return "data/generated/gazetteer.tsv";
  buf[n] = '\0';
  return (std::filesystem::path(buf).parent_path().parent_path() / "data" / "generated" /
          "gazetteer.tsv")
      .string();
}

void BM_LoadGazetteer(benchmark::State& state) {
  const std::string path = GazetteerPath();
  size_t entries = 0;
  for (auto _ : state) {
    std::unique_ptr<annalist::Gazetteer> g;
    annalist::Status s = annalist::Gazetteer::Load(path, &g);
    if (!s.ok()) {
      state.SkipWithError(s.ToString().c_str());
      return;
    }
    entries = g->size();
    benchmark::DoNotOptimize(g);
  }
  state.counters["entries"] = static_cast<double>(entries);
  state.counters["bytes"] = static_cast<double>(std::filesystem::file_size(path));
}
BENCHMARK(BM_LoadGazetteer)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_PlaceStage(benchmark::State& state) {
  annalist::PipelineOptions options;
  options.stages = {"places"};
  std::unique_ptr<annalist::Pipeline> pipeline;
  if (annalist::Status s = annalist::Pipeline::Create(options, &pipeline); !s.ok()) {
    state.SkipWithError(s.ToString().c_str());
    return;
  }
  const std::string paragraph =
      "KABUL, Afghanistan - Officials in Kabul said fighting near Kandahar and in "
      "Helmand province had eased, while Pakistan's foreign minister flew from Islamabad "
      "to Washington for talks with US and UK envoys. Mr Jordan of the Bank of England "
      "was in Nice on Monday. ";
  std::string text;
  for (int i = 0; i < 10; ++i) text += paragraph;
  size_t places = 0;
  for (auto _ : state) {
    annalist::Document doc;
    doc.text = text;
    pipeline->Process(&doc);
    places = doc.places.size();
  }
  state.counters["places"] = static_cast<double>(places);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_PlaceStage)->Unit(benchmark::kMicrosecond);

}  // namespace
