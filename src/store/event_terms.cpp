#include "store/event_terms.h"

#include <utility>

#include "store/row_values.h"

namespace annalist::store {
namespace {

// CAMEO actor codes are built of 3-letter segments (PAK, PAKGOV, PAKGOVMIL);
// prefixes are indexed at every segment boundary of codes up to this long.
constexpr size_t kSegment = 3;
constexpr const char* kSegmentLengths =
    "SELECT 3 AS len UNION ALL SELECT 6 UNION ALL SELECT 9 UNION ALL SELECT 12 "
    "UNION ALL SELECT 15 UNION ALL SELECT 18 UNION ALL SELECT 21";

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
         where + "), seg AS (" + kSegmentLengths + "), terms AS (" + terms + ") ";
}

std::string InsertTerms(const std::string& where, const std::string& terms) {
  // "WHERE true" lets SQLite parse ON CONFLICT after INSERT ... SELECT.
  return EventTermsCte(where, terms) +
         "INSERT INTO event_terms (term, day, event_id) SELECT term, day, id FROM terms "
         "WHERE true ON CONFLICT DO NOTHING";
}

}  // namespace

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
