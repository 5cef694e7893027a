#include "times/calendar.h"

#include <cstdio>

#include <date/date.h>
#include <date/iso_week.h>

namespace annalist::calendar {
namespace {

date::sys_days ToDays(Date d) {
  return date::sys_days(date::year(d.year) / date::month(d.month) / date::day(d.day));
}

Date FromDays(date::sys_days days) {
  date::year_month_day ymd(days);
  return Date{int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day()))};
}

}  // namespace

bool IsValid(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1) return false;
  return (date::year(year) / date::month(month) / date::day(day)).ok();
}

Date AddDays(Date d, int days) { return FromDays(ToDays(d) + date::days(days)); }

int Weekday(Date d) { return int(date::weekday(ToDays(d)).iso_encoding()); }

Date OnOrBefore(Date ref, int weekday) {
  int back = (Weekday(ref) - weekday + 7) % 7;
  return AddDays(ref, -back);
}

Date After(Date ref, int weekday) {
  int ahead = (weekday - Weekday(ref) + 7) % 7;
  return AddDays(ref, ahead == 0 ? 7 : ahead);
}

std::string IsoWeek(Date d) {
  iso_week::year_weeknum_weekday w(ToDays(d));
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02u", int(w.year()), unsigned(w.weeknum()));
  return buf;
}

Date AddMonths(Date d, int months) {
  int index = d.year * 12 + (d.month - 1) + months;
  return Date{index / 12, index % 12 + 1, 0};
}

}  // namespace annalist::calendar
