// Pipeline: the ordered list of stages a Document flows through.
//
//   PipelineOptions options;
//   options.dictionaries = "path/to/CAMEO.full.project";   // or "" for ours
//   std::unique_ptr<Pipeline> pipeline;
//   Status s = Pipeline::Create(options, &pipeline);
//   Document doc; doc.text = "...";
//   pipeline->Process(&doc);   // thread-safe; doc.error set on failure
//
// Create() loads every resource (dictionaries, gazetteer, lexicons) once; a
// Pipeline is immutable afterwards and may be shared by any number of threads.
#ifndef ANNALIST_PIPELINE_H_
#define ANNALIST_PIPELINE_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "annalist/document.h"
#include "annalist/stage.h"
#include "annalist/status.h"

namespace annalist {

struct PipelineOptions {
  // A TABARI .project file, or a directory of dictionary files; "" selects
  // annalist's own default dictionaries (data_dir/dictionaries).
  std::string dictionaries;
  // Where annalist's bundled data lives (default dictionaries, tables,
  // gazetteer, lexicons). "" = the directory found by FindDataDir().
  std::string data_dir;
  // Extra .options commands ("SET: CODE ALL") applied after the
  // dictionaries' own .options files, in order.
  std::vector<std::string> coding_options;
  // Stage names to run; empty = all. Stages a listed stage needs still run.
  std::vector<std::string> stages;
  // Called with each problem that does not stop loading, such as a
  // dictionary line TABARI would reject ("CAMEO.verbs:812: duplicate ...").
  std::function<void(const std::string&)> on_warning;
};

class Pipeline {
 public:
  static Status Create(const PipelineOptions& options, std::unique_ptr<Pipeline>* out);

  // Runs every stage in order. On failure the error is also stored in
  // doc->error (with the stage name) and the remaining stages are skipped.
  Status Process(Document* doc) const;

  // Appends a stage; used by the module factories during Create().
  void Add(std::unique_ptr<Stage> stage) { stages_.push_back(std::move(stage)); }
  const std::vector<std::unique_ptr<Stage>>& stages() const { return stages_; }
  const PipelineOptions& options() const { return options_; }

 private:
  PipelineOptions options_;
  std::vector<std::unique_ptr<Stage>> stages_;
};

// Locates annalist's data directory: $ANNALIST_DATA if set, else the source
// tree's directory recorded at build time, else <exe>/../share/annalist.
std::string FindDataDir();

}  // namespace annalist

#endif  // ANNALIST_PIPELINE_H_
