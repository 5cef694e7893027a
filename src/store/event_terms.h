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
// The terms are computed in SQL from the events rows (one statement shared by
// the writer, the migration that back-fills old stores and deletion), so the
// index cannot disagree with the columns it indexes. A query's other filters
// are still checked on the events row: a term only narrows, it never decides.
// A new kind of term needs a new migration inserting it for the events
// already stored (migration 3 filled the table with the kinds of its time).
#ifndef ANNALIST_SRC_STORE_EVENT_TERMS_H_
#define ANNALIST_SRC_STORE_EVENT_TERMS_H_

#include <string>
#include <vector>

#include "annalist/store.h"

namespace annalist::store {

// Statements adding / removing the terms of the events rows `e` that satisfy
// `where` (an SQL condition on e, e.g. "e.id > ?", whose parameters the
// caller binds).
std::string InsertEventTerms(const std::string& where);
std::string DeleteEventTerms(const std::string& where);
// Only the d: terms (migration 6 added them to older stores).
std::string InsertDyadTerms(const std::string& where);

// The terms of `query`'s filters that have one; the query is driven by the
// one with the fewest entries (SqlStore measures), or by the events table's
// own indexes when there is none.
std::vector<std::string> CandidateTerms(const EventQuery& query);

}  // namespace annalist::store

#endif  // ANNALIST_SRC_STORE_EVENT_TERMS_H_
