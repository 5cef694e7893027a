// The coder module: loads the TABARI-format dictionaries (a .project file, a
// directory, or annalist's own data_dir/dictionaries) and the CAMEO table, and
// adds the "actors", "clauses" and "events" stages.
#include <filesystem>

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
  std::unique_ptr<Dictionaries> dictionaries;
  ANNALIST_RETURN_IF_ERROR(Dictionaries::Load(path, options.coding_options, &dictionaries));
  std::shared_ptr<const Dictionaries> shared(std::move(dictionaries));

  std::unique_ptr<CameoTable> cameo;
  std::shared_ptr<const CameoTable> shared_cameo;
  if (CameoTable::LoadDefault(options.data_dir, &cameo).ok()) shared_cameo = std::move(cameo);

  pipeline->Add(NewActorsStage(shared));
  pipeline->Add(NewClausesStage(shared));
  pipeline->Add(NewEventsStage(shared, shared_cameo));
  return Status::OK();
}

}  // namespace annalist
