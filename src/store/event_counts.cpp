#include "store/event_counts.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>

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

  // m: the mention's article_id, source, tone and id from column `c` on.
  void Add(const SqlRow& m, int c) {
    ++mentions;
    if (!m.IsNull(c)) articles.insert(m.Int(c));
    if (!m.IsNull(c + 1)) sources.insert(m.Text(c + 1));
    // Summed in the order SQLite's AVG read them (the event's index), so
    // the mean is the same to the last bit.
    if (!m.IsNull(c + 2)) tone_sum += m.Real(c + 2), ++tones;
    first = first == 0 ? m.Int(c + 3) : std::min(first, m.Int(c + 3));
  }
};

// kRollupColumns of the events row e, each qualified ("e.day, e.cameo, ...").
std::string EventRollupColumns() {
  std::string columns;
  for (size_t at = 0, next;; at = next + 2) {
    next = std::string_view(kRollupColumns).find(", ", at);
    columns += (columns.empty() ? "e." : ", e.") +
               std::string(kRollupColumns).substr(at, next == std::string::npos ? next : next - at);
    if (next == std::string::npos) return columns;
  }
}

// The number of kRollupColumns: the tally's columns follow them.
int RollupColumnCount() {
  return static_cast<int>(std::ranges::count(std::string_view(kRollupColumns), ',')) + 1;
}

}  // namespace

Status RefreshEventCounts(SqlConnection* db, const std::vector<int64_t>& events,
                          int64_t new_mentions_after, const RefreshedEvent& on_event) {
  std::map<int64_t, Tally> tallies;
  for (int64_t id : events) tallies[id];
  // Rows: the event's rollup columns, then its id and the mention's.
  static const int id_column = RollupColumnCount();
  static const std::string select = "SELECT " + EventRollupColumns() +
                                    ", m.event_id, m.article_id, m.source, m.tone, m.id "
                                    "FROM event_mentions m JOIN events e ON e.id = m.event_id ";
  // In the order of event_mentions_event, (event_id, source), then rowid.
  static const std::string order = " ORDER BY m.event_id, m.source, m.id";
  static const std::string mentioned =
      select + "WHERE m.event_id IN (SELECT event_id FROM event_mentions WHERE id > ?)" + order;
  static const std::string one = select + "WHERE m.event_id = ?" + order;
  int64_t last = 0;
  auto tally = [&](const SqlRow& row) {
    const int64_t id = row.Int(id_column);
    auto it = tallies.find(id);
    if (it == tallies.end()) return true;
    // An event with mentions left: its rollups move now (by its own
    // creation and its change in mentions, which the caller knows).
    if (id != last) on_event(row, id, false);
    last = id;
    it->second.Add(row, id_column + 1);
    return true;
  };
  ANNALIST_RETURN_IF_ERROR(db->Run(mentioned, {new_mentions_after}, tally));
  static const std::string orphan =
      "SELECT " + EventRollupColumns() + " FROM events e WHERE e.id = ?";
  for (auto& [event, t] : tallies) {
    if (t.mentions > 0) continue;
    // Not named by a new mention (re-coding): read alone; maybe left with
    // none, whose rollups the caller takes back.
    const int64_t id = event;  // (a lambda cannot capture a structured binding in C++20)
    ANNALIST_RETURN_IF_ERROR(db->Run(one, {id}, tally));
    if (t.mentions > 0) continue;
    ANNALIST_RETURN_IF_ERROR(db->Run(orphan, {id}, [&](const SqlRow& row) {
      on_event(row, id, true);
      return false;
    }));
  }
  // Typed casts: PostgreSQL cannot infer the types of a VALUES list's
  // parameters. VALUES columns are column1, column2, ... in both databases.
  RowBuffer updates(
      "UPDATE events SET (num_mentions, num_articles, num_sources, avg_tone, first_mention_id) "
      "= (v.column2, v.column3, v.column4, v.column5, v.column6) FROM (",
      "(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), "
      "CAST(? AS DOUBLE PRECISION), CAST(? AS BIGINT))",
      ") AS v WHERE events.id = v.column1");
  for (const auto& [id, t] : tallies) {
    updates.Add({id, t.mentions, static_cast<int64_t>(t.articles.size()),
                 static_cast<int64_t>(t.sources.size()),
                 t.tones > 0 ? t.tone_sum / static_cast<double>(t.tones) : 0.0,
                 t.first > 0 ? SqlValue(t.first) : SqlValue()});
  }
  return updates.Flush(db);
}

}  // namespace annalist::store
