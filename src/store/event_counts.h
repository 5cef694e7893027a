// The merged counts of events (GDELT's NumMentions, NumArticles, NumSources,
// the mean tone and the first mention), kept in the events rows.
//
// They are recomputed from the mentions rather than incremented, so
// re-coding an article (which removes mentions) and adding one share the
// same code path and can never drift. The mentions are read in one statement,
// with their events' rollup columns, and tallied here; the events rows are
// rewritten from a VALUES list. SQL computing each event's counts in a
// correlated subquery (two DISTINCT sets per event) cost the writer five
// times as much, and returning the rollup columns from the UPDATE twice as
// much as the UPDATE.
#ifndef ANNALIST_SRC_STORE_EVENT_COUNTS_H_
#define ANNALIST_SRC_STORE_EVENT_COUNTS_H_

#include <cstdint>
#include <functional>
#include <vector>

#include "store/sql.h"

namespace annalist::store {

// Called once per refreshed event with a row whose first columns are the
// events row's kRollupColumns (store/event_rollups.h), its id, and whether it
// has no mentions left (re-coding removed them all).
using RefreshedEvent =
    std::function<void(const SqlRow& rollup_columns, int64_t id, bool orphaned)>;

// Recomputes the counts of `events`. Those named by the mentions whose id is
// above `new_mentions_after` are read in one statement; any other (an event
// that only lost mentions) one by one.
Status RefreshEventCounts(SqlConnection* db, const std::vector<int64_t>& events,
                          int64_t new_mentions_after, const RefreshedEvent& on_event);

}  // namespace annalist::store

#endif  // ANNALIST_SRC_STORE_EVENT_COUNTS_H_
