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
  ASSERT_FALSE(Rows(path, "SELECT 1 FROM event_terms WHERE term = 'd:USA>CHN'").empty());
  ASSERT_FALSE(Rows(path, "SELECT 1 FROM event_rollups WHERE dimension = 'dyad a:PAK'").empty());
  // What a store of version 5 held: no d: terms, no rollups per actor but
  // for days, none by code or root per country (migration 6); no tracked
  // quantities (7).
  Exec(path,
       "DELETE FROM event_terms WHERE term LIKE 'd:%';"
       "DELETE FROM event_rollups WHERE (dimension LIKE '% a:%' AND dimension NOT LIKE 'day %') "
       "OR dimension LIKE 'code c:%' OR dimension LIKE 'root c:%';"
       "ALTER TABLE quantities DROP COLUMN tracked;"
       "DELETE FROM schema_version WHERE version >= 6;");
  ASSERT_NE(Rows(path, kTerms), terms);
  {
    std::unique_ptr<Store> store;
    ASSERT_TRUE(Store::Open(path, &store).ok());  // migrates
  }
  EXPECT_EQ(Rows(path, kTerms), terms);
  EXPECT_EQ(Rows(path, kRollups), rollups);
  // The column is back (Rows fails the test when the statement does not
  // compile); these articles have no quantities.
  EXPECT_EQ(Rows(path, "SELECT tracked FROM quantities"), std::vector<std::string>{});
}

}  // namespace
}  // namespace annalist
