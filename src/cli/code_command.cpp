// `annalist code`: reads articles, runs the pipeline on them in parallel and
// writes one JSON record per article, in input order.
//
// Articles flow through a TBB pipeline of batches: a serial reader fills a
// batch, workers code its articles and render their records, and a serial
// writer emits batches in input order. The number of batches in flight is
// bounded, so memory stays flat however large the input.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <oneapi/tbb/parallel_invoke.h>
#include <oneapi/tbb/parallel_pipeline.h>

#include "annalist/pipeline.h"
#include "annalist/record_io.h"
#include "cli/commands.h"
#include "cli/pipeline_flags.h"

namespace annalist::cli {
namespace {

struct CodeOptions {
  std::vector<std::string> inputs;
  std::string output = "-";
  PipelineFlags pipeline;  // --input-format, --published, --threads, ...
};

// A batch ends at whichever limit it reaches first.
constexpr size_t kBatchArticles = 64;
constexpr size_t kBatchBytes = 4 << 20;

struct Batch {
  std::vector<Document> docs;
  std::vector<Status> read_status;  // per article: how reading it went
  std::vector<std::string> where;   // per article: file and line, for messages
  std::string records;              // the rendered output lines
  std::vector<std::string> messages;
  size_t failed = 0;
};

// One write a message, so that lines reported from two threads do not mix.
void Report(const std::string& message) { std::cerr << "annalist code: " + message + "\n"; }
void Warn(const std::string& message) { Report("warning: " + message); }

// The articles of every opened input, one reader after another.
class InputChain {
 public:
  explicit InputChain(std::vector<std::unique_ptr<ArticleReader>> readers)
      : readers_(std::move(readers)) {}

  // Reads the next batch; false when the input is exhausted and the batch empty.
  bool FillBatch(Batch* batch) {
    size_t bytes = 0;
    while (current_ < readers_.size() && batch->docs.size() < kBatchArticles &&
           bytes < kBatchBytes) {
      Document doc;
      Status status;
      if (!readers_[current_]->Next(&doc, &status)) {
        readers_[current_++].reset();  // release its buffers early
        continue;
      }
      bytes += doc.text.size();
      batch->where.push_back(readers_[current_]->Where());
      batch->read_status.push_back(std::move(status));
      batch->docs.push_back(std::move(doc));
    }
    return !batch->docs.empty();
  }

 private:
  std::vector<std::unique_ptr<ArticleReader>> readers_;
  size_t current_ = 0;
};

// Codes every article of the batch and renders its records.
void CodeBatch(const Pipeline& pipeline, Batch* batch) {
  for (size_t i = 0; i < batch->docs.size(); ++i) {
    Document& doc = batch->docs[i];
    const Status& read = batch->read_status[i];
    if (!read.ok()) {
      doc.error = ArticleError{read.message()};
      batch->messages.push_back(read.message());
    } else if (Status s = pipeline.Process(&doc); !s.ok()) {
      batch->messages.push_back(batch->where[i] + ": article " + doc.id + ": " + s.message());
    }
    batch->failed += doc.error.has_value();
    AppendRecord(doc, &batch->records);
    batch->records.push_back('\n');
    doc = Document{};  // the record is out: free the article now
  }
}

int RunCode(const CodeOptions& o) {
  ThreadLimit limit(o.pipeline);  // first: loading runs in parallel too
  ReaderOptions reader_options;
  Status s = MakeReaderOptions(o.pipeline, Warn, &reader_options);
  if (!s.ok()) {
    Report(s.message());
    return 2;
  }
  // Loading the dictionaries and opening the inputs (which may read a whole
  // file) are independent: side by side they shorten the serial start. A
  // missing or unreadable input is reported and skipped; the rest goes on.
  std::unique_ptr<Pipeline> pipeline;
  size_t unopened = 0;
  std::vector<std::unique_ptr<ArticleReader>> readers;
  tbb::parallel_invoke(
      [&] { s = MakePipeline(o.pipeline, Warn, &pipeline); },
      [&] { readers = OpenInputs(o.inputs, reader_options, Report, &unopened); });
  if (!s.ok()) {
    Report(s.message());
    return 2;
  }
  if (readers.empty()) return 2;

  FILE* out = o.output == "-" ? stdout : std::fopen(o.output.c_str(), "wb");
  if (out == nullptr) {
    Report(o.output + ": cannot open for writing");
    return 2;
  }
  InputChain input(std::move(readers));
  size_t failed = 0;
  bool write_failed = false;
  tbb::parallel_pipeline(
      limit.threads() * 2,
      tbb::make_filter<void, std::shared_ptr<Batch>>(
          tbb::filter_mode::serial_in_order,
          [&](tbb::flow_control& fc) {
            auto batch = std::make_shared<Batch>();
            if (!input.FillBatch(batch.get())) fc.stop();
            return batch;
          }) &
          tbb::make_filter<std::shared_ptr<Batch>, std::shared_ptr<Batch>>(
              tbb::filter_mode::parallel,
              [&](std::shared_ptr<Batch> batch) {
                CodeBatch(*pipeline, batch.get());
                return batch;
              }) &
          tbb::make_filter<std::shared_ptr<Batch>, void>(
              tbb::filter_mode::serial_in_order, [&](std::shared_ptr<Batch> batch) {
                for (const std::string& m : batch->messages) Report(m);
                failed += batch->failed;
                const std::string& r = batch->records;
                if (std::fwrite(r.data(), 1, r.size(), out) != r.size()) write_failed = true;
              }));
  // The run is over: the process exit returns the dictionaries' memory at
  // once, where freeing their million small allocations one by one would add
  // a serial tail to every run.
  (void)pipeline.release();
  bool close_failed = out != stdout ? std::fclose(out) != 0 : std::fflush(out) != 0;
  if (write_failed || close_failed) {
    Report(o.output + ": write error");
    return 2;
  }
  if (failed > 0) Report(std::to_string(failed) + " article(s) failed; see their \"error\" field");
  return failed > 0 || unopened > 0 ? 1 : 0;
}

}  // namespace

Command RegisterCode(CLI::App& app) {
  auto o = std::make_shared<CodeOptions>();
  CLI::App* sub = app.add_subcommand(
      "code", "Code articles into event records: one JSON line per article, in input order");
  sub->add_option("inputs", o->inputs, "Article files, directories, or - for stdin")
      ->required();
  sub->add_option("-o,--output", o->output, "Output file (- = stdout)")->capture_default_str();
  AddPipelineFlags(sub, &o->pipeline, /*reading=*/true);
  return [o] { return RunCode(*o); };
}

}  // namespace annalist::cli
