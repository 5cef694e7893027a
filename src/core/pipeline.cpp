#include "annalist/pipeline.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <initializer_list>
#include <string_view>
#include <unistd.h>

#include "core/modules.h"

namespace annalist {
namespace {

// Stages that must run for a requested stage to have its input.
bool Needed(const std::vector<std::string>& wanted, std::string_view name) {
  if (wanted.empty()) return true;
  auto has = [&](std::string_view n) {
    return std::find(wanted.begin(), wanted.end(), n) != wanted.end();
  };
  if (has(name)) return true;
  if (name == "segment") return true;  // every stage reads sentences and tokens
  bool events_needed = has("events") || has("claims") || has("tone") || has("quotes");
  if ((name == "actors" || name == "clauses" || name == "events") && events_needed) return true;
  if (name == "actors" && has("quotes")) return true;
  if (name == "quotes" && has("claims")) return true;
  return false;
}

}  // namespace

std::string FindDataDir() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("ANNALIST_DATA"); env && *env) return env;
#ifdef ANNALIST_SOURCE_DIR
  if (fs::exists(fs::path(ANNALIST_SOURCE_DIR) / "dictionaries") ||
      fs::exists(fs::path(ANNALIST_SOURCE_DIR) / "data")) {
    return ANNALIST_SOURCE_DIR;
  }
#endif
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n > 0) {
    buf[n] = '\0';
    fs::path share = fs::path(buf).parent_path().parent_path() / "share" / "annalist";
    if (fs::exists(share)) return share.string();
  }
  return ".";
}

Status Pipeline::Create(const PipelineOptions& options, std::unique_ptr<Pipeline>* out) {
  auto pipeline = std::make_unique<Pipeline>();
  pipeline->options_ = options;
  if (pipeline->options_.data_dir.empty()) pipeline->options_.data_dir = FindDataDir();
  const PipelineOptions& o = pipeline->options_;
  // Each module with the stage names it adds: a module none of whose stages
  // is needed is not built at all, so `--stages events` does not load the
  // gazetteer or the lexicons.
  using Factory = Status (*)(const PipelineOptions&, Pipeline*);
  struct Module {
    Factory add;
    std::initializer_list<std::string_view> stages;
  };
  const Module modules[] = {
      {AddTextStages, {"segment"}},      {AddCoderStages, {"actors", "clauses", "events"}},
      {AddTimeStages, {"times"}},        {AddPlaceStages, {"places"}},
      {AddQuoteStages, {"quotes"}},      {AddQuantityStages, {"quantities"}},
      {AddClaimStages, {"claims"}},      {AddToneStages, {"tone"}},
  };
  for (const Module& m : modules) {
    bool needed = std::any_of(m.stages.begin(), m.stages.end(),
                              [&](std::string_view name) { return Needed(o.stages, name); });
    if (needed) ANNALIST_RETURN_IF_ERROR(m.add(o, pipeline.get()));
  }
  auto& stages = pipeline->stages_;
  stages.erase(std::remove_if(stages.begin(), stages.end(),
                              [&](const std::unique_ptr<Stage>& s) {
                                return !Needed(o.stages, s->name());
                              }),
               stages.end());
  *out = std::move(pipeline);
  return Status::OK();
}

Status Pipeline::Process(Document* doc) const {
  for (const auto& stage : stages_) {
    Status s = stage->Process(doc);
    if (!s.ok()) {
      s = s.WithContext(std::string(stage->name()));
      doc->error = ArticleError{s.message()};
      return s;
    }
  }
  return Status::OK();
}

}  // namespace annalist
