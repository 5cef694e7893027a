#include "annalist/document.h"

#include <charconv>
#include <cstdio>

namespace annalist {
namespace {

bool ParseInt(std::string_view s, int* out) {
  if (s.empty()) return false;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

std::string Date::ToString() const {
  if (!known()) return "";
  char buf[16];
  if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

bool Date::Parse(std::string_view s, Date* out) {
  Date d;
  bool digits_only = !s.empty();
  for (char c : s) digits_only = digits_only && c >= '0' && c <= '9';
  if (digits_only && s.size() == 6) {  // TABARI YYMMDD
    int yy, mm, dd;
    if (!ParseInt(s.substr(0, 2), &yy) || !ParseInt(s.substr(2, 2), &mm) ||
        !ParseInt(s.substr(4, 2), &dd)) {
      return false;
    }
    d.year = yy < 50 ? 2000 + yy : 1900 + yy;
    d.month = mm;
    d.day = dd;
  } else {
    if (s.size() < 4 || !ParseInt(s.substr(0, 4), &d.year)) return false;
    if (s.size() > 4) {
      if (s.size() < 7 || s[4] != '-' || !ParseInt(s.substr(5, 2), &d.month)) return false;
      if (s.size() > 7) {
        if (s.size() < 10 || s[7] != '-' || !ParseInt(s.substr(8, 2), &d.day)) return false;
        // Anything after the date must be an RFC 3339 time part.
        if (s.size() > 10 && s[10] != 'T' && s[10] != 't' && s[10] != ' ') return false;
      }
    }
  }
  if (d.year < 1 || d.month < 0 || d.month > 12) return false;
  if (d.day != 0 && (d.month == 0 || d.day < 1 || d.day > DaysInMonth(d.year, d.month))) {
    return false;
  }
  *out = d;
  return true;
}

const char* ActorKindName(ActorKind kind) {
  switch (kind) {
    case ActorKind::kCountry: return "country";
    case ActorKind::kPerson: return "person";
    case ActorKind::kOrganization: return "organization";
    case ActorKind::kArmedGroup: return "armed_group";
    case ActorKind::kIgo: return "igo";
    case ActorKind::kPlaceMetonym: return "place_metonym";
    case ActorKind::kOther: return "other";
  }
  return "other";
}

const char* PlaceFeatureName(PlaceFeature f) {
  switch (f) {
    case PlaceFeature::kCity: return "city";
    case PlaceFeature::kAdmin1: return "admin1";
    case PlaceFeature::kCountry: return "country";
    case PlaceFeature::kRegion: return "region";
  }
  return "city";
}

}  // namespace annalist
