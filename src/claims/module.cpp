// The claims module: one stage, "claims" (claim_stage.h).
#include "claims/claim_stage.h"
#include "core/modules.h"

namespace annalist {

Status AddClaimStages(const PipelineOptions& options, Pipeline* pipeline) {
  std::unique_ptr<ClaimStage> stage;
  ANNALIST_RETURN_IF_ERROR(ClaimStage::Create(options.data_dir, &stage));
  pipeline->Add(std::move(stage));
  return Status::OK();
}

}  // namespace annalist
