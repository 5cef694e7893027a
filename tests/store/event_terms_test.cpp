// The writer computes the terms of the events it creates in C++
// (NewEventTerms); migrations and deletion compute them in SQL
// (InsertEventTerms, DeleteEventTerms). The two must agree exactly, or a
// deleted event would leave terms behind and a migrated store would differ
// from a new one: these tests store events with awkward codes, places and
// countries, then recompute their terms in SQL and compare.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "store/event_terms.h"
#include "store/sql.h"
#include "store/store_fixture.h"
#include "store/test_store.h"

namespace annalist {
namespace {

struct EventSpec {
  std::string source, target;                  // actor codes
  std::string source_country, target_country;
  std::string cameo, plover;
  std::string place, place_country;  // no place when both are empty
  std::string date = "2024-01-01";
};

// An article (its URL made of `n`) reporting one event as `spec` describes.
Document ArticleWith(int n, const EventSpec& spec) {
  Document doc =
      testing::MakeArticle("u" + std::to_string(n), "outlet", spec.date, {"AAA 010 BBB"});
  Event& e = doc.events[0];
  e.source.code = spec.source;
  e.target.code = spec.target;
  e.source.country = spec.source_country;
  e.target.country = spec.target_country;
  e.cameo = spec.cameo;
  e.cameo_root = spec.cameo.substr(0, std::min<size_t>(2, spec.cameo.size()));
  e.plover = spec.plover;
  if (!spec.place.empty() || !spec.place_country.empty()) {
    Place p;
    p.name = spec.place;
    p.country = spec.place_country;
    doc.places.push_back(p);
    e.place = 0;
  }
  return doc;
}

// Codes of every length around the 3-letter segments (none, 1, 2, 4, 5,
// 7 letters; 21, the longest prefix indexed, and past it), multi-byte
// letters (SQL counts characters, not bytes), empty and shared countries,
// places with only a name, only a country (mixed case), non-ASCII names,
// short and empty CAMEO codes, an unknown date.
const std::vector<EventSpec> kFirst = {
    {"PAK", "AFG", "PAK", "AFG", "010", "CONSULT", "Kabul", "AFG"},
    {"PAKGOV", "PAKMIL", "PAK", "PAK", "020", "APPEAL", "", ""},
    {"PAKGOVMIL", "USAGOVLEG", "PAK", "USA", "0231", "REQUEST", "Islamabad", "Pak"},
    {"", "", "", "", "", "", "", ""},
    {"AB", "ABCD", "", "XYZ", "03", "", "", "PAK"},
    {"ABCDE", "ABCDEFG", "A", "B", "0", "PROTEST", "Zürich", "CHE"},
};
const std::vector<EventSpec> kSecond = {
    {"PAKGOVMILREBOPPLEGJUD", "USAGOVMILREBOPPLEGJUDCOP", "PAK", "USA", "190", "FIGHT", "", ""},
    {"ÉTAGOV", "ÉT", "ÉTA", "", "111", "", "ÅLAND", ""},
    {"中国政府组织", "USA", "中国", "USA", "042", "CONSULT", "北京", "CHN", /*date=*/""},
    {"PAK", "AFG", "PAK", "AFG", "010", "CONSULT", "Kabul", "AFG"},  // merges with kFirst[0]
};

class EventTermsTest : public testing::StoreTest {
 protected:
  // A second connection to the store, for the SQL.
  std::unique_ptr<store::SqlConnection> Connect() {
    std::unique_ptr<store::SqlConnection> db;
    Status s = GetParam() == "sqlite" ? store::OpenSqlite(url_, &db)
                                      : store::OpenPostgres(url_, &db);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return db;
  }

  std::vector<IngestResult> IngestAll(const std::vector<EventSpec>& specs, int first) {
    std::vector<Document> docs;
    for (size_t i = 0; i < specs.size(); ++i) {
      docs.push_back(ArticleWith(first + static_cast<int>(i), specs[i]));
    }
    return Ingest(docs);
  }
};

// Every row of event_terms as "term|day|event_id", in key order.
std::vector<std::string> Terms(store::SqlConnection* db) {
  std::vector<std::string> rows;
  Status s = db->Run("SELECT term, day, event_id FROM event_terms", {},
                     [&](const store::SqlRow& row) {
                       rows.push_back(row.Text(0) + "|" + std::to_string(row.Int(1)) + "|" +
                                      std::to_string(row.Int(2)));
                       return true;
                     });
  EXPECT_TRUE(s.ok()) << s.ToString();
  std::sort(rows.begin(), rows.end());
  return rows;
}

// The terms the SQL computes for every stored event.
std::vector<std::string> TermsInSql(store::SqlConnection* db) {
  EXPECT_TRUE(db->Exec("DELETE FROM event_terms").ok());
  Status s = db->Run(store::InsertEventTerms("e.id > ?"), {int64_t{0}}, nullptr);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return Terms(db);
}

bool Has(const std::vector<std::string>& terms, const std::string& prefix) {
  return std::ranges::any_of(terms, [&](const std::string& t) { return t.starts_with(prefix); });
}

TEST_P(EventTermsTest, TheWritersTermsAreWhatTheSqlComputes) {
  IngestAll(kFirst, 0);
  IngestAll(kSecond, 100);  // a second transaction, one event merged
  auto db = Connect();
  ASSERT_NE(db, nullptr);
  const std::vector<std::string> written = Terms(db.get());
  // The rules' edges were reached (else the comparison proves little).
  for (const char* term : {"a:PAK|", "a:PAKGOVMIL|", "s:PAKGOVMILREBOPPLEGJUD|", "t:ABC|",
                           "c:PAK|", "c:ÉTA|", "p:pak|", "p:zürich|", "p:afg|", "k:023|",
                           "r:0|", "d:PAK>USA|", "a:ÉTAGOV|", "a:中国政府组织|",
                           "d:中国政>USA|", "pl:FIGHT|", "p:Åland|"}) {
    EXPECT_TRUE(Has(written, term)) << term;
  }
  for (const char* term : {"a:AB|", "t:ABCD|", "a:ÉT|", "a:USAGOVMILREBOPPLEGJUDCOP|",
                           "k:0|", "k:03|", "c:|", "p:|", "d:AB>"}) {
    EXPECT_FALSE(Has(written, term)) << term;
  }
  EXPECT_EQ(TermsInSql(db.get()), written);
  // And the SQL's deletion finds every one of them.
  ASSERT_TRUE(db->Run(store::DeleteEventTerms("e.id > ?"), {int64_t{0}}, nullptr).ok());
  EXPECT_EQ(Terms(db.get()), std::vector<std::string>{});
}

TEST_P(EventTermsTest, ReCodingKeepsTheTermsOfExactlyTheRemainingEvents) {
  std::vector<IngestResult> results = IngestAll(kFirst, 0);
  // The event of article 2 goes (the SQL deletes its terms); a new one
  // comes (the writer adds them).
  ASSERT_TRUE(store_->ReplaceAnalysis(results[2].article_id, ArticleWith(2, kSecond[1])).ok());
  auto db = Connect();
  ASSERT_NE(db, nullptr);
  const std::vector<std::string> written = Terms(db.get());
  EXPECT_TRUE(Has(written, "a:ÉTAGOV|"));
  EXPECT_FALSE(Has(written, "a:PAKGOVMIL|"));
  EXPECT_EQ(TermsInSql(db.get()), written);
}

INSTANTIATE_TEST_SUITE_P(Backends, EventTermsTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace annalist
