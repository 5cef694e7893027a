// TimeRecognizer: finds one time expression at a token and gives its TIMEX3
// value, resolved against the publication date.
//
// Bare weekdays and months point back or forward according to the sentence
// (TimeContext::direction): "on Wednesday Mr Straw said" is the Wednesday
// before publication, "will publish it on Monday" the Monday after. Past:
// the latest such day on or before publication; future: the next one after
// it; present tense: a weekday reads as past (news reports what happened),
// a month or day-and-month as the nearest one. See docs/extraction.md.
#ifndef ANNALIST_SRC_TIMES_TIME_RECOGNIZER_H_
#define ANNALIST_SRC_TIMES_TIME_RECOGNIZER_H_

#include <string>
#include <vector>

#include "extract/lexical.h"
#include "extract/phrase_lists.h"

namespace annalist {

enum class Direction : uint8_t { kPast, kPresent, kFuture };

struct TimeContext {
  Date published;           // may be unknown: then only absolute dates resolve
  Direction direction = Direction::kPresent;
  int anchor_year = 0;      // the latest year written out so far, 0 if none
};

struct TimeMatch {
  TokenRange tokens;
  std::string value;  // TIMEX3 value
  std::string type;   // "DATE" or "DURATION"
  Date date;          // the date when the value is one (for Event::date)
  bool explicit_year = false;
};

class TimeRecognizer {
 public:
  // Loads data/extract/{time-words,numbers}.txt under `data_dir`.
  static Status Load(const std::string& data_dir, TimeRecognizer* out);

  // The time expression starting at token i (before `end`); false if none.
  bool Match(const Document& doc, uint32_t i, uint32_t end, const TimeContext& context,
             TimeMatch* out) const;

  // The tense markers of a sentence (modals, past verbs, "since"), in order.
  struct TenseMarker {
    uint32_t token;
    Direction direction;
  };
  std::vector<TenseMarker> TenseMarkers(const Document& doc, const Sentence& s) const;
  // Whether an expression at token `at` points back or forward: the nearest
  // marker decides ("warned on Thursday that it would": Thursday is past).
  static Direction DirectionAt(const std::vector<TenseMarker>& markers, uint32_t at);

  // A weekday with a day and month ("Thursday, November 14") starting at i:
  // its weekday, month and day; false if none. Used to infer the year of
  // publication when the input has no date.
  bool WeekdayDayMonth(const Document& doc, uint32_t i, uint32_t end, int* weekday, int* month,
                       int* day, uint32_t* length) const;

 private:
  struct DayMonth {
    int day = 0, month = 0, year = 0;
    uint32_t length = 0;
  };
  // Whether a time expression can start at token i: a number, a hyphenated
  // word ("two-year"), a word of the lists, or a word that opens a relative
  // date before one ("in recent years", "the following year"). Most tokens
  // fail it with two lookups, and are then spared the dozen that the matchers
  // below would make; each matcher's first token must pass it.
  bool MayStartTime(const Document& doc, uint32_t i, uint32_t end) const;
  bool IsRegularPast(const Document& doc, const Sentence& s, uint32_t t) const;
  int MonthAt(const Document& doc, uint32_t i, uint32_t end, bool* abbreviated) const;
  int DayAt(const Document& doc, uint32_t i, uint32_t end) const;
  int YearAt(const Document& doc, uint32_t i, uint32_t end) const;
  bool ReadDayMonth(const Document& doc, uint32_t i, uint32_t end, DayMonth* out) const;

  bool MatchDated(const Document& doc, uint32_t i, uint32_t end, const TimeContext& c,
                  TimeMatch* out) const;
  bool MatchRelative(const Document& doc, uint32_t i, uint32_t end, const TimeContext& c,
                     TimeMatch* out) const;
  bool MatchBareName(const Document& doc, uint32_t i, uint32_t end, const TimeContext& c,
                     TimeMatch* out) const;
  bool MatchNumeric(const Document& doc, uint32_t i, uint32_t end, TimeMatch* out) const;

  PhraseLists words_;
  PhraseLists numbers_;
};

}  // namespace annalist

#endif  // ANNALIST_SRC_TIMES_TIME_RECOGNIZER_H_
