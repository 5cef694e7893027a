#include "store/event_rollups.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

#include "store/row_buffer.h"
#include "store/row_values.h"

namespace annalist::store {
namespace {

// Actor codes begin with a 3-letter country (or IGO, ...) code.
constexpr size_t kCountryPrefix = 3;

// The dimensions, each with the SQL of its key over an events row `e`.
// "country" is absent: an event has up to two (see CountryKeys).
const std::pair<const char*, const char*> kDimensions[] = {
    {"day", "CAST(e.day AS TEXT)"}, {"code", "e.cameo"},   {"root", "e.cameo_root"},
    {"plover", "e.plover"},         {"dyad", "e.source_code || '>' || e.target_code"},
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

// SQL: (id, filter) for every event and each distinct filter it passes that
// keeps every dimension: "c:PAK" for each country on either side, "a:PAK"
// for each 3-letter actor code prefix on either side.
const char* const kEventFilters =
    "(SELECT id, 'c:' || source_country AS filter FROM events WHERE source_country <> '' "
    "UNION SELECT id, 'c:' || target_country FROM events WHERE target_country <> '' "
    "UNION SELECT id, 'a:' || substr(source_code, 1, 3) FROM events "
    "WHERE length(source_code) >= 3 "
    "UNION SELECT id, 'a:' || substr(target_code, 1, 3) FROM events "
    "WHERE length(target_code) >= 3)";
// SQL: (id, country) for each distinct non-empty country of an event.
const char* const kEventCountries =
    "(SELECT id, source_country AS country FROM events WHERE source_country <> '' UNION "
    "SELECT id, target_country FROM events WHERE target_country <> '')";

}  // namespace

const char* const kRollupColumns =
    "day, cameo, cameo_root, plover, source_code, target_code, source_country, "
    "target_country, goldstein";

void RollupChanges::Bump(std::string_view dimension, std::string_view filter,
                         std::string_view key, const Change& by) {
  key_.assign(dimension).append(filter).append(1, kKeySeparator).append(key);
  auto it = changes_.find(key_);
  if (it == changes_.end()) it = changes_.emplace(key_, Change()).first;
  it->second.events += by.events;
  it->second.mentions += by.mentions;
  it->second.goldstein_milli += by.goldstein_milli;
}

void RollupChanges::Add(const SqlRow& row, int64_t events, int64_t mentions) {
  const std::string day = std::to_string(row.Int(0));
  const std::string_view code = row.View(1), root = row.View(2), plover = row.View(3);
  const std::string_view source_code = row.View(4), target_code = row.View(5);
  const std::string_view source_country = row.View(6), target_country = row.View(7);
  const Change by{events, mentions, events * std::llround(row.Real(8) * 1000)};
  std::string dyad;
  dyad.reserve(source_code.size() + 1 + target_code.size());
  dyad.append(source_code).append(1, '>').append(target_code);
  // The event's (dimension, key) pairs: per dimension over all events, per
  // dimension for each filter it passes, and days per type and root.
  std::array<std::string, 5> filters;  // "" (the store-wide totals), then distinct filters
  size_t num_filters = 1;
  for (std::string_view country : {source_country, target_country}) {
    if (!country.empty()) filters[num_filters++].append(" c:").append(country);
  }
  for (std::string_view actor : {source_code, target_code}) {
    if (actor.size() >= kCountryPrefix) {
      filters[num_filters++].append(" a:").append(actor.substr(0, kCountryPrefix));
    }
  }
  std::sort(filters.begin() + 1, filters.begin() + num_filters);
  num_filters = std::unique(filters.begin(), filters.begin() + num_filters) - filters.begin();
  // An event counts once per distinct country; only the totals count the
  // events without one, under "".
  const std::array<std::string_view, 2> countries = {source_country, target_country};
  const size_t num_countries = target_country != source_country ? 2 : 1;
  for (size_t i = 0; i < num_filters; ++i) {
    const std::string_view filter = filters[i];
    Bump("day", filter, day, by);
    Bump("code", filter, code, by);
    Bump("root", filter, root, by);
    Bump("plover", filter, plover, by);
    Bump("dyad", filter, dyad, by);
    for (size_t c = 0; c < num_countries; ++c) {
      if (filter.empty() || !countries[c].empty()) Bump("country", filter, countries[c], by);
    }
  }
  Bump("day plover:", plover, day, by);
  Bump("day root:", root, day, by);
}

Status RollupChanges::Flush(SqlConnection* db) {
  RowBuffer upserts(
      "INSERT INTO event_rollups (dimension, key, events, mentions, goldstein_milli)",
      "(?, ?, ?, ?, ?)",
      " ON CONFLICT (dimension, key) DO UPDATE SET events = event_rollups.events + "
      "excluded.events, mentions = event_rollups.mentions + excluded.mentions, "
      "goldstein_milli = event_rollups.goldstein_milli + excluded.goldstein_milli");
  // In key order (the separator sorts before any character, so this is the
  // order of (dimension, key)): the upserts then walk the table's b-tree
  // forwards.
  std::vector<const std::pair<const std::string, Change>*> sorted;
  sorted.reserve(changes_.size());
  for (const auto& entry : changes_) sorted.push_back(&entry);
  std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->first < b->first; });
  for (const auto* entry : sorted) {
    const std::string_view composed = entry->first;
    const size_t separator = composed.find(kKeySeparator);
    const Change& c = entry->second;
    upserts.Add({composed.substr(0, separator), composed.substr(separator + 1), c.events,
                 c.mentions, c.goldstein_milli});
  }
  ANNALIST_RETURN_IF_ERROR(upserts.Flush(db));
  changes_.clear();
  return Status::OK();
}

std::string GoldsteinMilli(const std::string& column) {
  return "CAST(ROUND(" + column + " * 1000) AS BIGINT)";
}

std::string GoldsteinMilliSum(const std::string& column) {
  return "SUM(" + GoldsteinMilli(column) + ")";
}

std::string BackfillRollups() {
  const std::string insert =
      "INSERT INTO event_rollups (dimension, key, events, mentions, goldstein_milli) ";
  const std::string totals =
      ", COUNT(*), SUM(e.num_mentions), " + GoldsteinMilliSum("e.goldstein") + " FROM ";
  const std::string filters = kEventFilters, countries = kEventCountries;
  std::string sql;
  for (const auto& [dimension, key] : kDimensions) {
    sql += insert + "SELECT '" + dimension + "', " + key + totals + "events e GROUP BY " + key +
           ";\n";
    sql += insert + "SELECT '" + dimension + " ' || f.filter, " + key + totals + filters +
           " f JOIN events e ON e.id = f.id GROUP BY f.filter, " + key + ";\n";
  }
  // Country: once per distinct country on an event; the totals also count
  // events without one under "".
  sql += insert + "SELECT 'country', country, COUNT(*), SUM(num_mentions), " +
         GoldsteinMilliSum("goldstein") +
         " FROM (SELECT source_country AS country, num_mentions, goldstein FROM events UNION ALL "
         "SELECT target_country, num_mentions, goldstein FROM events "
         "WHERE target_country <> source_country) sides GROUP BY country;\n";
  sql += insert + "SELECT 'country ' || f.filter, c.country" + totals + filters +
         " f JOIN " + countries + " c ON c.id = f.id JOIN events e ON e.id = f.id "
         "GROUP BY f.filter, c.country;\n";
  for (const auto& [dimension, column] : {std::pair{"day plover:", "e.plover"},
                                           std::pair{"day root:", "e.cameo_root"}}) {
    sql += insert + "SELECT '" + dimension + "' || " + column + ", CAST(e.day AS TEXT)" +
           totals + "events e GROUP BY " + column + ", e.day;\n";
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
  // Every dimension is kept per country and per country-level actor; only
  // days per type and per root.
  const bool every_dimension = filters[0].starts_with("c:") || filters[0].starts_with("a:");
  if (!by_date && !every_dimension) return "";
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
