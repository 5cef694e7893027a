// The text module: sentence segmentation and tokenization ("segment").
#include "core/modules.h"
#include "text/text_stage.h"

namespace annalist {

Status AddTextStages(const PipelineOptions& options, Pipeline* pipeline) {
  std::unique_ptr<SegmentationRules> rules;
  ANNALIST_RETURN_IF_ERROR(SegmentationRules::LoadDefault(options.data_dir, &rules));
  pipeline->Add(std::make_unique<TextStage>(std::move(rules)));
  return Status::OK();
}

}  // namespace annalist
