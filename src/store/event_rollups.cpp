#include "store/event_rollups.h"

#include <cmath>
#include <cstdint>
#include <set>
#include <vector>

#include "store/row_buffer.h"
#include "store/row_values.h"

namespace annalist::store {
namespace {

// Actor codes begin with a 3-letter country (or IGO, ...) code.
constexpr size_t kCountryPrefix = 3;

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
  const std::string day = std::to_string(row.Int(0));
  const std::string source_code = row.Text(4), target_code = row.Text(5);
  const std::string source_country = row.Text(6), target_country = row.Text(7);
  std::set<std::pair<std::string, std::string>> keys = {
      {"day", day},          {"code", row.Text(1)}, {"root", row.Text(2)},
      {"plover", row.Text(3)}, {"dyad", source_code + ">" + target_code}};
  // A set: an event counts once per distinct country, and once for a term
  // both its sides carry.
  const std::string dyad = source_code + ">" + target_code;
  for (const std::string& country : {source_country, target_country}) {
    keys.insert({"country", country});
    if (country.empty()) continue;
    // Per country on either side: its timeline, types, dyads and the
    // countries it meets (the dashboard's views filtered by a country).
    const std::string filter = " c:" + country;
    keys.insert({"day" + filter, day});
    keys.insert({"plover" + filter, row.Text(3)});
    keys.insert({"dyad" + filter, dyad});
    for (const std::string& other : {source_country, target_country}) {
      if (!other.empty()) keys.insert({"country" + filter, other});
    }
  }
  for (const std::string& code : {source_code, target_code}) {
    if (code.size() >= kCountryPrefix) {
      keys.insert({"day a:" + code.substr(0, kCountryPrefix), day});
    }
  }
  keys.insert({"day plover:" + row.Text(3), day});
  keys.insert({"day root:" + row.Text(2), day});
  for (const auto& key : keys) {
    Change& c = changes_[key];
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
  // Days per country and per country-level actor prefix, each side once.
  const std::string per_day = ", CAST(day AS TEXT), COUNT(*), SUM(num_mentions), " +
                              GoldsteinMilliSum("goldstein") + " FROM ";
  // Per country on either side (each event's distinct non-empty countries).
  const std::string countries =
      "(SELECT id, source_country AS country FROM events WHERE source_country <> '' UNION "
      "SELECT id, target_country FROM events WHERE target_country <> '')";
  for (const auto& [dimension, key] :
       {std::pair{"day", "CAST(e.day AS TEXT)"}, std::pair{"plover", "e.plover"},
        std::pair{"dyad", "e.source_code || '>' || e.target_code"},
        std::pair{"country", "other.country"}}) {
    const bool other = dimension == std::string("country");
    sql += insert + "SELECT '" + dimension + " c:' || c.country, " + key +
           ", COUNT(*), SUM(e.num_mentions), " + GoldsteinMilliSum("e.goldstein") + " FROM " +
           countries + " c JOIN events e ON e.id = c.id " +
           (other ? "JOIN " + countries + " other ON other.id = c.id " : "") +
           "GROUP BY c.country, " + key + ";\n";
  }
  sql += insert + "SELECT 'day a:' || prefix" + per_day +
         "(SELECT substr(source_code, 1, 3) AS prefix, day, num_mentions, goldstein FROM events "
         "WHERE length(source_code) >= 3 UNION ALL "
         "SELECT substr(target_code, 1, 3), day, num_mentions, goldstein FROM events "
         "WHERE length(target_code) >= 3 AND (length(source_code) < 3 OR "
         "substr(target_code, 1, 3) <> substr(source_code, 1, 3))) sides "
         "GROUP BY prefix, day;\n";
  for (const auto& [dimension, column] : {std::pair{"day plover:", "plover"},
                                           std::pair{"day root:", "cameo_root"}}) {
    sql += insert + "SELECT '" + dimension + "' || " + column + per_day + "events GROUP BY " +
           column + ", day;\n";
  }
  return sql;
}

std::string RollupDimension(const EventQuery& q, CountBy by) {
  const bool by_date = by == CountBy::kDay || by == CountBy::kWeek || by == CountBy::kMonth;
  if (!q.source.empty() || !q.target.empty() || !q.place.empty() || !q.speaker.empty() ||
      !q.text.empty() || q.article != 0 || q.after_id != 0 ||
      (!by_date && (q.from.known() || q.to.known()))) {
    return "";  // no rollup holds these
  }
  // The rollup name of each filter; "" for a value none is kept for (a
  // longer actor code, a full CAMEO code).
  std::vector<std::string> filters;
  if (!q.country.empty()) filters.push_back("c:" + Upper(q.country));
  if (!q.actor.empty()) {
    filters.push_back(q.actor.size() == kCountryPrefix ? "a:" + Upper(q.actor) : "");
  }
  if (!q.plover.empty()) filters.push_back("plover:" + Upper(q.plover));
  if (!q.cameo.empty()) filters.push_back(q.cameo.size() == 2 ? "root:" + q.cameo : "");
  if (filters.empty()) return Dimension(by);
  if (filters.size() != 1 || filters[0].empty()) return "";
  // Days are kept for each such filter; types, dyads and countries for a
  // country.
  if (by_date) return "day " + filters[0];
  const bool per_country = by == CountBy::kPlover || by == CountBy::kDyad ||
                           by == CountBy::kCountry;
  if (!per_country || !filters[0].starts_with("c:")) return "";
  return std::string(Dimension(by)) + " " + filters[0];
}

Status ReadRollups(SqlConnection* db, const std::string& dimension, const EventQuery& q,
                   const RowCallback& on_row) {
  // A date range is applied here, not in SQL: keys of other dimensions are
  // not numbers, and a database may cast them before testing the dimension.
  const int64_t first = q.from.known() ? DayNumber(q.from) : 0;
  const int64_t last = q.to.known() ? LastDay(q.to) : INT64_MAX;
  return db->Run(
      "SELECT key, events, mentions, goldstein_milli FROM event_rollups WHERE dimension = ? "
      "AND events > 0",
      {dimension}, [&](const SqlRow& row) {
        if (q.from.known() || q.to.known()) {
          const int64_t day = row.Int(0);
          if (day < first || day > last) return true;
        }
        return on_row(row);
      });
}

}  // namespace annalist::store
