// event_rollups: the store-wide totals behind `--count-by` without filters.
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
//     day c:PAK, day a:PAK, day plover:PROTEST, day root:19
//             days of the events with that country, or an actor code
//             starting with that country code, on either side; of one
//             PLOVER type; of one CAMEO root (the dashboard's timelines)
//     plover c:PAK, dyad c:PAK, country c:PAK
//             types, dyads and countries of the events with that country
//             on either side (the dashboard's other views, by country)
//
// CountEvents reads them when they alone answer the query: no filter; for
// date buckets one of --country, a 3-letter --actor, --plover or a 2-digit
// --cameo, and a date range; for types, dyads and countries a --country.
// Otherwise it counts the matching events themselves.
// A new dimension needs a new migration filling it for the events already
// stored (migration 4 filled the table with the dimensions of its time).
// Goldstein sums are kept in thousandths, as integers, by both ways of
// counting: so their means are exact and agree whatever the order in which
// the events were added up.
#ifndef ANNALIST_SRC_STORE_EVENT_ROLLUPS_H_
#define ANNALIST_SRC_STORE_EVENT_ROLLUPS_H_

#include <map>
#include <string>
#include <utility>

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
  std::map<std::pair<std::string, std::string>, Change> changes_;
};

// SQL summing `column` (a Goldstein score) in thousandths, as an integer.
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
