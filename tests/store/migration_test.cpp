// Schema migrations bring an older store to what a new one holds.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>
#include <vector>

#include "io/temp_dir.h"
#include "store/test_store.h"

namespace annalist {
namespace {

using testing::MakeArticle;

// The rows `sql` returns, each as its columns joined by '|'.
std::vector<std::string> Rows(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::vector<std::string> rows;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK) << sql;
  while (stmt != nullptr && sqlite3_step(stmt) == SQLITE_ROW) {
    std::string row;
    for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
      const unsigned char* text = sqlite3_column_text(stmt, c);
      row += (c ? "|" : "") + std::string(text ? reinterpret_cast<const char*>(text) : "");
    }
    rows.push_back(row);
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return rows;
}

void Exec(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* error = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK)
      << (error ? error : "");
  sqlite3_free(error);
  sqlite3_close(db);
}

// Turns the layer tables of version 8 back into those of version 7: each
// keyed by (article_id, idx), sentences numbered in order and holding their
// text, the full-text index over the sentences table.
const char kLayersOfVersion7[] = R"sql(
DROP VIEW sentence_texts;
DROP TABLE sentences_fts;
CREATE TABLE sentences_v7 (
  id INTEGER PRIMARY KEY, article_id BIGINT NOT NULL, idx BIGINT NOT NULL,
  start_byte BIGINT, end_byte BIGINT, text TEXT NOT NULL, UNIQUE (article_id, idx));
INSERT INTO sentences_v7 (article_id, idx, start_byte, end_byte, text)
  SELECT s.article_id, s.idx, s.start_byte, s.end_byte,
         CAST(substr(CAST(a.text AS BLOB), s.start_byte + 1, s.end_byte - s.start_byte) AS TEXT)
  FROM sentences s JOIN articles a ON a.id = s.article_id ORDER BY s.id;
DROP TABLE sentences;
ALTER TABLE sentences_v7 RENAME TO sentences;
UPDATE event_mentions SET sentence_id = (SELECT s.id FROM sentences s
  WHERE s.article_id = event_mentions.article_id AND s.idx = event_mentions.sentence);
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id');
INSERT INTO sentences_fts (rowid, text)
  SELECT id, text FROM sentences WHERE id IN (SELECT sentence_id FROM event_mentions);
)sql";

// Drops the id column of a layer table (a copy without its key first:
// SQLite cannot drop a primary key column).
std::string WithoutLayerId(const std::string& table) {
  return "ALTER TABLE " + table + " RENAME TO old; CREATE TABLE " + table +
         " AS SELECT * FROM old; DROP TABLE old; ALTER TABLE " + table + " DROP COLUMN id;";
}

// Every layer row (with its id), and the sentences the full-text index finds.
const char* const kLayers[] = {
    "SELECT * FROM sentence_texts ORDER BY id",
    "SELECT * FROM actors ORDER BY id",
    "SELECT * FROM quotes ORDER BY id",
    "SELECT * FROM places ORDER BY id",
    "SELECT * FROM times ORDER BY id",
    "SELECT * FROM quantities ORDER BY id",
    "SELECT * FROM claims ORDER BY id",
    "SELECT id, sentence, sentence_id FROM event_mentions ORDER BY id",
    "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH 'acts' ORDER BY 1"};

const char kTerms[] = "SELECT term, day, event_id FROM event_terms ORDER BY 1, 2, 3";
const char kRollups[] =
    "SELECT dimension, key, events, mentions, goldstein_milli FROM event_rollups "
    "WHERE events <> 0 ORDER BY 1, 2";

TEST(MigrationTest, AStoreOfVersion5GetsWhatANewStoreHolds) {
  TempDir dir;
  const std::string path = dir.path() + "/old.db";
  {
    std::unique_ptr<Store> store;
    ASSERT_TRUE(Store::Open(path, &store).ok());
    std::vector<Document> docs = {
        MakeArticle("u1", "a", "2024-01-01", {"PAKGOV 020 AFGGOV", "USA 042 CHNMIL"}, "Kabul"),
        MakeArticle("u2", "b", "2024-01-02", {"PAKGOV 020 AFGGOV", "AFG 190 AFGREB"}),
        MakeArticle("u3", "b", "2024-02-03", {"IGOUNO 036 SYRGOV", "RUS 111 USAGOV"})};
    std::vector<const Document*> pointers;
    for (const Document& d : docs) pointers.push_back(&d);
    ASSERT_TRUE(store->Ingest(pointers, nullptr).ok());
  }
  const std::vector<std::string> terms = Rows(path, kTerms);
  const std::vector<std::string> rollups = Rows(path, kRollups);
  std::vector<std::vector<std::string>> layers;
  for (const char* sql : kLayers) layers.push_back(Rows(path, sql));
  ASSERT_FALSE(layers.back().empty());  // the full-text query finds sentences
  ASSERT_FALSE(Rows(path, "SELECT 1 FROM event_terms WHERE term = 'd:USA>CHN'").empty());
  ASSERT_FALSE(Rows(path, "SELECT 1 FROM event_rollups WHERE dimension = 'dyad a:PAK'").empty());
  // What a store of version 5 held: no d: terms, no rollups per actor but
  // for days, none by code or root per country (migration 6); no tracked
  // quantities (7); layers keyed by (article_id, idx), sentences with their
  // own numbers and text (8).
  std::string layers_of_version7 = kLayersOfVersion7;
  for (const char* table : {"actors", "quotes", "places", "times", "quantities", "claims"}) {
    layers_of_version7 += WithoutLayerId(table);
  }
  // ... and the indexes of events by root and PLOVER type (9).
  layers_of_version7 +=
      "CREATE INDEX events_root ON events (cameo_root, day);"
      "CREATE INDEX events_plover ON events (plover, day);";
  Exec(path, layers_of_version7);
  ASSERT_NE(Rows(path, "SELECT id FROM sentences ORDER BY id"),
            Rows(path, "SELECT " + std::string("article_id * 1048576 + idx") +
                           " FROM sentences ORDER BY id"));
  Exec(path,
       "DELETE FROM event_terms WHERE term LIKE 'd:%';"
       "DELETE FROM event_rollups WHERE (dimension LIKE '% a:%' AND dimension NOT LIKE 'day %') "
       "OR dimension LIKE 'code c:%' OR dimension LIKE 'root c:%';"
       "ALTER TABLE quantities DROP COLUMN tracked;"
       "DELETE FROM schema_version WHERE version >= 6;");
  ASSERT_NE(Rows(path, kTerms), terms);
  {
    std::unique_ptr<Store> store;
    Status s = Store::Open(path, &store);  // migrates
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  EXPECT_EQ(Rows(path, kTerms), terms);
  EXPECT_EQ(Rows(path, kRollups), rollups);
  for (size_t i = 0; i < std::size(kLayers); ++i) EXPECT_EQ(Rows(path, kLayers[i]), layers[i]);
  EXPECT_EQ(Rows(path,
                 "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' "
                 "AND name NOT LIKE 'sqlite_%' ORDER BY 1"),
            (std::vector<std::string>{"events_cameo", "events_day"}));
  // The column is back (Rows fails the test when the statement does not
  // compile); these articles have no quantities.
  EXPECT_EQ(Rows(path, "SELECT tracked FROM quantities"), std::vector<std::string>{});
}

}  // namespace
}  // namespace annalist
