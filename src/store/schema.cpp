#include "store/schema.h"

#include <ctime>
#include <string>
#include <vector>

#include "store/event_rollups.h"
#include "store/event_terms.h"
#include "store/layer_ids.h"

namespace annalist::store {
namespace {

// Portable DDL: BIGINT and DOUBLE PRECISION mean the same to both databases;
// {PK} is the one spelling that differs (SQLite's rowid alias vs identity).
// Offsets are byte offsets into articles.text (start_byte, end_byte).
constexpr const char* kCoreTables = R"sql(
CREATE TABLE articles (
  id {PK}, key TEXT NOT NULL UNIQUE, doc_id TEXT, url TEXT, title TEXT, source TEXT,
  published TEXT, published_inferred BIGINT, presegmented BIGINT, text TEXT NOT NULL,
  tone DOUBLE PRECISION, ingested BIGINT NOT NULL);
CREATE INDEX articles_url ON articles (url);
CREATE TABLE ingest_errors (
  id {PK}, key TEXT NOT NULL UNIQUE, doc_id TEXT, url TEXT, source TEXT,
  message TEXT NOT NULL, ingested BIGINT NOT NULL);
CREATE TABLE sentences (
  id {PK}, article_id BIGINT NOT NULL, idx BIGINT NOT NULL,
  start_byte BIGINT, end_byte BIGINT, text TEXT NOT NULL, UNIQUE (article_id, idx));
CREATE TABLE actors (
  article_id BIGINT NOT NULL, idx BIGINT NOT NULL, sentence BIGINT,
  start_byte BIGINT, end_byte BIGINT, code TEXT, country TEXT, sector TEXT, name TEXT,
  kind TEXT, refers_to BIGINT, evidence_start BIGINT, evidence_end BIGINT, rule TEXT,
  dictionary TEXT, PRIMARY KEY (article_id, idx));
CREATE TABLE events (
  id {PK}, key TEXT NOT NULL UNIQUE, date TEXT, day BIGINT NOT NULL,
  source_code TEXT, source_country TEXT, source_sector TEXT, source_name TEXT,
  target_code TEXT, target_country TEXT, target_sector TEXT, target_name TEXT,
  cameo TEXT, cameo_root TEXT, quad_class BIGINT, goldstein DOUBLE PRECISION,
  plover TEXT, plover_mode TEXT, negated BIGINT,
  place_name TEXT, place_key TEXT, place_country TEXT, place_admin1 TEXT,
  lat DOUBLE PRECISION, lon DOUBLE PRECISION, geonames_id BIGINT,
  num_mentions BIGINT NOT NULL DEFAULT 0, num_sources BIGINT NOT NULL DEFAULT 0,
  num_articles BIGINT NOT NULL DEFAULT 0, avg_tone DOUBLE PRECISION DEFAULT 0,
  first_mention_id BIGINT, created BIGINT NOT NULL);
CREATE INDEX events_day ON events (day, id);
CREATE INDEX events_cameo ON events (cameo, day);
CREATE INDEX events_root ON events (cameo_root, day);
CREATE INDEX events_plover ON events (plover, day);
CREATE INDEX events_source ON events (source_code, day);
CREATE INDEX events_target ON events (target_code, day);
CREATE INDEX events_source_country ON events (source_country, day);
CREATE INDEX events_target_country ON events (target_country, day);
CREATE INDEX events_place ON events (place_key);
CREATE INDEX events_place_country ON events (place_country);
CREATE TABLE event_mentions (
  id {PK}, event_id BIGINT NOT NULL, article_id BIGINT NOT NULL, idx BIGINT NOT NULL,
  sentence BIGINT, sentence_id BIGINT, source_actor BIGINT, target_actor BIGINT,
  place BIGINT, quote BIGINT, verb_start BIGINT, verb_end BIGINT, verb TEXT, rule TEXT,
  dictionary TEXT, tone DOUBLE PRECISION, source TEXT, UNIQUE (article_id, idx));
CREATE INDEX event_mentions_event ON event_mentions (event_id, source);
CREATE INDEX event_mentions_sentence ON event_mentions (sentence_id);
CREATE TABLE quotes (
  article_id BIGINT NOT NULL, idx BIGINT NOT NULL, sentence BIGINT, direct BIGINT,
  speaker_start BIGINT, speaker_end BIGINT, speaker TEXT, speaker_actor BIGINT,
  cue_start BIGINT, cue_end BIGINT, content_start BIGINT, content_end BIGINT,
  PRIMARY KEY (article_id, idx));
CREATE TABLE places (
  article_id BIGINT NOT NULL, idx BIGINT NOT NULL, start_byte BIGINT, end_byte BIGINT,
  name TEXT, country TEXT, admin1 TEXT, feature TEXT, lat DOUBLE PRECISION,
  lon DOUBLE PRECISION, geonames_id BIGINT, PRIMARY KEY (article_id, idx));
CREATE TABLE times (
  article_id BIGINT NOT NULL, idx BIGINT NOT NULL, start_byte BIGINT, end_byte BIGINT,
  value TEXT, type TEXT, PRIMARY KEY (article_id, idx));
CREATE TABLE quantities (
  article_id BIGINT NOT NULL, idx BIGINT NOT NULL, start_byte BIGINT, end_byte BIGINT,
  value DOUBLE PRECISION, about TEXT, approximate TEXT, change_kind TEXT, unit TEXT,
  event BIGINT, PRIMARY KEY (article_id, idx));
CREATE TABLE claims (
  article_id BIGINT NOT NULL, idx BIGINT NOT NULL, proposition_event BIGINT,
  proposition_start BIGINT, proposition_end BIGINT, PRIMARY KEY (article_id, idx));
CREATE TABLE claim_parties (
  article_id BIGINT NOT NULL, claim BIGINT NOT NULL, role TEXT NOT NULL, idx BIGINT NOT NULL,
  actor BIGINT, event BIGINT, start_byte BIGINT, end_byte BIGINT,
  PRIMARY KEY (article_id, claim, role, idx));
)sql";

// Full-text search over sentences: an external-content FTS5 index kept in
// step by triggers (SQLite), a generated tsvector with a GIN index (PostgreSQL).
constexpr const char* kSqliteFullText = R"sql(
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id');
CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild');
)sql";
constexpr const char* kPostgresFullText = R"sql(
ALTER TABLE sentences ADD COLUMN tsv tsvector
  GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
CREATE INDEX sentences_tsv ON sentences USING GIN (tsv);
)sql";

// Migration 3, for ingest and query speed.
// - Full text: the writer indexes the sentences that report an event (the
//   only ones --text can find), all of a transaction's in one statement
//   (SqlStore::FinishWrite). The per-row triggers go: SQLite's FTS5 flushes
//   its pending index at every statement savepoint, so a trigger wrote one
//   tiny segment per sentence and then merged them all, which cost more CPU
//   than everything else the writer did. Never 'rebuild' this index: that
//   would index every sentence.
// - event_terms (store/event_terms.h) answers "either side", code-prefix,
//   country and place filters in date order; it replaces the per-column
//   indexes those filters used, which could not give date order.
constexpr const char* kSqliteMentionedFullText = R"sql(
DROP TRIGGER sentences_fts_insert;
DROP TRIGGER sentences_fts_delete;
INSERT INTO sentences_fts (sentences_fts) VALUES ('delete-all');
INSERT INTO sentences_fts (rowid, text)
  SELECT id, text FROM sentences WHERE id IN (SELECT sentence_id FROM event_mentions);
)sql";
constexpr const char* kEventTerms = R"sql(
CREATE TABLE event_terms (
  term TEXT NOT NULL, day BIGINT NOT NULL, event_id BIGINT NOT NULL,
  PRIMARY KEY (term, day, event_id)){WITHOUT ROWID};
DROP INDEX events_source;
DROP INDEX events_target;
DROP INDEX events_source_country;
DROP INDEX events_target_country;
DROP INDEX events_place;
DROP INDEX events_place_country;
)sql";

std::string EventTermsMigration(Dialect dialect) {
  std::string sql = dialect == Dialect::kSqlite ? kSqliteMentionedFullText : "";
  return sql + kEventTerms + InsertEventTerms("true") + ";";
}

// Migration 4: event_rollups (store/event_rollups.h) answers --count-by
// without filters, filled here from the events of older stores.
std::string EventRollupsMigration() {
  return std::string(R"sql(
CREATE TABLE event_rollups (
  dimension TEXT NOT NULL, key TEXT NOT NULL, events BIGINT NOT NULL,
  mentions BIGINT NOT NULL, goldstein_milli BIGINT NOT NULL,
  PRIMARY KEY (dimension, key)){WITHOUT ROWID};
)sql") + BackfillRollups();
}

// Migration 5: each mention carries its event's day, and the sentence index
// of the mentions covers (sentence, day, event): a free-text page is then cut
// from that index, in date order, before any event row is read.
constexpr const char* kMentionDays = R"sql(
ALTER TABLE event_mentions ADD COLUMN day BIGINT;
UPDATE event_mentions SET day = (SELECT e.day FROM events e WHERE e.id = event_mentions.event_id);
DROP INDEX event_mentions_sentence;
CREATE INDEX event_mentions_sentence ON event_mentions (sentence_id, day, event_id);
)sql";

// Migration 6: d: terms (dyads of country-level actors) in event_terms, and
// event_rollups per 3-letter actor prefix for every dimension (and per
// country for codes and roots): refilled from the events.
std::string DyadTermsAndActorRollupsMigration() {
  return InsertDyadTerms("true") + ";\nDELETE FROM event_rollups;\n" + BackfillRollups();
}

// Migration 7: what a quantity counts for analysts ("killed", ...), which
// the writer dropped before (articles stored earlier have it empty until
// re-coded).
constexpr const char* kQuantityTracked =
    "ALTER TABLE quantities ADD COLUMN tracked TEXT NOT NULL DEFAULT '';";

// Migration 8, for ingest speed and size: layer rows keyed by their position
// (store/layer_ids.h) instead of a second index on (article_id, idx), which
// become columns generated from the id; and sentences without a copy of
// their text (the view sentence_texts cuts it from the article's). Each
// layer table is rebuilt with the id in front of its other columns; the
// full-text index is rebuilt for the new sentence ids, contentless (SQLite)
// or a plain column the writer fills (PostgreSQL), over the sentences that
// report an event.
struct LayerTable {
  const char* name;
  const char* columns;  // besides id, article_id and idx
};
constexpr LayerTable kLayerTables[] = {
    {"sentences", "start_byte BIGINT, end_byte BIGINT"},
    {"actors", "sentence BIGINT, start_byte BIGINT, end_byte BIGINT, code TEXT, country TEXT, "
               "sector TEXT, name TEXT, kind TEXT, refers_to BIGINT, evidence_start BIGINT, "
               "evidence_end BIGINT, rule TEXT, dictionary TEXT"},
    {"quotes", "sentence BIGINT, direct BIGINT, speaker_start BIGINT, speaker_end BIGINT, "
               "speaker TEXT, speaker_actor BIGINT, cue_start BIGINT, cue_end BIGINT, "
               "content_start BIGINT, content_end BIGINT"},
    {"places", "start_byte BIGINT, end_byte BIGINT, name TEXT, country TEXT, admin1 TEXT, "
               "feature TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, geonames_id BIGINT"},
    {"times", "start_byte BIGINT, end_byte BIGINT, value TEXT, type TEXT"},
    {"quantities", "start_byte BIGINT, end_byte BIGINT, value DOUBLE PRECISION, about TEXT, "
                   "approximate TEXT, change_kind TEXT, unit TEXT, event BIGINT, "
                   "tracked TEXT NOT NULL DEFAULT ''"},
    {"claims", "proposition_event BIGINT, proposition_start BIGINT, proposition_end BIGINT"},
};

// The names in a column list ("a TEXT, b BIGINT" -> "a, b").
std::string ColumnNames(const std::string& columns) {
  std::string names;
  for (size_t at = 0; at < columns.size();) {
    const size_t name_end = columns.find(' ', at), next = columns.find(", ", at);
    names += (names.empty() ? "" : ", ") + columns.substr(at, name_end - at);
    at = next == std::string::npos ? columns.size() : next + 2;
  }
  return names;
}

std::string LayerIdsMigration(Dialect dialect) {
  const bool sqlite = dialect == Dialect::kSqlite;
  const std::string stride = std::to_string(kLayerIdStride);
  // SQLite's rowid only when spelled INTEGER PRIMARY KEY; PostgreSQL (before
  // 18) generates only stored columns.
  const std::string generated = sqlite ? " VIRTUAL" : " STORED";
  const std::string keys =
      (sqlite ? "id INTEGER PRIMARY KEY" : "id BIGINT PRIMARY KEY") +
      std::string(", article_id BIGINT GENERATED ALWAYS AS (id / ") + stride + ")" + generated +
      ", idx BIGINT GENERATED ALWAYS AS (id % " + stride + ")" + generated + ", ";
  std::string sql = sqlite ? "DROP TABLE sentences_fts;\n" : "";
  for (const LayerTable& t : kLayerTables) {
    const std::string name = t.name, rebuilt = name + "_v8", columns = ColumnNames(t.columns);
    const bool sentences = name == "sentences";
    sql += "CREATE TABLE " + rebuilt + " (" + keys + t.columns +
           (sentences && !sqlite ? ", tsv tsvector" : "") + ");\n";
    sql += "INSERT INTO " + rebuilt + " (id, " + columns + ") SELECT " +
           LayerIdSql("article_id", "idx") + ", " + columns + " FROM " + name +
           ";\nDROP TABLE " + name + ";\nALTER TABLE " + rebuilt + " RENAME TO " + name + ";\n";
  }
  sql += "UPDATE event_mentions SET sentence_id = " + LayerIdSql("article_id", "sentence") +
         " WHERE sentence_id IS NOT NULL;\n";
  sql += "CREATE VIEW sentence_texts AS SELECT s.id, s.article_id, s.idx, s.start_byte, "
         "s.end_byte, " + SentenceTextSql(dialect) +
         " AS text FROM sentences s JOIN articles a ON a.id = s.article_id;\n";
  sql += sqlite ? "CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='', columnsize=0);\n"
                : "CREATE INDEX sentences_tsv ON sentences USING GIN (tsv);\n";
  return sql + IndexMentionedSentences(dialect, "true") + ";";
}

// Migration 9: the indexes of events by CAMEO root and by PLOVER type go.
// Every query filtering on either is driven by its r: or pl: term in
// event_terms (store/event_terms.h), so they served no query, and cost the
// writer two b-tree inserts per new event. (events_cameo stays: a full
// four-digit code has no term.)
constexpr const char* kDropTermCoveredIndexes = R"sql(
DROP INDEX IF EXISTS events_root;
DROP INDEX IF EXISTS events_plover;
)sql";

void Replace(std::string* sql, const std::string& placeholder, const std::string& with) {
  for (size_t at; (at = sql->find(placeholder)) != std::string::npos;) {
    sql->replace(at, placeholder.size(), with);
  }
}

struct Migration {
  int version;
  std::string sqlite;
  std::string postgres;
};

const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> migrations = {
      {1, kCoreTables, kCoreTables},
      {2, kSqliteFullText, kPostgresFullText},
      {3, EventTermsMigration(Dialect::kSqlite), EventTermsMigration(Dialect::kPostgres)},
      {4, EventRollupsMigration(), EventRollupsMigration()},
      {5, kMentionDays, kMentionDays},
      {6, DyadTermsAndActorRollupsMigration(), DyadTermsAndActorRollupsMigration()},
      {7, kQuantityTracked, kQuantityTracked},
      {8, LayerIdsMigration(Dialect::kSqlite), LayerIdsMigration(Dialect::kPostgres)},
      {9, kDropTermCoveredIndexes, kDropTermCoveredIndexes},
  };
  return migrations;
}

std::string ForDialect(std::string sql, Dialect dialect) {
  const bool sqlite = dialect == Dialect::kSqlite;
  Replace(&sql, "{PK}",
          sqlite ? "INTEGER PRIMARY KEY" : "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
  // A clustered table: the primary key is the only b-tree (SQLite only).
  Replace(&sql, "{WITHOUT ROWID}", sqlite ? " WITHOUT ROWID" : "");
  return sql;
}

}  // namespace

std::string IndexMentionedSentences(Dialect dialect, const std::string& mentions) {
  const std::string sentences = "s.id IN (SELECT sentence_id FROM event_mentions WHERE " +
                                mentions + ")";
  if (dialect == Dialect::kSqlite) {
    return "INSERT INTO sentences_fts (rowid, text) SELECT s.id, " + SentenceTextSql(dialect) +
           " FROM sentences s JOIN articles a ON a.id = s.article_id WHERE " + sentences;
  }
  return "UPDATE sentences s SET tsv = to_tsvector('english', " + SentenceTextSql(dialect) +
         ") FROM articles a WHERE a.id = s.article_id AND " + sentences;
}

int LatestSchemaVersion() { return Migrations().back().version; }

Status Migrate(SqlConnection* db, int* version) {
  ANNALIST_RETURN_IF_ERROR(db->Exec(
      "CREATE TABLE IF NOT EXISTS schema_version (version BIGINT PRIMARY KEY, "
      "applied BIGINT NOT NULL)"));
  int64_t current = 0;
  for (const Migration& m : Migrations()) {
    // Each migration checks the version inside its own transaction, so two
    // processes opening a new store at once apply it only once.
    if (db->dialect() == Dialect::kSqlite) {
      ANNALIST_RETURN_IF_ERROR(db->Exec("BEGIN IMMEDIATE"));
    } else {
      ANNALIST_RETURN_IF_ERROR(db->Begin());
      ANNALIST_RETURN_IF_ERROR(db->Exec("LOCK TABLE schema_version IN EXCLUSIVE MODE"));
    }
    Status s = db->QueryInt("SELECT COALESCE(MAX(version), 0) FROM schema_version", {},
                            &current);
    if (s.ok() && current < m.version) {
      s = db->Exec(ForDialect(db->dialect() == Dialect::kSqlite ? m.sqlite : m.postgres,
                              db->dialect()));
      if (s.ok()) {
        s = db->Run("INSERT INTO schema_version (version, applied) VALUES (?, ?)",
                    {int64_t{m.version}, int64_t{std::time(nullptr)}}, nullptr);
      }
      if (s.ok()) current = m.version;
    }
    if (!s.ok()) {
      db->Rollback();
      return s.WithContext("schema migration " + std::to_string(m.version));
    }
    ANNALIST_RETURN_IF_ERROR(db->Commit());
  }
  if (version) *version = static_cast<int>(current);
  return Status::OK();
}

}  // namespace annalist::store
