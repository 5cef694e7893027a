// Speed of the text stage (tokenize + segment) and of the record writer on
// synthetic news-like text. Reports bytes/s and sentences/s.
#include <benchmark/benchmark.h>

#include <memory>
#include <string>

#include "annalist/pipeline.h"
#include "annalist/record_io.h"
#include "text/text_stage.h"

namespace annalist {
namespace {

// ~40 sentences of varied news prose, with abbreviations, quotes, numbers
// and non-ASCII punctuation, repeated to `sentences` sentences.
std::string NewsText(int sentences) {
  static const char* kSentences[] = {
      "KABUL, March 6 \u2013 Afghanistan\u2019s foreign minister met U.N. envoys on Monday.",
      "\u201cWe will not accept this,\u201d Gen. Rahimi told reporters in the capital.",
      "The talks, which began in Nov. 2024, were suspended after 1,250 troops moved north.",
      "Mr. Lee said the U.S. would send $4.5 million in aid (about 3.2 billion rupees).",
      "Officials denied the report... They said no agreement had been reached.",
      "Why did the government refuse? Analysts pointed to pressure from the army.",
      "The European Union called for restraint and urged both sides to resume talks.",
      "Police arrested 14 protesters near the parliament building, a spokesman said.",
  };
  std::string text;
  for (int i = 0; i < sentences; ++i) {
    text += kSentences[i % 8];
    text += (i % 5 == 4) ? "\n\n" : " ";
  }
  return text;
}

const TextStage& Stage() {
  static const TextStage* stage = [] {
    std::unique_ptr<SegmentationRules> rules;
    if (!SegmentationRules::LoadDefault(FindDataDir(), &rules).ok()) std::abort();
    return new TextStage(std::move(rules));
  }();
  return *stage;
}

void BM_Segment(benchmark::State& state) {
  Document doc;
  doc.text = NewsText(static_cast<int>(state.range(0)));
  size_t sentences = 0;
  for (auto _ : state) {
    Stage().Process(&doc);
    sentences += doc.sentences.size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc.text.size()));
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Segment)->Arg(20)->Arg(2000);

void BM_WriteRecord(benchmark::State& state) {
  Document doc;
  doc.id = "bench";
  doc.text = NewsText(static_cast<int>(state.range(0)));
  Stage().Process(&doc);
  // One actor per sentence and an event per two, so spans and escaping count.
  for (uint32_t i = 0; i < doc.sentences.size(); ++i) {
    ActorMention actor;
    actor.span = doc.tokens[doc.sentences[i].first_token].span;
    actor.sentence = i;
    actor.code = "AFGGOV";
    actor.name = "Afghanistan";
    doc.actors.push_back(actor);
    if (i % 2 == 0) {
      Event event;
      event.sentence = i;
      event.source = {i, "AFGGOV", "AFG", "GOV"};
      event.cameo = "040";
      event.evidence = {actor.span, "MET [040]", "verbs/consult.verbs:3"};
      doc.events.push_back(event);
    }
  }
  std::string out;
  size_t sentences = 0;
  for (auto _ : state) {
    out.clear();
    AppendRecord(doc, &out);
    sentences += doc.sentences.size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * out.size()));
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_WriteRecord)->Arg(20)->Arg(2000);

}  // namespace
}  // namespace annalist
