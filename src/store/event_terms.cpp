#include "store/event_terms.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "store/row_buffer.h"
#include "store/row_values.h"

namespace annalist::store {
namespace {

// CAMEO actor codes are built of 3-letter segments (PAK, PAKGOV, PAKGOVMIL);
// prefixes are indexed at every segment boundary up to kLongestPrefix.
constexpr size_t kSegment = 3;
constexpr size_t kLongestPrefix = 7 * kSegment;

// SQL: the prefix lengths, one row each ("SELECT 3 AS len UNION ALL ...").
std::string SegmentLengths() {
  std::string sql = "SELECT " + std::to_string(kSegment) + " AS len";
  for (size_t len = 2 * kSegment; len <= kLongestPrefix; len += kSegment) {
    sql += " UNION ALL SELECT " + std::to_string(len);
  }
  return sql;
}

// One UNION branch per term kind, over the selected events `ev`.
std::string PrefixTerms(const char* kind, const char* column) {
  return std::string("SELECT '") + kind + ":' || substr(" + column +
         ", 1, len) AS term, day, id FROM ev, seg WHERE length(" + column + ") >= len";
}
std::string ValueTerms(const char* kind, const std::string& value, const char* column) {
  return std::string("SELECT '") + kind + ":' || " + value + ", day, id FROM ev WHERE " +
         column + " <> ''";
}

bool IsSegmentPrefix(const std::string& code) {
  return !code.empty() && code.size() % kSegment == 0;
}

// The dyad of the events' country-level actors, "d:USA>CHN": a query naming
// both a source and a target reads only the events between the two.
const char* const kDyadTerms =
    "SELECT 'd:' || substr(source_code, 1, 3) || '>' || substr(target_code, 1, 3) AS term, "
    "day, id FROM ev WHERE length(source_code) >= 3 AND length(target_code) >= 3";

// Every kind of term, over the selected events `ev`.
std::string AllTerms() {
  // UNION ALL: a term comes twice when an event carries it twice (c:PAK
  // between two actors of one country), and both users take it once (the
  // insert's ON CONFLICT DO NOTHING, the delete's IN). UNION sorted every
  // term into a temporary index first: a third of the writer's cost of terms.
  return PrefixTerms("a", "source_code") + " UNION ALL " + PrefixTerms("a", "target_code") +
         " UNION ALL " + PrefixTerms("s", "source_code") + " UNION ALL " +
         PrefixTerms("t", "target_code") + " UNION ALL " +
         ValueTerms("c", "source_country", "source_country") + " UNION ALL " +
         ValueTerms("c", "target_country", "target_country") + " UNION ALL " +
         ValueTerms("p", "place_key", "place_key") + " UNION ALL " +
         ValueTerms("p", "lower(place_country)", "place_country") + " UNION ALL " +
         "SELECT 'k:' || substr(cameo, 1, 3), day, id FROM ev WHERE length(cameo) >= 3 UNION ALL " +
         ValueTerms("r", "cameo_root", "cameo_root") + " UNION ALL " +
         ValueTerms("pl", "plover", "plover") + " UNION ALL " + kDyadTerms;
}

// "WITH ... terms AS (...)": the (term, day, id) that `terms` (SQL over
// `ev`) gives for the events satisfying `where`.
std::string EventTermsCte(const std::string& where, const std::string& terms) {
  return "WITH ev AS (SELECT e.id, e.day, e.source_code, e.target_code, e.source_country, "
         "e.target_country, e.place_key, e.place_country, e.cameo, e.cameo_root, e.plover "
         "FROM events e WHERE " +
         where + "), seg AS (" + SegmentLengths() + "), terms AS (" + terms + ") ";
}

std::string InsertTerms(const std::string& where, const std::string& terms) {
  // "WHERE true" lets SQLite parse ON CONFLICT after INSERT ... SELECT.
  return EventTermsCte(where, terms) +
         "INSERT INTO event_terms (term, day, event_id) SELECT term, day, id FROM terms "
         "WHERE true ON CONFLICT DO NOTHING";
}

// What SQL's substr(s, 1, n) gives when length(s) >= n; nullopt when s is
// shorter. Characters are counted as SQLite counts them: every byte that
// does not continue a UTF-8 sequence begins one (PostgreSQL holds valid
// UTF-8 only, where that is the code point count too).
std::optional<std::string_view> SqlPrefix(std::string_view s, size_t n) {
  size_t end = 0;
  for (size_t chars = 0; chars < n; ++chars) {
    if (end == s.size()) return std::nullopt;
    if (static_cast<unsigned char>(s[end++]) >= 0xc0) {
      while (end < s.size() && (static_cast<unsigned char>(s[end]) & 0xc0) == 0x80) ++end;
    }
  }
  return s.substr(0, end);
}

}  // namespace

void NewEventTerms::Add(const EventTermFields& e, int64_t day, int64_t event_id) {
  auto add = [&](std::string_view kind, std::string_view value) {
    std::string term;
    term.reserve(kind.size() + 1 + value.size());
    term.append(kind).append(1, ':').append(value);
    rows_.push_back({std::move(term), day, event_id});
  };
  // In AllTerms()' order, rule for rule.
  for (const auto& [kind, code] : {std::pair{"a", e.source_code}, std::pair{"a", e.target_code},
                                   std::pair{"s", e.source_code}, std::pair{"t", e.target_code}}) {
    for (size_t len = kSegment; len <= kLongestPrefix; len += kSegment) {
      const std::optional<std::string_view> prefix = SqlPrefix(code, len);
      if (!prefix) break;
      add(kind, *prefix);
    }
  }
  for (std::string_view country : {e.source_country, e.target_country}) {
    if (!country.empty()) add("c", country);
  }
  if (!e.place_key.empty()) add("p", e.place_key);
  if (!e.place_country.empty()) add("p", Lower(std::string(e.place_country)));
  if (auto code = SqlPrefix(e.cameo, kSegment)) add("k", *code);
  if (!e.cameo_root.empty()) add("r", e.cameo_root);
  if (!e.plover.empty()) add("pl", e.plover);
  const auto source = SqlPrefix(e.source_code, kSegment);
  const auto target = SqlPrefix(e.target_code, kSegment);
  if (source && target) add("d", std::string(*source).append(1, '>').append(*target));
}

Status NewEventTerms::Flush(SqlConnection* db) {
  std::sort(rows_.begin(), rows_.end());
  rows_.erase(std::unique(rows_.begin(), rows_.end()), rows_.end());
  RowBuffer inserts("INSERT INTO event_terms (term, day, event_id)", "(?, ?, ?)",
                    " ON CONFLICT DO NOTHING");
  for (const Row& row : rows_) inserts.Add({std::string_view(row.term), row.day, row.event_id});
  Status s = inserts.Flush(db);
  rows_.clear();
  return s;
}

std::string InsertEventTerms(const std::string& where) { return InsertTerms(where, AllTerms()); }

std::string InsertDyadTerms(const std::string& where) { return InsertTerms(where, kDyadTerms); }

std::string DeleteEventTerms(const std::string& where) {
  return EventTermsCte(where, AllTerms()) +
         "DELETE FROM event_terms WHERE (term, day, event_id) IN "
         "(SELECT term, day, id FROM terms)";
}

std::vector<std::string> CandidateTerms(const EventQuery& q) {
  std::vector<std::string> terms;
  if (!q.place.empty()) terms.push_back("p:" + Lower(q.place));
  if (q.cameo.size() == 2) terms.push_back("r:" + q.cameo);
  if (q.cameo.size() == 3) terms.push_back("k:" + q.cameo);
  if (!q.plover.empty()) terms.push_back("pl:" + Upper(q.plover));
  // Before s: and t:, which it narrows: terms past the probe's cap tie, and
  // the first of them drives.
  if (q.source.size() >= kSegment && q.target.size() >= kSegment) {
    terms.push_back("d:" + Upper(q.source).substr(0, kSegment) + ">" +
                    Upper(q.target).substr(0, kSegment));
  }
  for (const auto& [kind, code] :
       {std::pair{"s:", Upper(q.source)}, std::pair{"t:", Upper(q.target)},
        std::pair{"a:", Upper(q.actor)}}) {
    if (IsSegmentPrefix(code)) terms.push_back(kind + code);
  }
  if (!q.country.empty()) terms.push_back("c:" + Upper(q.country));
  return terms;
}

}  // namespace annalist::store
