#include "store/event_counts.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <set>
#include <string>

#include "store/event_rollups.h"
#include "store/row_buffer.h"

namespace annalist::store {
namespace {

// One event's mentions, tallied as SQL's COUNT(*), COUNT(DISTINCT
// article_id), COUNT(DISTINCT source), AVG(tone) and MIN(id) would.
struct Tally {
  int64_t mentions = 0;
  std::set<int64_t> articles;
  std::set<std::string> sources;
  double tone_sum = 0;
  int64_t tones = 0;
  int64_t first = 0;  // 0: none

  void Add(const SqlRow& m) {  // m: kMentionColumns
    ++mentions;
    if (!m.IsNull(1)) articles.insert(m.Int(1));
    if (!m.IsNull(2)) sources.insert(m.Text(2));
    // Summed in the order SQLite's AVG read them (the event's index), so
    // the mean is the same to the last bit.
    if (!m.IsNull(3)) tone_sum += m.Real(3), ++tones;
    first = first == 0 ? m.Int(4) : std::min(first, m.Int(4));
  }
};

const char* const kMentionColumns = "SELECT event_id, article_id, source, tone, id";
// In the order of event_mentions_event, (event_id, source), then rowid.
const char* const kMentionOrder = " ORDER BY event_id, source, id";

}  // namespace

Status RefreshEventCounts(SqlConnection* db, const std::vector<int64_t>& events,
                          int64_t new_mentions_after, const RefreshedEvent& on_event) {
  std::map<int64_t, Tally> tallies;
  for (int64_t id : events) tallies[id];
  std::set<int64_t> read;
  auto tally = [&](const SqlRow& m) {
    auto it = tallies.find(m.Int(0));
    if (it != tallies.end()) it->second.Add(m);
    read.insert(m.Int(0));
    return true;
  };
  static const std::string mentioned =
      std::string(kMentionColumns) +
      " FROM event_mentions WHERE event_id IN "
      "(SELECT event_id FROM event_mentions WHERE id > ?)" +
      kMentionOrder;
  static const std::string one =
      std::string(kMentionColumns) + " FROM event_mentions WHERE event_id = ?" + kMentionOrder;
  ANNALIST_RETURN_IF_ERROR(db->Run(mentioned, {new_mentions_after}, tally));
  for (int64_t id : events) {
    if (!read.count(id)) ANNALIST_RETURN_IF_ERROR(db->Run(one, {id}, tally));
  }
  // Typed casts: PostgreSQL cannot infer the types of a VALUES list's
  // parameters. VALUES columns are column1, column2, ... in both databases.
  RowBuffer updates(
      "UPDATE events SET (num_mentions, num_articles, num_sources, avg_tone, first_mention_id) "
      "= (v.column2, v.column3, v.column4, v.column5, v.column6) FROM (",
      "(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), "
      "CAST(? AS DOUBLE PRECISION), CAST(? AS BIGINT))",
      std::string(") AS v WHERE events.id = v.column1 RETURNING ") + kRollupColumns + ", id");
  for (const auto& [id, t] : tallies) {
    updates.Add({id, t.mentions, static_cast<int64_t>(t.articles.size()),
                 static_cast<int64_t>(t.sources.size()),
                 t.tones > 0 ? t.tone_sum / static_cast<double>(t.tones) : 0.0,
                 t.first > 0 ? SqlValue(t.first) : SqlValue()});
  }
  const int id_column =
      static_cast<int>(std::count(kRollupColumns, kRollupColumns + std::strlen(kRollupColumns),
                                  ',')) + 1;
  return updates.Flush(db, [&](const SqlRow& row) {
    const int64_t id = row.Int(id_column);
    on_event(row, id, tallies[id].mentions);
    return true;
  });
}

}  // namespace annalist::store
