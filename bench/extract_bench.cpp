// Cost of the extraction stages (times, quotes, quantities, claims, tone) per
// sentence, against the coder's stages (everything between "segment" and
// "times") on the same article. Report items_per_second = sentences/s.
//
//   build/annalist_bench --benchmark_filter='Extract|Coder'
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "annalist/pipeline.h"

namespace annalist {
namespace {

// A news-style article written for this benchmark: quotes, dates, counts,
// an allegation and its denial.
constexpr const char kArticle[] =
    "Border clashes kill 12 as talks stall\n\n"
    "At least 12 soldiers were killed and 30 wounded on Thursday, November 14, when "
    "militants attacked two border posts, the army said. Officials said up to 6,500 "
    "fighters had crossed the border in recent years. \"We will not allow our territory "
    "to be used against our neighbours,\" Foreign Minister Maria Lopez told reporters in "
    "the capital. She added that talks would resume next week. The government accused "
    "the rebels of shelling a village last month, but a rebel spokesman denied the "
    "allegations. A UN report published in July confirmed the shelling of the village. "
    "Food prices rose by 15% over three months, and aid agencies said nearly half a "
    "million people had been displaced since 2023. \"The situation is getting worse "
    "every day. \"We need help now,\" said Ahmed Karim, who heads a local charity. Mr "
    "Karim said the border had been closed since August 2021. The minister will travel "
    "to Geneva on Monday for talks on a $1.2bn aid package.";

struct Setup {
  std::unique_ptr<Pipeline> pipeline;
  Document prepared;  // after every stage, so any one stage can be rerun
  size_t times_index = 0;
  Status status;

  Setup() {
    PipelineOptions options;
    status = Pipeline::Create(options, &pipeline);
    if (!status.ok()) return;
    prepared.id = "bench";
    prepared.text = kArticle;
    Date::Parse("2024-11-16", &prepared.published);
    status = pipeline->Process(&prepared);
    const auto& stages = pipeline->stages();
    while (times_index < stages.size() && stages[times_index]->name() != "times") ++times_index;
  }
};

Setup& Shared() {
  static Setup setup;
  return setup;
}

// Runs stages [first, last) of the pipeline on the prepared document. Every
// stage replaces its own layer, so reruns do the same work.
void RunStages(benchmark::State& state, size_t first, size_t last) {
  Setup& s = Shared();
  if (!s.status.ok()) {
    state.SkipWithError(s.status.ToString().c_str());
    return;
  }
  if (first >= last) {
    state.SkipWithError("no such stages in this build");
    return;
  }
  Document doc = s.prepared;
  const auto& stages = s.pipeline->stages();
  for (auto _ : state) {
    for (size_t i = first; i < last; ++i) benchmark::DoNotOptimize(stages[i]->Process(&doc));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(doc.sentences.size()));
}

size_t IndexOf(std::string_view name) {
  const auto& stages = Shared().pipeline->stages();
  for (size_t i = 0; i < stages.size(); ++i) {
    if (stages[i]->name() == name) return i;
  }
  return stages.size();
}

void BM_ExtractStage(benchmark::State& state, std::string_view name) {
  if (!Shared().status.ok()) return RunStages(state, 0, 0);
  size_t i = IndexOf(name);
  RunStages(state, i, i + (i < Shared().pipeline->stages().size() ? 1 : 0));
}

void BM_ExtractAll(benchmark::State& state) {
  if (!Shared().status.ok()) return RunStages(state, 0, 0);
  size_t first = Shared().times_index;
  RunStages(state, first, Shared().pipeline->stages().size());
}

void BM_Coder(benchmark::State& state) {
  if (!Shared().status.ok()) return RunStages(state, 0, 0);
  RunStages(state, IndexOf("segment") + 1, Shared().times_index);
}

BENCHMARK_CAPTURE(BM_ExtractStage, times, "times");
BENCHMARK_CAPTURE(BM_ExtractStage, quotes, "quotes");
BENCHMARK_CAPTURE(BM_ExtractStage, quantities, "quantities");
BENCHMARK_CAPTURE(BM_ExtractStage, claims, "claims");
BENCHMARK_CAPTURE(BM_ExtractStage, tone, "tone");
BENCHMARK(BM_ExtractAll);
BENCHMARK(BM_Coder);

}  // namespace
}  // namespace annalist
