// Placeholder until the quotes stage lands: adds no stage.
#include "core/modules.h"

namespace annalist {

Status AddQuoteStages(const PipelineOptions&, Pipeline*) { return Status::OK(); }

}  // namespace annalist
