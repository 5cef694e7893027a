// Cost of the extraction stages (times, places, quotes, quantities, claims,
// tone) per sentence, against the coder's stages (everything between
// "segment" and "times") on the same article. Report items_per_second =
// sentences/s. bench/extract-vs-code.sh measures the same on whole runs.
//
//   build/annalist_bench --benchmark_filter='Extract|Coder'
#include <benchmark/benchmark.h>

#include <algorithm>
#include <initializer_list>
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
  Status status;

  Setup() {
    PipelineOptions options;
    status = Pipeline::Create(options, &pipeline);
    if (!status.ok()) return;
    prepared.id = "bench";
    prepared.text = kArticle;
    Date::Parse("2024-11-16", &prepared.published);
    status = pipeline->Process(&prepared);
  }
};

Setup& Shared() {
  static Setup setup;
  return setup;
}

// Runs the given stages of the pipeline on the prepared document. Every
// stage replaces its own layer, so reruns do the same work.
void RunStages(benchmark::State& state, const std::vector<const Stage*>& run) {
  Setup& s = Shared();
  if (!s.status.ok()) {
    state.SkipWithError(s.status.ToString().c_str());
    return;
  }
  if (run.empty()) {
    state.SkipWithError("no such stages in this build");
    return;
  }
  Document doc = s.prepared;
  for (auto _ : state) {
    for (const Stage* stage : run) benchmark::DoNotOptimize(stage->Process(&doc));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(doc.sentences.size()));
}

// The pipeline's stages named in `names` (in pipeline order).
std::vector<const Stage*> Named(std::initializer_list<std::string_view> names) {
  std::vector<const Stage*> out;
  if (!Shared().status.ok()) return out;
  for (const auto& stage : Shared().pipeline->stages()) {
    if (std::find(names.begin(), names.end(), stage->name()) != names.end()) {
      out.push_back(stage.get());
    }
  }
  return out;
}

void BM_ExtractStage(benchmark::State& state, std::string_view name) {
  RunStages(state, Named({name}));
}

void BM_ExtractAll(benchmark::State& state) {
  RunStages(state, Named({"times", "places", "quotes", "quantities", "claims", "tone"}));
}

// The coder: every stage between "segment" and "times".
void BM_Coder(benchmark::State& state) {
  std::vector<const Stage*> coder;
  if (Shared().status.ok()) {
    bool inside = false;
    for (const auto& stage : Shared().pipeline->stages()) {
      if (stage->name() == "times") break;
      if (inside) coder.push_back(stage.get());
      inside = inside || stage->name() == "segment";
    }
  }
  RunStages(state, coder);
}

BENCHMARK_CAPTURE(BM_ExtractStage, times, "times");
BENCHMARK_CAPTURE(BM_ExtractStage, places, "places");
BENCHMARK_CAPTURE(BM_ExtractStage, quotes, "quotes");
BENCHMARK_CAPTURE(BM_ExtractStage, quantities, "quantities");
BENCHMARK_CAPTURE(BM_ExtractStage, claims, "claims");
BENCHMARK_CAPTURE(BM_ExtractStage, tone, "tone");
BENCHMARK(BM_ExtractAll);
BENCHMARK(BM_Coder);

}  // namespace
}  // namespace annalist
