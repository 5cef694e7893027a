// Conversions between Document fields and the values stored in rows.
#ifndef ANNALIST_SRC_STORE_ROW_VALUES_H_
#define ANNALIST_SRC_STORE_ROW_VALUES_H_

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "annalist/document.h"
#include "store/sql.h"

namespace annalist::store {

inline SqlValue Flag(bool b) { return int64_t{b ? 1 : 0}; }
inline SqlValue Index(size_t i) { return static_cast<int64_t>(i); }
// A cross reference: NULL for kNone.
inline SqlValue Ref(uint32_t index) {
  return index == kNone ? SqlValue() : SqlValue(int64_t{index});
}
inline SqlValue Optional(const std::optional<double>& v) { return v ? SqlValue(*v) : SqlValue(); }
// Reads a cross reference back: kNone for NULL.
inline uint32_t RefAt(const SqlRow& row, int column) {
  return row.IsNull(column) ? kNone : static_cast<uint32_t>(row.Int(column));
}

// GDELT's SQLDATE form, YYYYMMDD, with 00 for unknown month/day; 0 if unknown.
int64_t DayNumber(const Date& d);
// The last day a possibly partial date can stand for ("2024-07" -> 20240799).
int64_t LastDay(const Date& d);
// The Date of a YYYYMMDD number (inverse of DayNumber).
Date DateOfDay(int64_t day);

std::string Lower(std::string s);
std::string Upper(std::string s);

// Identifies a place within event keys: "islamabad/PAK".
std::string PlaceKey(const Place& p);

// The outlet an article counts as for NumSources: its source, else the host
// of its URL, else "".
std::string Outlet(const Document& doc);

// A claim's party lists with the role names stored in claim_parties.role.
std::array<std::pair<const char*, const std::vector<ClaimParty>*>, 3> ClaimRoles(const Claim& c);
std::vector<ClaimParty>* ClaimRole(Claim* c, const std::string& role);

ActorKind ActorKindFromName(const std::string& name);
PlaceFeature PlaceFeatureFromName(const std::string& name);

}  // namespace annalist::store

#endif  // ANNALIST_SRC_STORE_ROW_VALUES_H_
