// event_terms: an inverted index over the merged events, so every filter
// that matches many kinds of events ("either side", code prefixes, place name
// or country) is ONE index range already in date order.
//
// A term is "<kind>:<value>"; table event_terms (term, day, event_id) has that
// as its primary key, so `term = ? ORDER BY day DESC, event_id DESC LIMIT n`
// reads n index entries, newest first, and a page never sorts its matches.
//
//   a:PAK a:PAKGOV   actor code prefixes of whole 3-letter CAMEO segments,
//                    source or target (an event carries each term once)
//   s:PAK s:PAKGOV   the same for the source only;  t:...  target only
//   c:PAK            country of the source or the target
//   p:kabul p:afg    place: lower-cased name key, and lower-cased country
//   k:023            the first three digits of the CAMEO code
//   r:02             the CAMEO root;   pl:REQUEST  the PLOVER type
//   d:USA>CHN        the 3-letter prefixes of source and target (dyads)
//
// A query with several such filters reads the smallest term's entries and
// checks the others in event_terms too (its primary key, probed in order),
// so only events passing all of them are read.
// The terms are written twice over, and both must agree exactly:
//   - in SQL over the events rows (InsertEventTerms / DeleteEventTerms), for
//     the migrations that back-fill old stores and for deleting the terms of
//     an event that goes;
//   - in C++ by the writer (NewEventTerms), from the very values it binds
//     into each events row it creates, then inserted sorted by multi-row
//     statements at the end of the transaction: the SQL's UNION of a dozen
//     scans over the new events cost more (35 ms against 29 ms of the
//     writer benchmark's 344; inserting the ~37,500 rows is most of both).
// Both follow the same rules (segment lengths, character counts as SQL's
// length() and substr() count them, ASCII lower-casing as SQLite's lower()),
// and tests/store/event_terms_test.cpp guards their agreement: it stores
// events with awkward codes, places and countries, then compares the rows
// the writer wrote with what the SQL computes for the same events, and
// checks that DeleteEventTerms removes every one. (PostgreSQL's lower() also
// folds non-ASCII letters; the country codes it is applied to are ASCII.)
// A query's other filters are still checked on the events row: a term only
// narrows, it never decides.
// A new kind of term needs a new migration inserting it for the events
// already stored (migration 3 filled the table with the kinds of its time).
#ifndef ANNALIST_SRC_STORE_EVENT_TERMS_H_
#define ANNALIST_SRC_STORE_EVENT_TERMS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annalist/store.h"
#include "store/sql.h"

namespace annalist::store {

// Statements adding / removing the terms of the events rows `e` that satisfy
// `where` (an SQL condition on e, e.g. "e.id > ?", whose parameters the
// caller binds).
std::string InsertEventTerms(const std::string& where);
std::string DeleteEventTerms(const std::string& where);
// Only the d: terms (migration 6 added them to older stores).
std::string InsertDyadTerms(const std::string& where);

// The columns of an events row that its terms are made of, as the writer
// binds them (views, read during the call only).
struct EventTermFields {
  std::string_view source_code, target_code, source_country, target_country;
  std::string_view place_key, place_country, cameo, cameo_root, plover;
};

// The terms of the events a write transaction creates, computed as
// InsertEventTerms' SQL computes them from their rows.
class NewEventTerms {
 public:
  // Records the terms of the new event `event_id` (of day `day`).
  void Add(const EventTermFields& event, int64_t day, int64_t event_id);
  // Inserts them, in the table's key order (duplicates once: an event can
  // carry a term twice, c:PAK between two actors of one country), and
  // forgets them.
  Status Flush(SqlConnection* db);
  // Forgets them unwritten (a rolled-back transaction).
  void Clear() { rows_.clear(); }

 private:
  struct Row {
    std::string term;
    int64_t day, event_id;
    auto operator<=>(const Row&) const = default;
  };
  std::vector<Row> rows_;
};

// The terms of `query`'s filters that have one; the query is driven by the
// one with the fewest entries (SqlStore measures), or by the events table's
// own indexes when there is none.
std::vector<std::string> CandidateTerms(const EventQuery& query);

}  // namespace annalist::store

#endif  // ANNALIST_SRC_STORE_EVENT_TERMS_H_
