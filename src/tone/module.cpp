// Placeholder until the tone stage lands: adds no stage.
#include "core/modules.h"

namespace annalist {

Status AddToneStages(const PipelineOptions&, Pipeline*) { return Status::OK(); }

}  // namespace annalist
