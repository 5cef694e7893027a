// Benchmarks of the TABARI-format dictionaries and the coder stages with the
// full 2012 CAMEO dictionaries. They need the shared data: set ANNALIST_SHARED
// to its directory (default ../shared); without it they are skipped.
//
//   BM_LoadCameoDictionaries  loading and compiling CAMEO.full.project
//   BM_CodeNewsSentences      text + coder stages over BBC news sentences, up to
//                             the actors stage (phrase lookup) or the events
//                             stage (all three: actors, clauses, verb patterns)
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "annalist/dictionary.h"
#include "annalist/pipeline.h"
#include "annalist/record_io.h"

namespace annalist {
namespace {

std::string SharedDir() {
  const char* env = std::getenv("ANNALIST_SHARED");
  return env && *env ? env : "../shared";
}

std::string CameoProject() {
  return SharedDir() + "/data/tabari-dictionaries/CAMEO.full.project";
}

void BM_LoadCameoDictionaries(benchmark::State& state) {
  if (!std::filesystem::exists(CameoProject())) {
    state.SkipWithError("shared CAMEO dictionaries not found (set ANNALIST_SHARED)");
    return;
  }
  for (auto _ : state) {
    std::unique_ptr<Dictionaries> d;
    Status s = Dictionaries::Load(CameoProject(), &d);
    if (!s.ok()) {
      state.SkipWithError(s.ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(d->verb_pattern_count());
  }
}
BENCHMARK(BM_LoadCameoDictionaries)->Unit(benchmark::kMillisecond);

void BM_CodeNewsSentences(benchmark::State& state, const char* last_stage) {
  std::string path = SharedDir() + "/data/news/bbc-2005.sentences.tabari.txt";
  std::ifstream in(path, std::ios::binary);
  if (!in || !std::filesystem::exists(CameoProject())) {
    state.SkipWithError("shared news sentences or dictionaries not found (set ANNALIST_SHARED)");
    return;
  }
  std::stringstream content;
  content << in.rdbuf();
  std::vector<TabariRecord> records;
  if (!ParseTabariRecords(content.str(), path, &records).ok()) {
    state.SkipWithError("cannot read the news sentences");
    return;
  }
  records.resize(std::min<size_t>(records.size(), 5000));
  PipelineOptions options;
  options.dictionaries = CameoProject();
  options.stages = {last_stage};
  std::unique_ptr<Pipeline> pipeline;
  if (!Pipeline::Create(options, &pipeline).ok()) {
    state.SkipWithError("cannot create the pipeline");
    return;
  }
  size_t sentences = 0;
  for (auto _ : state) {
    for (const TabariRecord& r : records) {
      Document doc;
      doc.text = r.text;
      doc.presegmented = true;
      Date::Parse(r.date, &doc.published);
      pipeline->Process(&doc);
      sentences += doc.sentences.size();
      benchmark::DoNotOptimize(doc.events.size());
    }
  }
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
}
BENCHMARK_CAPTURE(BM_CodeNewsSentences, actors, "actors")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_CodeNewsSentences, events, "events")->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace annalist
