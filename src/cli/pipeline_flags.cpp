#include "cli/pipeline_flags.h"

#include <algorithm>
#include <thread>

namespace annalist::cli {
namespace {

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

unsigned ThreadCount(const PipelineFlags& f) {
  return f.threads > 0 ? f.threads : std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace

void AddPipelineFlags(CLI::App* sub, PipelineFlags* f, bool reading) {
  if (reading) {
    sub->add_option("--input-format", f->input_format, "auto|jsonl|text|tabari|html")
        ->capture_default_str();
    sub->add_option("--published", f->published,
                    "Publication date (YYYY-MM-DD) for articles that carry none");
  }
  sub->add_option("--threads", f->threads, "Worker threads (default: every core)");
  sub->add_option("--dictionaries", f->dictionaries,
                  "A TABARI .project file or a dictionary directory (default: annalist's own)");
  sub->add_option("--stages", f->stages,
                  "Comma-separated stages to run, or all (default: all; with --input-format "
                  "tabari: events)");
  sub->add_option("--data-dir", f->data_dir, "annalist's data directory (default: found)");
}

Status MakeReaderOptions(const PipelineFlags& f,
                         const std::function<void(const std::string&)>& warn,
                         ReaderOptions* out) {
  ANNALIST_RETURN_IF_ERROR(ParseInputFormat(f.input_format, &out->format));
  if (!f.published.empty() && !Date::Parse(f.published, &out->default_published)) {
    return Status::InvalidArgument("bad --published date '" + f.published +
                                   "' (want YYYY-MM-DD)");
  }
  out->on_warning = warn;
  return Status::OK();
}

Status MakePipeline(const PipelineFlags& f, const std::function<void(const std::string&)>& warn,
                    std::unique_ptr<Pipeline>* out) {
  PipelineOptions options;
  options.on_warning = warn;
  options.dictionaries = f.dictionaries;
  // TABARI records are sentences cut from their articles: what they are for
  // is TABARI's job, the events; quotes across sentences, claims and article
  // tone need the whole article. `--stages all` runs everything on them.
  std::string stages = f.stages;
  if (stages.empty() && f.input_format == "tabari") stages = "events";
  if (stages == "all") stages.clear();
  options.stages = SplitList(stages);
  options.data_dir = f.data_dir;
  ANNALIST_RETURN_IF_ERROR(Pipeline::Create(options, out));
  std::string known;
  for (const auto& stage : (*out)->stages()) known += " " + std::string(stage->name());
  for (const std::string& name : options.stages) {
    bool found = false;
    for (const auto& stage : (*out)->stages()) found = found || stage->name() == name;
    if (!found) {
      return Status::InvalidArgument("unknown stage '" + name + "' (stages:" + known + ")");
    }
  }
  return Status::OK();
}

ThreadLimit::ThreadLimit(const PipelineFlags& flags)
    : threads_(ThreadCount(flags)),
      control_(tbb::global_control::max_allowed_parallelism, threads_) {}

std::vector<std::unique_ptr<ArticleReader>> OpenInputs(
    const std::vector<std::string>& paths, const ReaderOptions& options,
    const std::function<void(const std::string&)>& report, size_t* unopened) {
  std::vector<std::unique_ptr<ArticleReader>> readers;
  for (const std::string& path : paths) {
    std::unique_ptr<ArticleReader> reader;
    if (Status open = OpenArticleReader(path, options, &reader); !open.ok()) {
      report(open.message());
      ++*unopened;
      continue;
    }
    readers.push_back(std::move(reader));
  }
  return readers;
}

}  // namespace annalist::cli
