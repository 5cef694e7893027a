// Placeholder until the quantities stage lands: adds no stage.
#include "core/modules.h"

namespace annalist {

Status AddQuantityStages(const PipelineOptions&, Pipeline*) { return Status::OK(); }

}  // namespace annalist
