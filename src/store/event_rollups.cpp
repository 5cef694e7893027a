#include "store/event_rollups.h"

#include <cmath>
#include <vector>

#include "store/row_buffer.h"
#include "store/row_values.h"

namespace annalist::store {
namespace {

// (dimension, SQL expression of its key over an events row).
const std::pair<const char*, const char*> kDimensions[] = {
    {"day", "CAST(day AS TEXT)"}, {"code", "cameo"},  {"root", "cameo_root"},
    {"plover", "plover"},         {"dyad", "source_code || '>' || target_code"},
};

// The rollup dimension of a CountBy.
const char* Dimension(CountBy by) {
  switch (by) {
    case CountBy::kDay: case CountBy::kWeek: case CountBy::kMonth: return "day";
    case CountBy::kCode: return "code";
    case CountBy::kRoot: return "root";
    case CountBy::kPlover: return "plover";
    case CountBy::kDyad: return "dyad";
    case CountBy::kCountry: return "country";
  }
  return "";
}

}  // namespace

const char* const kRollupColumns =
    "day, cameo, cameo_root, plover, source_code, target_code, source_country, "
    "target_country, goldstein";

void RollupChanges::Add(const SqlRow& row, int64_t events, int64_t mentions) {
  const std::string source_country = row.Text(6), target_country = row.Text(7);
  std::vector<std::pair<const char*, std::string>> keys = {
      {"day", std::to_string(row.Int(0))}, {"code", row.Text(1)},   {"root", row.Text(2)},
      {"plover", row.Text(3)}, {"dyad", row.Text(4) + ">" + row.Text(5)},
      {"country", source_country}};
  if (target_country != source_country) keys.emplace_back("country", target_country);
  for (const auto& [dimension, key] : keys) {
    Change& c = changes_[{dimension, key}];
    c.events += events;
    c.mentions += mentions;
    c.goldstein_milli += events * std::llround(row.Real(8) * 1000);
  }
}

Status RollupChanges::Flush(SqlConnection* db) {
  RowBuffer upserts(
      "INSERT INTO event_rollups (dimension, key, events, mentions, goldstein_milli)",
      "(?, ?, ?, ?, ?)",
      " ON CONFLICT (dimension, key) DO UPDATE SET events = event_rollups.events + "
      "excluded.events, mentions = event_rollups.mentions + excluded.mentions, "
      "goldstein_milli = event_rollups.goldstein_milli + excluded.goldstein_milli");
  for (const auto& [key, c] : changes_) {
    upserts.Add({std::string_view(key.first), std::string_view(key.second), c.events,
                 c.mentions, c.goldstein_milli});
  }
  ANNALIST_RETURN_IF_ERROR(upserts.Flush(db));
  changes_.clear();
  return Status::OK();
}

std::string GoldsteinMilliSum(const std::string& column) {
  return "SUM(CAST(ROUND(" + column + " * 1000) AS BIGINT))";
}

std::string BackfillRollups() {
  const std::string insert =
      "INSERT INTO event_rollups (dimension, key, events, mentions, goldstein_milli) ";
  const std::string totals =
      ", COUNT(*), SUM(num_mentions), " + GoldsteinMilliSum("goldstein") + " FROM ";
  std::string sql;
  for (const auto& [dimension, key] : kDimensions) {
    sql += insert + "SELECT '" + dimension + "', " + key + totals + "events GROUP BY " + key +
           ";\n";
  }
  // Country: once per distinct country on an event.
  sql += insert + "SELECT 'country', country" + totals +
         "(SELECT source_country AS country, num_mentions, goldstein FROM events UNION ALL "
         "SELECT target_country, num_mentions, goldstein FROM events "
         "WHERE target_country <> source_country) sides GROUP BY country;\n";
  return sql;
}

bool RollupsAnswer(const EventQuery& q, CountBy by) {
  const bool by_date = by == CountBy::kDay || by == CountBy::kWeek || by == CountBy::kMonth;
  return q.actor.empty() && q.source.empty() && q.target.empty() && q.country.empty() &&
         q.cameo.empty() && q.plover.empty() && q.place.empty() && q.speaker.empty() &&
         q.text.empty() && q.article == 0 && q.after_id == 0 &&
         (by_date || (!q.from.known() && !q.to.known()));
}

Status ReadRollups(SqlConnection* db, const EventQuery& q, CountBy by,
                   const RowCallback& on_row) {
  // Days are kept as text keys; a date range compares them as numbers.
  std::string sql =
      "SELECT key, events, mentions, goldstein_milli FROM event_rollups WHERE dimension = ? "
      "AND events > 0";
  SqlParams params = {std::string(Dimension(by))};
  if (q.from.known()) {
    sql += " AND CAST(key AS BIGINT) >= ?";
    params.push_back(DayNumber(q.from));
  }
  if (q.to.known()) {
    sql += " AND CAST(key AS BIGINT) <= ?";
    params.push_back(LastDay(q.to));
  }
  return db->Run(sql, params, on_row);
}

}  // namespace annalist::store
