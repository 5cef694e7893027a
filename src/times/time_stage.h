// TimeStage ("times"): time expressions with TIMEX3 values resolved against
// Document::published, the publication date inferred from the text when the
// input has none, and Event::date for events whose sentence names a date.
// See docs/extraction.md for the resolution conventions.
#ifndef ANNALIST_SRC_TIMES_TIME_STAGE_H_
#define ANNALIST_SRC_TIMES_TIME_STAGE_H_

#include <memory>
#include <string>

#include "annalist/stage.h"
#include "times/time_recognizer.h"

namespace annalist {

class TimeStage : public Stage {
 public:
  // `this_year` bounds the inferred publication year (the year fixed by a
  // weekday with day and month is the latest one not after it).
  static Status Create(const std::string& data_dir, int this_year,
                       std::unique_ptr<TimeStage>* out);

  std::string_view name() const override { return "times"; }
  Status Process(Document* doc) const override;

 private:
  // Sets doc->published from "Thursday, November 14"-like dates when the
  // input had no date.
  void InferPublished(Document* doc) const;

  TimeRecognizer recognizer_;
  int this_year_ = 0;
};

// Event::date from the nearest resolved calendar date in the event's
// sentence; events in sentences without one keep the date they have.
void AssignEventDates(Document* doc);

}  // namespace annalist

#endif  // ANNALIST_SRC_TIMES_TIME_STAGE_H_
