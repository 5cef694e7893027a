// The factories through which each module adds its stages to a Pipeline.
//
// Pipeline::Create() calls them in this order; each lives in its module's
// folder and may load that module's resources (dictionaries, gazetteer,
// lexicon) from options.data_dir. A module that has nothing to add for the
// given options returns OK without adding a stage.
#ifndef ANNALIST_SRC_CORE_MODULES_H_
#define ANNALIST_SRC_CORE_MODULES_H_

#include "annalist/pipeline.h"

namespace annalist {

Status AddTextStages(const PipelineOptions& options, Pipeline* pipeline);      // src/text
Status AddCoderStages(const PipelineOptions& options, Pipeline* pipeline);     // src/coder
Status AddTimeStages(const PipelineOptions& options, Pipeline* pipeline);      // src/times
Status AddPlaceStages(const PipelineOptions& options, Pipeline* pipeline);     // src/places
Status AddQuoteStages(const PipelineOptions& options, Pipeline* pipeline);     // src/quotes
Status AddQuantityStages(const PipelineOptions& options, Pipeline* pipeline);  // src/quantities
Status AddClaimStages(const PipelineOptions& options, Pipeline* pipeline);     // src/claims
Status AddToneStages(const PipelineOptions& options, Pipeline* pipeline);      // src/tone

}  // namespace annalist

#endif  // ANNALIST_SRC_CORE_MODULES_H_
