// `annalist recode`: re-runs the pipeline over the stored articles with other
// dictionaries and reports what would change (events added, removed,
// recoded) per CAMEO code with examples; --apply writes the new analysis.
//
// Articles are coded in parallel batches (TBB), compared with their stored
// events in input order, and, with --apply, rewritten by one writer.
#include <oneapi/tbb/parallel_pipeline.h>

#include <iostream>
#include <map>
#include <memory>

#include "annalist/store.h"
#include "cli/commands.h"
#include "cli/pipeline_flags.h"
#include "cli/progress.h"
#include "store/event_diff.h"

namespace annalist::cli {
namespace {

struct RecodeOptions {
  std::string db = "annalist.db";
  PipelineFlags pipeline;
  bool apply = false;
  size_t examples = 3;
};

struct Batch {
  std::vector<StoredArticle> stored;
  std::vector<Document> recoded;
};

void Report(const std::string& message) { std::cerr << "annalist recode: " << message << "\n"; }
void Warn(const std::string& message) { Report("warning: " + message); }

// A fresh Document with the stored article's input (text and metadata).
Document InputOf(const Document& stored) {
  Document doc;
  doc.id = stored.id, doc.text = stored.text, doc.title = stored.title;
  doc.url = stored.url, doc.source = stored.source;
  doc.published = stored.published;
  doc.published_inferred = stored.published_inferred;
  doc.presegmented = stored.presegmented;
  return doc;
}

void PrintReport(const store::EventDiffSummary& d, uint64_t articles, uint64_t changed,
                 double seconds, bool applied) {
  std::printf("%llu articles recoded in %.1fs, %llu with changed events%s\n",
              static_cast<unsigned long long>(articles), seconds,
              static_cast<unsigned long long>(changed), applied ? " (written)" : "");
  std::printf("events: %llu unchanged, %llu added, %llu removed, %llu recoded\n",
              static_cast<unsigned long long>(d.unchanged),
              static_cast<unsigned long long>(d.added_total),
              static_cast<unsigned long long>(d.removed_total),
              static_cast<unsigned long long>(d.recoded_total));
  auto section = [](const char* title, const std::map<std::string, uint64_t>& counts) {
    if (counts.empty()) return;
    std::printf("\n%s\n", title);
    for (const auto& [code, n] : counts) {
      std::printf("  %-12s %llu\n", code.c_str(), static_cast<unsigned long long>(n));
    }
  };
  section("added, by CAMEO code:", d.added);
  section("removed, by CAMEO code:", d.removed);
  section("recoded, old -> new:", d.recoded);
  if (!d.examples.empty()) std::printf("\nexamples:\n");
  for (const std::string& e : d.examples) std::printf("  %s\n", e.c_str());
}

int RunRecode(const RecodeOptions& o) {
  ThreadLimit limit(o.pipeline);  // first: loading runs in parallel too
  std::unique_ptr<Pipeline> pipeline;
  std::unique_ptr<Store> reader, writer;
  Status s = MakePipeline(o.pipeline, Warn, &pipeline);
  if (s.ok()) s = Store::Open(o.db, &reader);
  if (s.ok() && o.apply) s = Store::Open(o.db, &writer);
  StoreStats stats;
  if (s.ok()) s = reader->Stats(&stats);
  if (!s.ok()) {
    Report(s.message());
    return 2;
  }
  Progress progress("recode", 0);
  store::EventDiffSummary summary(o.examples);
  uint64_t changed = 0;
  int64_t after_id = 0;
  Status fatal;
  tbb::parallel_pipeline(
      limit.threads() * 2,
      tbb::make_filter<void, std::shared_ptr<Batch>>(
          tbb::filter_mode::serial_in_order,
          [&](tbb::flow_control& fc) {
            auto batch = std::make_shared<Batch>();
            Status r = reader->ForEachArticle(after_id, [&](const StoredArticle& a) {
              batch->stored.push_back(a);
              after_id = a.id;
              return batch->stored.size() < 32;
            });
            if (!r.ok()) fatal = r;
            if (!fatal.ok() || batch->stored.empty()) fc.stop();
            return batch;
          }) &
          tbb::make_filter<std::shared_ptr<Batch>, std::shared_ptr<Batch>>(
              tbb::filter_mode::parallel,
              [&](std::shared_ptr<Batch> batch) {
                for (const StoredArticle& a : batch->stored) {
                  batch->recoded.push_back(InputOf(a.doc));
                  pipeline->Process(&batch->recoded.back());
                }
                return batch;
              }) &
          tbb::make_filter<std::shared_ptr<Batch>, void>(
              tbb::filter_mode::serial_in_order, [&](std::shared_ptr<Batch> batch) {
                for (size_t i = 0; i < batch->stored.size(); ++i) {
                  const Document& before = batch->stored[i].doc;
                  const Document& after = batch->recoded[i];
                  if (!summary.Add(before, after)) continue;
                  ++changed;
                  if (writer && fatal.ok() && !after.error) {
                    Status w = writer->ReplaceAnalysis(batch->stored[i].id, after);
                    if (!w.ok()) fatal = w;
                  }
                }
                progress.Advance(batch->stored.size(), 0);
              }));
  double seconds = progress.Finish();
  if (!fatal.ok()) {
    Report(fatal.message());
    return 2;
  }
  PrintReport(summary, progress.articles(), changed, seconds, o.apply);
  return 0;
}

}  // namespace

Command RegisterRecode(CLI::App& app) {
  auto o = std::make_shared<RecodeOptions>();
  CLI::App* sub = app.add_subcommand(
      "recode", "Re-code stored articles (e.g. with new dictionaries) and report the changes");
  sub->add_option("--db", o->db, "Store: a SQLite file or a postgresql:// URL")
      ->capture_default_str();
  sub->add_flag("--apply", o->apply, "Write the new analysis into the store");
  sub->add_option("--examples", o->examples, "Examples of changes to show")
      ->capture_default_str();
  AddPipelineFlags(sub, &o->pipeline, /*reading=*/false);
  return [o] { return RunRecode(*o); };
}

}  // namespace annalist::cli
