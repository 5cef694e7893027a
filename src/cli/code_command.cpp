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
#include <thread>
#include <vector>

#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/parallel_pipeline.h>

#include "annalist/pipeline.h"
#include "annalist/record_io.h"
#include "cli/commands.h"

namespace annalist::cli {
namespace {

struct CodeOptions {
  std::vector<std::string> inputs;
  std::string input_format = "auto";
  std::string published;
  std::string output = "-";
  unsigned threads = 0;  // 0 = every core
  std::string dictionaries;
  std::string stages;  // comma-separated
  std::string data_dir;
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

void Report(const std::string& message) { std::cerr << "annalist code: " << message << "\n"; }

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

// "a,b,,c" -> {"a", "b", "c"}.
std::vector<std::string> SplitList(const std::string& list) {
  std::vector<std::string> items;
  size_t pos = 0;
  while (pos <= list.size()) {
    size_t comma = std::min(list.find(',', pos), list.size());
    if (comma > pos) items.push_back(list.substr(pos, comma - pos));
    pos = comma + 1;
  }
  return items;
}

// Checks that every stage named in --stages exists.
Status CheckStages(const Pipeline& pipeline, const std::vector<std::string>& wanted) {
  std::string known;
  for (const auto& stage : pipeline.stages()) known += " " + std::string(stage->name());
  for (const std::string& name : wanted) {
    bool found = false;
    for (const auto& stage : pipeline.stages()) found = found || stage->name() == name;
    if (!found) {
      return Status::InvalidArgument("unknown stage '" + name + "' (stages:" + known + ")");
    }
  }
  return Status::OK();
}

int RunCode(const CodeOptions& o) {
  ReaderOptions reader_options;
  if (Status s = ParseInputFormat(o.input_format, &reader_options.format); !s.ok()) {
    Report(s.message());
    return 2;
  }
  if (!o.published.empty() && !Date::Parse(o.published, &reader_options.default_published)) {
    Report("bad --published date '" + o.published + "' (want YYYY-MM-DD)");
    return 2;
  }
  reader_options.on_warning = [](const std::string& m) { Report("warning: " + m); };

  PipelineOptions pipeline_options;
  pipeline_options.dictionaries = o.dictionaries;
  pipeline_options.stages = SplitList(o.stages);
  pipeline_options.data_dir = o.data_dir;
  std::unique_ptr<Pipeline> pipeline;
  Status s = Pipeline::Create(pipeline_options, &pipeline);
  if (s.ok()) s = CheckStages(*pipeline, pipeline_options.stages);
  if (!s.ok()) {
    Report(s.message());
    return 2;
  }

  // A missing or unreadable input is reported and skipped; the rest goes on.
  std::vector<std::unique_ptr<ArticleReader>> readers;
  size_t unopened = 0;
  for (const std::string& path : o.inputs) {
    std::unique_ptr<ArticleReader> reader;
    if (Status open = OpenArticleReader(path, reader_options, &reader); !open.ok()) {
      Report(open.message());
      ++unopened;
      continue;
    }
    readers.push_back(std::move(reader));
  }
  if (readers.empty()) return 2;

  FILE* out = o.output == "-" ? stdout : std::fopen(o.output.c_str(), "wb");
  if (out == nullptr) {
    Report(o.output + ": cannot open for writing");
    return 2;
  }
  unsigned threads = o.threads > 0 ? o.threads : std::max(1u, std::thread::hardware_concurrency());
  tbb::global_control limit(tbb::global_control::max_allowed_parallelism, threads);
  InputChain input(std::move(readers));
  size_t failed = 0;
  bool write_failed = false;
  tbb::parallel_pipeline(
      threads * 2,
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
  sub->add_option("--input-format", o->input_format, "auto|jsonl|text|tabari|html")
      ->capture_default_str();
  sub->add_option("--published", o->published,
                  "Publication date (YYYY-MM-DD) for articles that carry none");
  sub->add_option("-o,--output", o->output, "Output file (- = stdout)")->capture_default_str();
  sub->add_option("--threads", o->threads, "Worker threads (default: every core)");
  sub->add_option("--dictionaries", o->dictionaries,
                  "A TABARI .project file or a dictionary directory (default: annalist's own)");
  sub->add_option("--stages", o->stages, "Comma-separated stages to run (default: all)");
  sub->add_option("--data-dir", o->data_dir, "annalist's data directory (default: found)");
  return [o] { return RunCode(*o); };
}

}  // namespace annalist::cli
