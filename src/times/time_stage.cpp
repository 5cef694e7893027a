#include "times/time_stage.h"

#include <algorithm>
#include <cstdlib>

#include "times/calendar.h"

namespace annalist {
namespace {

// How far back from `this_year` a weekday-date may be placed.
constexpr int kInferenceYears = 30;

}  // namespace

Status TimeStage::Create(const std::string& data_dir, int this_year,
                         std::unique_ptr<TimeStage>* out) {
  auto stage = std::unique_ptr<TimeStage>(new TimeStage());
  ANNALIST_RETURN_IF_ERROR(TimeRecognizer::Load(data_dir, &stage->recognizer_));
  stage->this_year_ = this_year;
  *out = std::move(stage);
  return Status::OK();
}

void TimeStage::InferPublished(Document* doc) const {
  Date latest;
  for (const Sentence& s : doc->sentences) {
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      int weekday, month, day;
      uint32_t length;
      if (!recognizer_.WeekdayDayMonth(*doc, t, s.end_token, &weekday, &month, &day, &length)) {
        continue;
      }
      for (int y = this_year_; y > this_year_ - kInferenceYears; --y) {
        if (calendar::IsValid(y, month, day) && calendar::Weekday(Date{y, month, day}) == weekday) {
          if (Date{y, month, day} > latest) latest = Date{y, month, day};
          break;
        }
      }
      t += length - 1;
    }
  }
  if (!latest.known()) return;
  // A report comes out on or after the latest day it names.
  doc->published = latest;
  doc->published_inferred = true;
}

Status TimeStage::Process(Document* doc) const {
  doc->times.clear();
  if (!doc->published.known()) InferPublished(doc);
  TimeContext context;
  context.published = doc->published;
  for (const Sentence& s : doc->sentences) {
    std::vector<TimeRecognizer::TenseMarker> markers = recognizer_.TenseMarkers(*doc, s);
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      context.direction = TimeRecognizer::DirectionAt(markers, t);
      TimeMatch m;
      if (!recognizer_.Match(*doc, t, s.end_token, context, &m)) continue;
      if (m.explicit_year && m.date.known()) context.anchor_year = m.date.year;
      doc->times.push_back(TimeExpr{SpanOf(*doc, m.tokens), m.value, m.type});
      t = m.tokens.end - 1;
    }
  }
  AssignEventDates(doc);
  return Status::OK();
}

void AssignEventDates(Document* doc) {
  for (Event& e : doc->events) {
    if (e.sentence == kNone || e.sentence >= doc->sentences.size()) continue;
    Span sentence = doc->sentences[e.sentence].span;
    uint32_t verb = e.evidence.span.empty() ? sentence.begin : e.evidence.span.begin;
    uint32_t best_distance = UINT32_MAX;
    // Times are in text order: start at the sentence's first.
    auto first = std::lower_bound(
        doc->times.begin(), doc->times.end(), sentence.begin,
        [](const TimeExpr& t, uint32_t b) { return t.span.begin < b; });
    for (auto it = first; it != doc->times.end() && it->span.begin < sentence.end; ++it) {
      const TimeExpr& t = *it;
      Date d;
      if (t.type != "DATE" || !Contains(sentence, t.span) || !Date::Parse(t.value, &d)) continue;
      uint32_t distance = t.span.begin > verb ? t.span.begin - verb : verb - t.span.begin;
      if (distance < best_distance) {
        best_distance = distance;
        e.date = d;
      }
    }
  }
}

}  // namespace annalist
