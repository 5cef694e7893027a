// event_rollups: the totals behind `--count-by`, kept as events change.
//
// Counting a million events by day, code or dyad means reading every events
// row; instead the writer keeps, per dimension and key, the number of events,
// the sum of their mentions and of their Goldstein scores, in the same
// transaction that changes the events (so they cannot drift apart):
//
//   event_rollups (dimension, key, events, mentions, goldstein_milli)
//     day     "20241114" (the YYYYMMDD day number; weeks and months are
//             summed from days when read)
//     code    "0231"     root "02"     plover "REQUEST"
//     dyad    "PAKGOV>AFGGOV"
//     country "PAK"      (an event counts once per distinct country on it)
//   each also per filter, for the events passing it:
//     "dyad c:PAK"   events with the country PAK on either side
//     "dyad a:PAK"   events with an actor code starting PAK on either side
//   and days per type and root: "day plover:PROTEST", "day root:19".
//
// CountEvents reads them when they alone answer the query: no filter, or one
// --country or 3-letter --actor (any dimension), or one --plover or 2-digit
// --cameo (dates), with a date range for dates only. Otherwise it counts the
// matching events themselves.
// A new dimension or filter needs a new migration refilling the table for
// the events already stored (BackfillRollups is always the current set).
// Goldstein sums are kept in thousandths, as integers, by both ways of
// counting: so their means are exact and agree whatever the order in which
// the events were added up.
#ifndef ANNALIST_SRC_STORE_EVENT_ROLLUPS_H_
#define ANNALIST_SRC_STORE_EVENT_ROLLUPS_H_

#include <string>
#include <string_view>
#include <unordered_map>

#include "annalist/store.h"
#include "store/sql.h"

namespace annalist::store {

// The columns of an events row that RollupChanges::Add reads, in order.
extern const char* const kRollupColumns;

// How one write transaction moves the rollups, summed per key.
class RollupChanges {
 public:
  // One event's change: `row` holds kRollupColumns of its stored row;
  // events is +1 (created), -1 (deleted) or 0, mentions the change in its
  // number of mentions.
  void Add(const SqlRow& row, int64_t events, int64_t mentions);
  // Applies the summed changes (one multi-row upsert) and forgets them.
  Status Flush(SqlConnection* db);

 private:
  struct Change {
    int64_t events = 0, mentions = 0, goldstein_milli = 0;
  };
  // Adds `by` to the change of (dimension + filter, key).
  void Bump(std::string_view dimension, std::string_view filter, std::string_view key,
            const Change& by);

  // Unordered: a batch adds some forty keys per changed event. Keyed by the
  // dimension and the key joined by kKeySeparator, composed in key_: one
  // string to build, hash and compare per key, copied only when the
  // transaction first changes it.
  static constexpr char kKeySeparator = '\0';
  std::unordered_map<std::string, Change> changes_;
  std::string key_;
};

// SQL of `column` (a Goldstein score) in thousandths, as an integer; and of
// its sum.
std::string GoldsteinMilli(const std::string& column);
std::string GoldsteinMilliSum(const std::string& column);

// SQL filling event_rollups from the events table (for the migration).
std::string BackfillRollups();

// The rollup dimension that alone answers CountEvents(query, by), or "" when
// the matching events must be counted.
std::string RollupDimension(const EventQuery& query, CountBy by);

// The rollup rows of `dimension` (within query's date range, for dates):
// calls on_row with key, events, mentions, Goldstein sum in thousandths.
Status ReadRollups(SqlConnection* db, const std::string& dimension, const EventQuery& query,
                   const RowCallback& on_row);

}  // namespace annalist::store

#endif  // ANNALIST_SRC_STORE_EVENT_ROLLUPS_H_
