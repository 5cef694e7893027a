// The quantities module: one stage, "quantities" (quantity_stage.h).
#include "core/modules.h"
#include "quantities/quantity_stage.h"

namespace annalist {

Status AddQuantityStages(const PipelineOptions& options, Pipeline* pipeline) {
  std::unique_ptr<QuantityStage> stage;
  ANNALIST_RETURN_IF_ERROR(QuantityStage::Create(options.data_dir, &stage));
  pipeline->Add(std::move(stage));
  return Status::OK();
}

}  // namespace annalist
