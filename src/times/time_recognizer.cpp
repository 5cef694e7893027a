#include "times/time_recognizer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "extract/numbers.h"
#include "times/calendar.h"

namespace annalist {
namespace {

constexpr std::string_view kMonthContext[] = {"IN", "SINCE", "BY", "UNTIL", "EARLY", "LATE",
                                              "OF", "DURING", "MID", "END", "FROM", "TO"};

int ToInt(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

std::string FormatNumber(double v) {
  char buf[32];
  if (v == std::floor(v)) {
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
  } else {
    std::snprintf(buf, sizeof buf, "%g", v);
  }
  return buf;
}

std::string Duration(double n, std::string_view unit) {
  if (unit == "H") return "PT" + FormatNumber(n) + "H";
  if (unit == "MIN") return "PT" + FormatNumber(n) + "M";
  return "P" + FormatNumber(n) + std::string(unit);
}

void SetDate(Date d, TokenRange tokens, TimeMatch* out) {
  out->tokens = tokens;
  out->value = d.ToString();
  out->type = "DATE";
  out->date = d;
}

// The year of month `month` as seen from `published` in `direction`.
int YearOfMonth(int month, Date published, Direction direction) {
  int y = published.year;
  switch (direction) {
    case Direction::kPast: return month <= published.month ? y : y - 1;
    case Direction::kFuture: return month >= published.month ? y : y + 1;
    case Direction::kPresent:
      if (month - published.month > 6) return y - 1;
      if (published.month - month > 6) return y + 1;
      return y;
  }
  return y;
}

// The date of day/month as seen from `published` in `direction`.
Date ResolveDayMonth(int day, int month, Date published, Direction direction) {
  auto in_year = [&](int y) {
    return calendar::IsValid(y, month, day) ? Date{y, month, day} : Date{};
  };
  Date same = in_year(published.year);
  if (!same.known()) return Date{};
  if (direction == Direction::kPast && same > published) return in_year(published.year - 1);
  if (direction == Direction::kFuture && same < published) return in_year(published.year + 1);
  if (direction == Direction::kPresent) {
    return in_year(YearOfMonth(month, published, direction));
  }
  return same;
}

}  // namespace

Status TimeRecognizer::Load(const std::string& data_dir, TimeRecognizer* out) {
  ANNALIST_RETURN_IF_ERROR(
      PhraseLists::Load(ExtractDataFile(data_dir, "time-words.txt"), &out->words_));
  return PhraseLists::Load(ExtractDataFile(data_dir, "numbers.txt"), &out->numbers_);
}

std::vector<TimeRecognizer::TenseMarker> TimeRecognizer::TenseMarkers(const Document& doc,
                                                                      const Sentence& s) const {
  std::vector<TenseMarker> markers;
  for (uint32_t t = s.first_token; t < s.end_token; ++t) {
    static constexpr std::string_view kTenses[] = {"future", "past"};
    std::string_view tense = words_.SectionOf(kTenses, doc.tokens[t].norm);
    if (tense == "future") {
      markers.push_back(TenseMarker{t, Direction::kFuture});
    } else if (tense == "past" || IsRegularPast(doc, s, t)) {
      markers.push_back(TenseMarker{t, Direction::kPast});
    }
  }
  return markers;
}

Direction TimeRecognizer::DirectionAt(const std::vector<TenseMarker>& markers, uint32_t at) {
  uint32_t best = UINT32_MAX;
  Direction direction = Direction::kPresent;
  for (const TenseMarker& m : markers) {
    uint32_t distance = m.token > at ? m.token - at : at - m.token;
    if (distance < best || (distance == best && m.direction == Direction::kFuture)) {
      best = distance;
      direction = m.direction;
    }
  }
  return direction;
}

// A lower-case word in -ED that is not a passive participle ("is due to be
// lifted", "being balloted"): those say nothing of when.
bool TimeRecognizer::IsRegularPast(const Document& doc, const Sentence& s, uint32_t t) const {
  const Token& tok = doc.tokens[t];
  if (tok.kind != TokenKind::kWord || tok.capitalized || tok.norm.size() < 5 ||
      !tok.norm.ends_with("ED")) {
    return false;
  }
  static constexpr std::string_view kBe[] = {"IS", "ARE", "BE", "BEEN", "BEING", "AM"};
  for (uint32_t b = t; b > s.first_token && t - b < 3;) {
    --b;
    if (std::find(std::begin(kBe), std::end(kBe), doc.tokens[b].norm) != std::end(kBe)) {
      return false;
    }
  }
  return true;
}

int TimeRecognizer::MonthAt(const Document& doc, uint32_t i, uint32_t end,
                            bool* abbreviated) const {
  if (i >= end || !doc.tokens[i].capitalized) return 0;
  std::string_view v = words_.ValueOf("month", doc.tokens[i].norm);
  if (v.empty()) return 0;
  *abbreviated = doc.tokens[i].norm.size() <= 4 && doc.tokens[i].norm != "MAY" &&
                 doc.tokens[i].norm != "JUNE" && doc.tokens[i].norm != "JULY";
  if (*abbreviated && i + 1 < end && doc.tokens[i + 1].norm != "." &&
      doc.tokens[i + 1].kind != TokenKind::kNumber) {
    return 0;  // "Jan" must be "Jan." or "Jan 5"
  }
  return ToInt(v);
}

int TimeRecognizer::DayAt(const Document& doc, uint32_t i, uint32_t end) const {
  if (i >= end) return 0;
  NumberMatch n = ReadNumber(doc, numbers_, i, end);
  if (n.length != 1 || !n.digits || !n.suffix.empty() || n.multiplied) return 0;
  if (n.value < 1 || n.value > 31 || n.value != std::floor(n.value)) return 0;
  return static_cast<int>(n.value);
}

int TimeRecognizer::YearAt(const Document& doc, uint32_t i, uint32_t end) const {
  if (i >= end || doc.tokens[i].kind != TokenKind::kNumber) return 0;
  const std::string& norm = doc.tokens[i].norm;
  if (norm.size() != 4) return 0;
  for (char c : norm) {
    if (c < '0' || c > '9') return 0;
  }
  int y = ToInt(norm);
  return y >= 1000 && y <= 2999 ? y : 0;
}

bool TimeRecognizer::ReadDayMonth(const Document& doc, uint32_t i, uint32_t end,
                                  DayMonth* out) const {
  bool abbreviated = false;
  DayMonth dm;
  uint32_t j;
  if (int day = DayAt(doc, i, end); day != 0) {  // "14 November"
    dm.month = MonthAt(doc, i + 1, end, &abbreviated);
    if (dm.month == 0) return false;
    dm.day = day;
    j = i + 2;
  } else {  // "November 14"
    dm.month = MonthAt(doc, i, end, &abbreviated);
    if (dm.month == 0) return false;
    j = i + 1;
    if (abbreviated && j < end && doc.tokens[j].norm == ".") ++j;
    dm.day = DayAt(doc, j, end);
    if (dm.day == 0) return false;
    ++j;
  }
  if (abbreviated && j < end && doc.tokens[j].norm == "." && j == i + 2) ++j;
  uint32_t y = j < end && IsPunct(doc.tokens[j], ",") ? j + 1 : j;
  if (int year = YearAt(doc, y, end); year != 0) {
    dm.year = year;
    j = y + 1;
  }
  if (!calendar::IsValid(dm.year ? dm.year : 2000, dm.month, dm.day)) return false;
  dm.length = j - i;
  *out = dm;
  return true;
}

bool TimeRecognizer::WeekdayDayMonth(const Document& doc, uint32_t i, uint32_t end,
                                     int* weekday, int* month, int* day,
                                     uint32_t* length) const {
  if (!doc.tokens[i].capitalized) return false;
  std::string_view w = words_.ValueOf("weekday", doc.tokens[i].norm);
  if (w.empty()) return false;
  uint32_t j = i + 1;
  if (j < end && IsPunct(doc.tokens[j], ",")) ++j;
  DayMonth dm;
  if (!ReadDayMonth(doc, j, end, &dm) || dm.year != 0) return false;
  *weekday = ToInt(w);
  *month = dm.month;
  *day = dm.day;
  *length = j + dm.length - i;
  return true;
}

bool TimeRecognizer::MatchDated(const Document& doc, uint32_t i, uint32_t end,
                                const TimeContext& c, TimeMatch* out) const {
  const Token& tok = doc.tokens[i];
  int weekday = tok.capitalized ? ToInt(words_.ValueOf("weekday", tok.norm)) : 0;
  uint32_t j = i;
  if (weekday != 0) {
    j = i + 1;
    if (j < end && IsPunct(doc.tokens[j], ",")) ++j;
  }
  DayMonth dm;
  if (ReadDayMonth(doc, j, end, &dm)) {
    Date d;
    if (dm.year != 0) {
      d = Date{dm.year, dm.month, dm.day};
      out->explicit_year = true;
    } else if (!c.published.known()) {
      return false;
    } else if (weekday != 0) {
      // The weekday fixes the year: the nearest year where it matches.
      for (int delta : {0, -1, 1}) {
        Date candidate{c.published.year + delta, dm.month, dm.day};
        if (calendar::IsValid(candidate.year, dm.month, dm.day) &&
            calendar::Weekday(candidate) == weekday) {
          d = candidate;
          break;
        }
      }
      if (!d.known()) d = ResolveDayMonth(dm.day, dm.month, c.published, c.direction);
    } else {
      d = ResolveDayMonth(dm.day, dm.month, c.published, c.direction);
    }
    if (!d.known()) return false;
    SetDate(d, TokenRange{i, j + dm.length}, out);
    return true;
  }
  if (weekday != 0) return false;
  bool abbreviated = false;
  int month = MonthAt(doc, i, end, &abbreviated);
  uint32_t y = i + 1 + (abbreviated && i + 1 < end && doc.tokens[i + 1].norm == "." ? 1 : 0);
  int year = month != 0 ? YearAt(doc, y, end) : 0;
  if (year == 0) return false;  // "August 2021"
  SetDate(Date{year, month, 0}, TokenRange{i, y + 1}, out);
  out->explicit_year = true;
  return true;
}

bool TimeRecognizer::MatchRelative(const Document& doc, uint32_t i, uint32_t end,
                                   const TimeContext& c, TimeMatch* out) const {
  const std::string& norm = doc.tokens[i].norm;
  uint32_t next = i + 1;
  // "in recent years": a reference to the past, PAST_REF.
  uint32_t recent = norm == "IN" ? next : i;
  if (recent + 1 < end && words_.Contains("recent", doc.tokens[recent].norm) &&
      !words_.ValueOf("unit", doc.tokens[recent + 1].norm).empty()) {
    out->tokens = TokenRange{i, recent + 2};
    out->value = "PAST_REF";
    out->type = "DATE";
    return true;
  }
  // "the following year": the year after the last one written out.
  if (norm == "THE" && next + 1 < end && BaseForm(doc.tokens[next + 1].norm) == "YEAR") {
    std::string_view shift = words_.ValueOf("year-shift", doc.tokens[next].norm);
    if (shift.empty() || c.anchor_year == 0) return false;
    SetDate(Date{c.anchor_year + ToInt(shift), 0, 0}, TokenRange{i, next + 2}, out);
    return true;
  }
  if (!c.published.known()) return false;
  const Date& p = c.published;
  if (std::string_view offset = words_.ValueOf("day-offset", norm); !offset.empty()) {
    SetDate(calendar::AddDays(p, ToInt(offset)), TokenRange{i, next}, out);
    return true;
  }
  int step = norm == "THIS" ? 0 : norm == "LAST" ? -1 : norm == "NEXT" ? 1 : 2;
  if (step == 2 || next >= end) return false;
  const Token& what = doc.tokens[next];
  std::string_view period = BaseForm(what.norm);
  TokenRange span{i, next + 1};
  if (period == "WEEK" || period == "WEEKEND") {
    out->tokens = span;
    out->value = calendar::IsoWeek(calendar::AddDays(p, 7 * step)) +
                 (period == "WEEKEND" ? "-WE" : "");
    out->type = "DATE";
    return true;
  }
  if (period == "MONTH") {
    SetDate(calendar::AddMonths(p, step), span, out);
    return true;
  }
  if (period == "YEAR") {
    SetDate(Date{p.year + step, 0, 0}, span, out);
    return true;
  }
  if (int weekday = ToInt(words_.ValueOf("weekday", what.norm)); weekday != 0) {
    Date d = step < 0   ? calendar::OnOrBefore(calendar::AddDays(p, -1), weekday)
             : step > 0 ? calendar::After(p, weekday)
             : c.direction == Direction::kFuture ? calendar::After(p, weekday)
                                                 : calendar::OnOrBefore(p, weekday);
    SetDate(d, span, out);
    return true;
  }
  if (int month = ToInt(words_.ValueOf("month", what.norm)); month != 0 && what.capitalized) {
    int year = step < 0   ? (month < p.month ? p.year : p.year - 1)
               : step > 0 ? (month > p.month ? p.year : p.year + 1)
                          : p.year;
    SetDate(Date{year, month, 0}, span, out);
    return true;
  }
  return false;
}

bool TimeRecognizer::MatchBareName(const Document& doc, uint32_t i, uint32_t end,
                                   const TimeContext& c, TimeMatch* out) const {
  const Token& tok = doc.tokens[i];
  if (!tok.capitalized || !c.published.known()) return false;
  const std::string& before = i > 0 ? doc.tokens[i - 1].norm : "";
  Direction direction = before == "SINCE" ? Direction::kPast : c.direction;
  if (int weekday = ToInt(words_.ValueOf("weekday", tok.norm)); weekday != 0) {
    Date d = direction == Direction::kFuture ? calendar::After(c.published, weekday)
                                             : calendar::OnOrBefore(c.published, weekday);
    SetDate(d, TokenRange{i, i + 1}, out);
    return true;
  }
  bool abbreviated = false;
  int month = MonthAt(doc, i, end, &abbreviated);
  if (month == 0 || abbreviated) return false;
  // "May" is a month only where a month is expected.
  if (tok.norm == "MAY" && std::find(std::begin(kMonthContext), std::end(kMonthContext),
                                     before) == std::end(kMonthContext)) {
    return false;
  }
  SetDate(Date{YearOfMonth(month, c.published, direction), month, 0}, TokenRange{i, i + 1},
          out);
  return true;
}

bool TimeRecognizer::MatchNumeric(const Document& doc, uint32_t i, uint32_t end,
                                  TimeMatch* out) const {
  const Token& tok = doc.tokens[i];
  // "two-year": a number word and a unit in one hyphenated word.
  if (size_t dash = tok.norm.find('-'); tok.kind == TokenKind::kWord && dash != std::string::npos) {
    std::string_view n = numbers_.ValueOf("number", tok.norm.substr(0, dash));
    std::string rest = tok.norm.substr(dash + 1);
    std::string_view unit = words_.ValueOf("unit", rest.substr(0, rest.find('-')));
    if (n.empty() || unit.empty()) return false;
    out->tokens = TokenRange{i, i + 1};
    out->value = Duration(std::atof(std::string(n).c_str()), unit);
    out->type = "DURATION";
    return true;
  }
  NumberMatch n = ReadNumber(doc, numbers_, i, end);
  if (n.length == 0 || n.value <= 0) return false;
  uint32_t after = i + n.length;
  if (n.ordinal && after < end && BaseForm(doc.tokens[after].norm) == "CENTURY") {  // "20th century"
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d", static_cast<int>(n.value) - 1);
    out->tokens = TokenRange{i, after + 1};
    out->value = buf;
    out->type = "DATE";
    return true;
  }
  if (n.digits && n.suffix == "S" && n.value >= 1000 && n.value < 3000 &&
      std::fmod(n.value, 10) == 0) {  // "1990s"
    out->tokens = TokenRange{i, after};
    out->value = FormatNumber(n.value / 10);
    out->type = "DATE";
    return true;
  }
  std::string_view unit;
  uint32_t span_end = after;
  if (!n.suffix.empty()) {
    unit = words_.ValueOf("unit", n.suffix.substr(0, n.suffix.find('-')));
  } else if (after < end) {
    unit = words_.ValueOf("unit", doc.tokens[after].norm);
    span_end = after + 1;
  }
  if (!unit.empty() && !n.ordinal) {
    out->tokens = TokenRange{i, span_end};
    out->value = Duration(n.value, unit);
    out->type = "DURATION";
    return true;
  }
  int year = n.length == 1 ? YearAt(doc, i, end) : 0;
  bool money = i > 0 && (doc.tokens[i - 1].norm == "$" || doc.SpanText(doc.tokens[i - 1].span) ==
                                                              "\xC2\xA3" ||
                         doc.SpanText(doc.tokens[i - 1].span) == "\xE2\x82\xAC");
  if (year == 0 || money) return false;
  SetDate(Date{year, 0, 0}, TokenRange{i, i + 1}, out);
  out->explicit_year = true;
  return true;
}

bool TimeRecognizer::MayStartTime(const Document& doc, uint32_t i, uint32_t end) const {
  const Token& tok = doc.tokens[i];
  if (MayStartNumber(tok, numbers_) || words_.StartsPhrase(tok.norm)) return true;
  // A relative date opened by a function word goes on with a word of the
  // lists: "in recent years", "the following year", "this week" ([period]),
  // "last Monday", "next March". Checking that spares the matchers the many
  // "the" and "in" of a text.
  static constexpr std::string_view kOpeners[] = {"IN", "THE", "THIS", "LAST", "NEXT"};
  return std::find(std::begin(kOpeners), std::end(kOpeners), tok.norm) != std::end(kOpeners) &&
         i + 1 < end && words_.StartsPhrase(doc.tokens[i + 1].norm);
}

bool TimeRecognizer::Match(const Document& doc, uint32_t i, uint32_t end,
                           const TimeContext& context, TimeMatch* out) const {
  if (!MayStartTime(doc, i, end)) return false;
  *out = TimeMatch{};
  return MatchDated(doc, i, end, context, out) || MatchRelative(doc, i, end, context, out) ||
         MatchBareName(doc, i, end, context, out) || MatchNumeric(doc, i, end, out);
}

}  // namespace annalist
