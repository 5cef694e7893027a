// Placeholder until the places stage lands: adds no stage.
#include "core/modules.h"

namespace annalist {

Status AddPlaceStages(const PipelineOptions&, Pipeline*) { return Status::OK(); }

}  // namespace annalist
