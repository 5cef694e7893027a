// Reading events: the filters of an EventQuery as SQL, cursor pages and
// aggregates.
#include <algorithm>
#include <charconv>
#include <map>
#include <sstream>

#include "store/event_rollups.h"
#include "store/event_terms.h"
#include "store/layer_ids.h"
#include "store/row_values.h"
#include "store/sql_store.h"

namespace annalist::store {
namespace {

// The smallest string greater than every string starting with `prefix`, for
// index-friendly prefix matching (code >= prefix AND code < PrefixEnd).
std::string PrefixEnd(std::string prefix) {
  while (!prefix.empty() && static_cast<unsigned char>(prefix.back()) == 0xff) prefix.pop_back();
  if (!prefix.empty()) prefix.back() = static_cast<char>(prefix.back() + 1);
  return prefix;
}

// A free-text query for FTS5: every word quoted (so punctuation cannot be
// taken for query syntax) and AND-ed.
std::string Fts5Query(const std::string& text) {
  std::istringstream words(text);
  std::string word, out;
  while (words >> word) {
    std::string quoted = "\"";
    for (char c : word) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    if (!out.empty()) out += " AND ";
    out += quoted + "\"";
  }
  return out;
}

// The ids of the sentences matching a free-text query (one parameter:
// TextQuery()).
std::string MatchingSentences(Dialect dialect) {
  return dialect == Dialect::kSqlite
             ? "(SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?)"
             : "(SELECT id FROM sentences WHERE tsv @@ plainto_tsquery('english', ?))";
}
std::string TextQuery(const EventQuery& q, Dialect dialect) {
  return dialect == Dialect::kSqlite ? Fts5Query(q.text) : q.text;
}

// The WHERE clause under construction.
struct Where {
  std::string sql;
  SqlParams params;
  void Add(const std::string& clause, SqlParams values) {
    sql += sql.empty() ? " WHERE " : " AND ";
    sql += "(" + clause + ")";
    for (auto& v : values) params.push_back(std::move(v));
  }
};

void AddCodePrefix(Where* w, const char* column, const std::string& prefix) {
  std::string c(column);
  w->Add(c + " >= ? AND " + c + " < ?", {Upper(prefix), PrefixEnd(Upper(prefix))});
}

// The query's filters, each exactly as stated (a driving term only narrows).
void AddFilters(const EventQuery& q, Dialect dialect, Where* where) {
  Where& w = *where;
  if (!q.actor.empty()) {
    std::string code = Upper(q.actor);
    w.Add("(e.source_code >= ? AND e.source_code < ?) OR (e.target_code >= ? AND "
          "e.target_code < ?)",
          {code, PrefixEnd(code), code, PrefixEnd(code)});
  }
  if (!q.source.empty()) AddCodePrefix(&w, "e.source_code", q.source);
  if (!q.target.empty()) AddCodePrefix(&w, "e.target_code", q.target);
  if (!q.country.empty()) {
    w.Add("e.source_country = ? OR e.target_country = ?", {Upper(q.country), Upper(q.country)});
  }
  // A root or a full four-digit code is an equality on an (x, day) index,
  // so pages come out in date order without sorting the matches.
  if (q.cameo.size() == 2) {
    w.Add("e.cameo_root = ?", {q.cameo});
  } else if (q.cameo.size() == 4) {
    w.Add("e.cameo = ?", {q.cameo});
  } else if (!q.cameo.empty()) {
    AddCodePrefix(&w, "e.cameo", q.cameo);
  }
  if (!q.plover.empty()) w.Add("e.plover = ?", {Upper(q.plover)});
  if (q.from.known()) w.Add("e.day >= ?", {DayNumber(q.from)});
  if (q.to.known()) w.Add("e.day <= ?", {LastDay(q.to)});
  if (!q.place.empty()) {
    w.Add("e.place_key = ? OR e.place_country = ?", {Lower(q.place), Upper(q.place)});
  }
  if (!q.speaker.empty()) {
    // A substring: every quote's speaker is read (no index can serve it),
    // then its mentions found by article; CROSS JOIN keeps that order.
    w.Add("e.id IN (SELECT m.event_id FROM quotes q CROSS JOIN event_mentions m "
          "WHERE m.article_id = q.article_id AND m.quote = q.idx AND LOWER(q.speaker) LIKE ?)",
          {"%" + Lower(q.speaker) + "%"});
  }
  if (!q.text.empty()) {
    w.Add("e.id IN (SELECT m.event_id FROM event_mentions m WHERE m.sentence_id IN " +
              MatchingSentences(dialect) + ")",
          {TextQuery(q, dialect)});
  }
  if (q.article > 0) {
    w.Add("e.id IN (SELECT event_id FROM event_mentions WHERE article_id = ?)", {q.article});
  }
  if (q.after_id > 0) w.Add("e.id > ?", {q.after_id});
}

// Where a query's rows come from, and the columns that order its pages.
struct EventSource {
  std::string from;  // " FROM ..."
  SqlParams from_params;
  Where where;
  std::string order_day, order_id;  // the date order's columns in ORDER BY
};

// A page's position: the (day, id) of the previous page's last event.
struct PageStart {
  bool first = true;
  int64_t day = 0, id = 0;
};

// *terms: the query's candidate terms, the one with the fewest entries
// (counted up to a cap, so a probe costs at most that many index entries)
// first. Empty when the query has none.
Status OrderTerms(SqlConnection* db, const EventQuery& q, std::vector<std::string>* terms) {
  constexpr int64_t kProbeCap = 5000;
  *terms = CandidateTerms(q);
  if (terms->size() <= 1) return Status::OK();
  int64_t fewest = kProbeCap + 1;
  for (size_t i = 0; i < terms->size(); ++i) {
    int64_t entries = 0;
    ANNALIST_RETURN_IF_ERROR(db->QueryInt(
        "SELECT COUNT(*) FROM (SELECT 1 FROM event_terms WHERE term = ? LIMIT ?) probe",
        {(*terms)[i], kProbeCap}, &entries));
    if (entries < fewest) {
      fewest = entries;
      std::swap((*terms)[0], (*terms)[i]);
    }
  }
  return Status::OK();
}

// True when free text is a query's only filter besides dates.
bool OnlyText(const EventQuery& q) {
  return !q.text.empty() && q.actor.empty() && q.source.empty() && q.target.empty() &&
         q.country.empty() && q.cameo.empty() && q.plover.empty() && q.place.empty() &&
         q.speaker.empty() && q.article == 0 && q.after_id == 0;
}

// The rows of a date-ordered page (or, with limit 0, of every match): with
// `terms` (store/event_terms.h, smallest first), the first term's index
// entries newest first, the others checked on the index, each survivor
// joined to its event, so a page reads about as many entries as it
// returns. With free text alone, the page is cut from the matching
// mentions' (sentence, day, event) index before any event row is read.
// Otherwise the events table's own indexes serve.
EventSource Source(const EventQuery& q, Dialect dialect, const std::vector<std::string>& terms,
                   const PageStart& start, int limit) {
  EventSource s;
  bool from_index = true;  // pages follow d's (day, event_id), else e's (day, id)
  if (!terms.empty()) {
    s.from = " FROM event_terms d CROSS JOIN events e";
    s.where.Add("d.term = ?", {terms[0]});
    // The other terms are checked on the index before the event is read.
    for (size_t i = 1; i < terms.size(); ++i) {
      s.where.Add("EXISTS (SELECT 1 FROM event_terms x WHERE x.term = ? AND x.day = d.day AND "
                  "x.event_id = d.event_id)",
                  {terms[i]});
    }
    s.where.Add("e.id = d.event_id", {});
    if (q.from.known()) s.where.Add("d.day >= ?", {DayNumber(q.from)});
    if (q.to.known()) s.where.Add("d.day <= ?", {LastDay(q.to)});
  } else if (limit > 0 && OnlyText(q)) {
    Where mentions;
    mentions.Add("m.sentence_id IN " + MatchingSentences(dialect), {TextQuery(q, dialect)});
    if (q.from.known()) mentions.Add("m.day >= ?", {DayNumber(q.from)});
    if (q.to.known()) mentions.Add("m.day <= ?", {LastDay(q.to)});
    if (!start.first) mentions.Add("(m.day, m.event_id) < (?, ?)", {start.day, start.id});
    s.from = " FROM (SELECT DISTINCT m.day AS day, m.event_id AS event_id FROM event_mentions m" +
             mentions.sql + " ORDER BY day DESC, event_id DESC LIMIT " +
             std::to_string(limit + 1) + ") d CROSS JOIN events e";
    s.from_params = std::move(mentions.params);
    s.where.Add("e.id = d.event_id", {});
  } else {
    s.from = " FROM events e";
    from_index = false;
  }
  const std::string day = from_index ? "d.day" : "e.day";
  const std::string id = from_index ? "d.event_id" : "e.id";
  s.order_day = day;
  s.order_id = id;
  // Filters answered by a subquery (free text, speaker, article) match few
  // events: collect those and sort them, rather than walk the whole date
  // index testing each event ("+" keeps SQLite off that index).
  if (!from_index && (!q.text.empty() || !q.speaker.empty() || q.article > 0)) {
    s.order_day = "+e.day";
    s.order_id = "+e.id";
  }
  // A row value: one index range, however deep the page.
  if (!start.first) s.where.Add("(" + day + ", " + id + ") < (?, ?)", {start.day, start.id});
  AddFilters(q, dialect, &s.where);
  return s;
}

// Cursor of a date-ordered page: "<day>:<id>" of its last event.
bool ParseCursor(const std::string& cursor, int64_t* day, int64_t* id) {
  size_t colon = cursor.find(':');
  if (colon == std::string::npos) return false;
  const char* p = cursor.data();
  return std::from_chars(p, p + colon, *day).ec == std::errc() &&
         std::from_chars(p + colon + 1, p + cursor.size(), *id).ec == std::errc();
}

// The columns ReadEvent reads; the sentence's text is cut from the article's.
std::string EventColumns(Dialect dialect) {
  return "SELECT e.id, e.date, e.source_code, e.source_name, e.source_country, e.source_sector, "
    "e.target_code, e.target_name, e.target_country, e.target_sector, e.cameo, e.cameo_root, "
    "e.plover, e.plover_mode, e.quad_class, e.goldstein, e.negated, e.place_name, "
    "e.place_country, e.place_admin1, e.lat, e.lon, e.geonames_id, e.num_mentions, "
    "e.num_sources, e.num_articles, e.avg_tone, e.created, e.day, m.article_id, a.url, "
    "a.title, a.source, " + SentenceTextSql(dialect) + ", m.verb, m.rule, m.dictionary";
}
// The first mention's evidence, joined to each event.
const char* const kFirstMention =
    " LEFT JOIN event_mentions m ON m.id = e.first_mention_id "
    "LEFT JOIN articles a ON a.id = m.article_id LEFT JOIN sentences s ON s.id = m.sentence_id";

StoredEvent ReadEvent(const SqlRow& r) {
  StoredEvent e;
  int c = 0;
  e.id = r.Int(c++);
  Date::Parse(r.Text(c++), &e.date);
  e.source_code = r.Text(c++), e.source_name = r.Text(c++);
  e.source_country = r.Text(c++), e.source_sector = r.Text(c++);
  e.target_code = r.Text(c++), e.target_name = r.Text(c++);
  e.target_country = r.Text(c++), e.target_sector = r.Text(c++);
  e.cameo = r.Text(c++), e.cameo_root = r.Text(c++);
  e.plover = r.Text(c++), e.plover_mode = r.Text(c++);
  e.quad_class = static_cast<int>(r.Int(c++));
  e.goldstein = r.Real(c++);
  e.negated = r.Int(c++) != 0;
  e.place_name = r.Text(c++), e.place_country = r.Text(c++), e.place_admin1 = r.Text(c++);
  e.lat = r.Real(c++), e.lon = r.Real(c++);
  e.geonames_id = r.Int(c++);
  e.num_mentions = static_cast<int>(r.Int(c++));
  e.num_sources = static_cast<int>(r.Int(c++));
  e.num_articles = static_cast<int>(r.Int(c++));
  e.avg_tone = r.Real(c++);
  e.first_ingested = r.Int(c++);
  c++;  // day: only for the cursor
  e.article_id = r.Int(c++);
  e.article_url = r.Text(c++), e.article_title = r.Text(c++), e.source = r.Text(c++);
  e.sentence = r.Text(c++), e.verb = r.Text(c++);
  e.rule = r.Text(c++), e.dictionary = r.Text(c++);
  return e;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
// days_from_civil), and back: used to find the Monday of a week.
int64_t DaysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  Date d;
  d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  d.year = static_cast<int>(yoe + era * 400 + (d.month <= 2));
  return d;
}

// The bucket key of a YYYYMMDD day, "" when the date is too partial for it.
std::string DateBucket(int64_t day, CountBy by) {
  Date d = DateOfDay(day);
  if (by == CountBy::kMonth) {
    if (d.month == 0) return "";
    d.day = 0;
    return d.ToString();
  }
  if (d.day == 0) return "";
  if (by == CountBy::kWeek) {
    int64_t days = DaysFromCivil(d.year, d.month, d.day);
    int64_t weekday = ((days % 7) + 7 + 3) % 7;  // 1970-01-01 was a Thursday; 0 = Monday
    d = CivilFromDays(days - weekday);
  }
  return d.ToString();
}

// The columns CountEvents reads of each matching event, and the bucket keys
// of one such row for `by` (a country count gives each distinct country of
// the event once; empty keys count nowhere).
const char* const kCountColumns =
    "SELECT e.day, e.source_code, e.target_code, e.cameo, e.cameo_root, e.plover, "
    "e.source_country, e.target_country, e.num_mentions, ";

void CountKeys(const SqlRow& row, CountBy by, std::vector<std::string>* keys) {
  keys->clear();
  switch (by) {
    case CountBy::kDay: case CountBy::kWeek: case CountBy::kMonth:
      keys->push_back(DateBucket(row.Int(0), by));
      break;
    case CountBy::kDyad: keys->push_back(row.Text(1) + ">" + row.Text(2)); break;
    case CountBy::kCode: keys->push_back(row.Text(3)); break;
    case CountBy::kRoot: keys->push_back(row.Text(4)); break;
    case CountBy::kPlover: keys->push_back(row.Text(5)); break;
    case CountBy::kCountry:
      keys->push_back(row.Text(6));
      if (std::string target = row.Text(7); target != keys->front()) {
        keys->push_back(std::move(target));
      }
      break;
  }
}

}  // namespace

Status SqlStore::MapForQueries() {
  // Queries map the SQLite file (up to SQLite's 2 GB limit) instead of
  // copying each page through a read call: a count that visits 100,000
  // events, one random row each, takes a third of the time. Only queries:
  // mapped pages count in a process's resident memory, and ingest's must
  // stay flat however large the store grows.
  if (mapped_ || db_->dialect() != Dialect::kSqlite) return Status::OK();
  mapped_ = true;
  return db_->Exec("PRAGMA mmap_size=2147418112");
}

Status SqlStore::QueryEvents(const EventQuery& query, EventPage* out) {
  std::lock_guard lock(mu_);
  ANNALIST_RETURN_IF_ERROR(MapForQueries());
  out->events.clear();
  out->next_cursor.clear();
  const int limit = std::clamp(query.limit, 1, 10000);
  const bool by_id = query.after_id > 0;
  PageStart start;
  if (!query.cursor.empty()) {
    if (!ParseCursor(query.cursor, &start.day, &start.id)) {
      return Status::InvalidArgument("bad cursor '" + query.cursor + "'");
    }
    start.first = false;
  }
  std::string sql;
  SqlParams params;
  if (by_id) {
    // Following: ascending ids from the events table's primary key.
    EventSource source = Source(query, db_->dialect(), {}, PageStart(), 0);
    if (!start.first) source.where.Add("e.id > ?", {start.id});
    sql = EventColumns(db_->dialect()) + source.from + kFirstMention + source.where.sql + " ORDER BY e.id ASC";
    params = std::move(source.where.params);
  } else {
    std::vector<std::string> terms;
    ANNALIST_RETURN_IF_ERROR(OrderTerms(db_.get(), query, &terms));
    EventSource source = Source(query, db_->dialect(), terms, start, limit);
    sql = EventColumns(db_->dialect()) + source.from + kFirstMention + source.where.sql + " ORDER BY " +
          source.order_day + " DESC, " + source.order_id + " DESC";
    params = std::move(source.from_params);
    for (auto& v : source.where.params) params.push_back(std::move(v));
  }
  sql += " LIMIT " + std::to_string(limit + 1);
  int64_t last_day = 0;
  bool more = false;
  ANNALIST_RETURN_IF_ERROR(db_->Run(sql, params, [&](const SqlRow& row) {
    if (static_cast<int>(out->events.size()) == limit) {
      more = true;
      return false;
    }
    out->events.push_back(ReadEvent(row));
    last_day = row.Int(28);
    return true;
  }));
  if (more) {
    out->next_cursor = std::to_string(last_day) + ":" + std::to_string(out->events.back().id);
  }
  return Status::OK();
}

Status SqlStore::CountEvents(const EventQuery& query, CountBy by, std::vector<CountRow>* out) {
  std::lock_guard lock(mu_);
  ANNALIST_RETURN_IF_ERROR(MapForQueries());
  out->clear();
  EventQuery filters = query;
  filters.cursor.clear();
  const bool by_date = by == CountBy::kDay || by == CountBy::kWeek || by == CountBy::kMonth;
  std::map<std::string, CountRow> buckets;
  auto add = [&](const std::string& key, int64_t events, int64_t mentions, int64_t milli) {
    if (key.empty()) return;
    CountRow& b = buckets[key];
    b.key = key;
    b.events += events;
    b.mentions += mentions;
    b.goldstein += static_cast<double>(milli);  // thousandths, summed until divided below
  };
  // The store-wide totals answer when they can; otherwise the matching
  // events are read once and bucketed here, which costs less than SQL's
  // sorting them by a computed key (and a country count needs one pass, not
  // one per side).
  const std::string rollup = RollupDimension(filters, by);
  if (!rollup.empty()) {
    ANNALIST_RETURN_IF_ERROR(ReadRollups(db_.get(), rollup, filters, [&](const SqlRow& row) {
      add(by_date ? DateBucket(row.Int(0), by) : row.Text(0), row.Int(1), row.Int(2),
          row.Int(3));
      return true;
    }));
  } else {
    std::vector<std::string> terms;
    ANNALIST_RETURN_IF_ERROR(OrderTerms(db_.get(), filters, &terms));
    EventSource source = Source(filters, db_->dialect(), terms, PageStart(), 0);
    const std::string sql = kCountColumns + GoldsteinMilli("e.goldstein") + source.from +
                            source.where.sql;
    SqlParams params = std::move(source.from_params);
    for (auto& v : source.where.params) params.push_back(std::move(v));
    std::vector<std::string> keys;
    ANNALIST_RETURN_IF_ERROR(db_->Run(sql, params, [&](const SqlRow& row) {
      CountKeys(row, by, &keys);
      for (const std::string& key : keys) add(key, 1, row.Int(8), row.Int(9));
      return true;
    }));
  }
  for (auto& [key, row] : buckets) {
    if (row.events > 0) row.goldstein = row.goldstein / 1000 / static_cast<double>(row.events);
    out->push_back(row);
  }
  if (!by_date) {
    std::stable_sort(out->begin(), out->end(), [](const CountRow& a, const CountRow& b) {
      return a.events > b.events;
    });
  }
  return Status::OK();
}

}  // namespace annalist::store
