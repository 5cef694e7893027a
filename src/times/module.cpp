// The times module: one stage, "times" (time_stage.h).
#include <chrono>

#include <date/date.h>

#include "core/modules.h"
#include "times/time_stage.h"

namespace annalist {

Status AddTimeStages(const PipelineOptions& options, Pipeline* pipeline) {
  auto today = date::year_month_day(date::floor<date::days>(std::chrono::system_clock::now()));
  std::unique_ptr<TimeStage> stage;
  ANNALIST_RETURN_IF_ERROR(TimeStage::Create(options.data_dir, int(today.year()), &stage));
  pipeline->Add(std::move(stage));
  return Status::OK();
}

}  // namespace annalist
