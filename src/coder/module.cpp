// Placeholder until the coder stage lands: adds no stage.
#include "core/modules.h"

namespace annalist {

Status AddCoderStages(const PipelineOptions&, Pipeline*) { return Status::OK(); }

}  // namespace annalist
