// The coder module: loads the TABARI-format dictionaries (a .project file, a
// directory, or annalist's own data_dir/dictionaries) and the CAMEO table, and
// adds the "actors", "clauses" and "events" stages.
#include <filesystem>

#include <oneapi/tbb/parallel_invoke.h>

#include "annalist/cameo.h"
#include "annalist/dictionary.h"
#include "coder/stages.h"
#include "core/modules.h"

namespace annalist {

Status AddCoderStages(const PipelineOptions& options, Pipeline* pipeline) {
  std::string path = options.dictionaries;
  if (path.empty()) {
    path = (std::filesystem::path(options.data_dir) / "dictionaries").string();
    // Without dictionaries there is nothing to code with; the other stages
    // still run.
    if (!std::filesystem::exists(path)) return Status::OK();
  }
  // The two are independent; loading them side by side shortens the serial
  // start of a run.
  std::unique_ptr<Dictionaries> dictionaries;
  std::unique_ptr<CameoTable> cameo;
  Status loaded, cameo_loaded;
  tbb::parallel_invoke(
      [&] { loaded = Dictionaries::Load(path, options.coding_options, &dictionaries); },
      [&] { cameo_loaded = CameoTable::LoadDefault(options.data_dir, &cameo); });
  ANNALIST_RETURN_IF_ERROR(loaded);
  if (options.on_warning) {
    for (const std::string& w : dictionaries->warnings()) options.on_warning(w);
  }
  std::shared_ptr<const Dictionaries> shared(std::move(dictionaries));
  std::shared_ptr<const CameoTable> shared_cameo;
  if (cameo_loaded.ok()) shared_cameo = std::move(cameo);

  pipeline->Add(NewActorsStage(shared));
  pipeline->Add(NewClausesStage(shared));
  pipeline->Add(NewEventsStage(shared, shared_cameo));
  return Status::OK();
}

}  // namespace annalist
