// Calendar arithmetic for resolving relative dates, on Howard Hinnant's date
// library (<date/date.h>, <date/iso_week.h>). Dates here are full (year,
// month and day known) unless said otherwise.
#ifndef ANNALIST_SRC_TIMES_CALENDAR_H_
#define ANNALIST_SRC_TIMES_CALENDAR_H_

#include <string>

#include "annalist/document.h"

namespace annalist::calendar {

bool IsValid(int year, int month, int day);
Date AddDays(Date d, int days);
// ISO weekday, Monday = 1 .. Sunday = 7.
int Weekday(Date d);
// The latest date on or before `ref` falling on `weekday`.
Date OnOrBefore(Date ref, int weekday);
// The first date strictly after `ref` falling on `weekday`.
Date After(Date ref, int weekday);
// ISO 8601 week of `d`, "2004-W53".
std::string IsoWeek(Date d);
// The month `months` away from d's month: {year, month, 0}.
Date AddMonths(Date d, int months);

}  // namespace annalist::calendar

#endif  // ANNALIST_SRC_TIMES_CALENDAR_H_
