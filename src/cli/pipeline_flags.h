// The options that choose how articles are read and coded, shared by every
// subcommand that runs the pipeline (ingest, recode; `code` has the same).
#ifndef ANNALIST_SRC_CLI_PIPELINE_FLAGS_H_
#define ANNALIST_SRC_CLI_PIPELINE_FLAGS_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <oneapi/tbb/global_control.h>

#include "annalist/pipeline.h"
#include "annalist/record_io.h"

namespace annalist::cli {

struct PipelineFlags {
  std::string input_format = "auto";
  std::string published;
  unsigned threads = 0;  // 0 = every core
  std::string dictionaries;
  std::string stages;  // comma-separated
  std::string data_dir;
};

// Adds --dictionaries, --stages, --data-dir and --threads; with `reading`
// also --input-format and --published.
void AddPipelineFlags(CLI::App* sub, PipelineFlags* flags, bool reading);

Status MakeReaderOptions(const PipelineFlags& flags,
                         const std::function<void(const std::string&)>& warn,
                         ReaderOptions* out);
// Creates the pipeline and checks that every stage named in --stages exists;
// `warn` gets what loading reports without stopping (dictionary lines skipped).
Status MakePipeline(const PipelineFlags& flags,
                    const std::function<void(const std::string&)>& warn,
                    std::unique_ptr<Pipeline>* out);

// The --threads limit (default: every core), applied to TBB for the life of
// the object. Create it before MakePipeline: loading runs in parallel too.
class ThreadLimit {
 public:
  explicit ThreadLimit(const PipelineFlags& flags);
  unsigned threads() const { return threads_; }

 private:
  unsigned threads_;
  tbb::global_control control_;
};

// Opens every input; one that cannot be opened is reported and counted in
// *unopened, and the others are still read.
std::vector<std::unique_ptr<ArticleReader>> OpenInputs(
    const std::vector<std::string>& paths, const ReaderOptions& options,
    const std::function<void(const std::string&)>& report, size_t* unopened);

}  // namespace annalist::cli

#endif  // ANNALIST_SRC_CLI_PIPELINE_FLAGS_H_
