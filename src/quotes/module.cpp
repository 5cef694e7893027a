// The quotes module: one stage, "quotes" (quote_stage.h).
#include "core/modules.h"
#include "quotes/quote_stage.h"

namespace annalist {

Status AddQuoteStages(const PipelineOptions& options, Pipeline* pipeline) {
  std::unique_ptr<QuoteStage> stage;
  ANNALIST_RETURN_IF_ERROR(QuoteStage::Create(options.data_dir, &stage));
  pipeline->Add(std::move(stage));
  return Status::OK();
}

}  // namespace annalist
