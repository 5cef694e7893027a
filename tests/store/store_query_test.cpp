// The Store's contract for reading, run against SQLite and PostgreSQL alike:
// filters, cursor pages, following, counts, indexed and unindexed paths.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "store/store_fixture.h"
#include "store/test_store.h"

namespace annalist {
namespace {

using testing::MakeArticle;

class StoreQueryTest : public testing::StoreTest {};

TEST_P(StoreQueryTest, FiltersSelectMatchingEvents) {
  Document quoted = MakeArticle("u3", "c", "2024-03-01", {"USAGOV 042 CHN"});
  Quote q;
  q.sentence = 0;
  q.speaker = quoted.actors[0].span;
  q.content = quoted.sentences[0].span;
  quoted.quotes.push_back(q);
  quoted.events[0].quote = 0;
  Ingest({MakeArticle("u1", "a", "2024-01-10", {"PAKGOV 020 AFGGOV", "PAKMIL 190 AFGREB"},
                      "Kabul"),
          MakeArticle("u2", "b", "2024-02-20", {"IGOUNO 0231 SDN", "RUS 1951 UKR"}), quoted});
  auto codes = [&](EventQuery query) {
    std::set<std::string> out;
    for (const auto& e : Query(query)) out.insert(e.cameo);
    return out;
  };
  EventQuery q1;
  q1.actor = "pak";
  EXPECT_EQ(codes(q1), (std::set<std::string>{"020", "190"}));
  EventQuery q2;
  q2.source = "PAKMIL";
  EXPECT_EQ(codes(q2), (std::set<std::string>{"190"}));
  EventQuery q3;
  q3.country = "AFG";
  EXPECT_EQ(codes(q3), (std::set<std::string>{"020", "190"}));
  EventQuery q4;
  q4.cameo = "19";
  EXPECT_EQ(codes(q4), (std::set<std::string>{"190", "1951"}));
  EventQuery q5;
  q5.cameo = "023";
  EXPECT_EQ(codes(q5), (std::set<std::string>{"0231"}));
  EventQuery q6;
  q6.from = Date{2024, 2, 0};
  q6.to = Date{2024, 2, 0};
  EXPECT_EQ(codes(q6), (std::set<std::string>{"0231", "1951"}));
  EventQuery q7;
  q7.place = "kabul";
  EXPECT_EQ(codes(q7), (std::set<std::string>{"020", "190"}));
  EventQuery q8;
  q8.text = "IGOUNO acts";
  EXPECT_EQ(codes(q8), (std::set<std::string>{"0231"}));
  EventQuery q9;
  q9.speaker = "usagov";
  EXPECT_EQ(codes(q9), (std::set<std::string>{"042"}));
  EventQuery q10;
  q10.plover = "consult";
  q10.target = "UKR";
  EXPECT_EQ(codes(q10), (std::set<std::string>{"1951"}));
}

// Sentences do not store their text: it is cut from the article's by byte
// offsets, which must not be taken for characters.
TEST_P(StoreQueryTest, SentenceTextsAreTheArticlesBytes) {
  const Document doc = MakeArticle("u1", "a", "2024-01-01", {"PAKGOV 020 AFGGOV"}, "",
                                   "Zürich, Genève and Kraków — «meeting» in Kabul.");
  const std::string sentence(doc.SpanText(doc.sentences[1].span));
  ASSERT_EQ(sentence, "PAKGOV acts on AFGGOV.");
  auto results = Ingest({doc});
  auto events = Query(EventQuery{});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].sentence, sentence);
  std::vector<EventMention> mentions;
  ASSERT_TRUE(store_->GetEventMentions(events[0].id, &mentions).ok());
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].sentence_text, sentence);
  EXPECT_EQ(mentions[0].source_text, "PAKGOV");
  StoredArticle stored;
  ASSERT_TRUE(store_->GetArticle(results[0].article_id, &stored).ok());
  ASSERT_EQ(stored.doc.sentences.size(), 2u);
  EXPECT_EQ(stored.doc.SpanText(stored.doc.sentences[0].span), doc.SpanText(doc.sentences[0].span));
  EventQuery text;
  text.text = "AFGGOV";
  EXPECT_EQ(Query(text).size(), 1u);
  text.text = "Kraków";  // a sentence that reports no event is not searched
  EXPECT_EQ(Query(text).size(), 0u);
}

TEST_P(StoreQueryTest, CursorPagesVisitEveryEventOnceNewestFirst) {
  std::vector<Document> docs;
  for (int day = 1; day <= 23; ++day) {
    std::string date = "2024-05-" + std::string(day < 10 ? "0" : "") + std::to_string(day);
    docs.push_back(MakeArticle("u" + std::to_string(day), "a", date,
                               {"PAK 020 AFG", "AFG 020 PAK"}));
  }
  Ingest(docs);
  EventQuery q;
  q.limit = 7;
  std::set<int64_t> seen;
  Date previous{9999, 12, 31};
  int pages = 0;
  do {
    EventPage page;
    ASSERT_TRUE(store_->QueryEvents(q, &page).ok());
    for (const auto& e : page.events) {
      EXPECT_TRUE(seen.insert(e.id).second) << "event " << e.id << " seen twice";
      EXPECT_LE(e.date, previous);
      previous = e.date;
    }
    q.cursor = page.next_cursor;
    ++pages;
  } while (!q.cursor.empty());
  EXPECT_EQ(seen.size(), 46u);
  EXPECT_EQ(pages, 7);
}

TEST_P(StoreQueryTest, FollowingReturnsOnlyNewerEvents) {
  Ingest({MakeArticle("u1", "a", "2024-01-01", {"PAK 020 AFG"})});
  int64_t last = Stats().max_event_id;
  Ingest({MakeArticle("u2", "a", "2023-01-01", {"USA 020 CHN", "CHN 020 USA"})});
  EventQuery q;
  q.after_id = last;
  auto events = Query(q);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_LT(events[0].id, events[1].id);
  EXPECT_GT(events[0].id, last);
}

TEST_P(StoreQueryTest, CountsByDateDyadAndCode) {
  Ingest({MakeArticle("u1", "a", "2024-11-11", {"PAK 020 AFG", "PAK 190 AFG"}),
          MakeArticle("u2", "a", "2024-11-17", {"PAK 020 AFG"}),
          MakeArticle("u3", "b", "2024-11-18", {"USA 020 AFG"}),
          MakeArticle("u4", "b", "2024-11-18", {"USA 020 AFG"})});
  std::vector<CountRow> rows;
  ASSERT_TRUE(store_->CountEvents(EventQuery{}, CountBy::kWeek, &rows).ok());
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].key, "2024-11-11");  // Monday 11th to Sunday 17th
  EXPECT_EQ(rows[0].events, 3);
  EXPECT_EQ(rows[1].key, "2024-11-18");
  EXPECT_EQ(rows[1].events, 1);
  EXPECT_EQ(rows[1].mentions, 2);
  ASSERT_TRUE(store_->CountEvents(EventQuery{}, CountBy::kMonth, &rows).ok());
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].key, "2024-11");
  ASSERT_TRUE(store_->CountEvents(EventQuery{}, CountBy::kDyad, &rows).ok());
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].key, "PAK>AFG");
  EXPECT_EQ(rows[0].events, 3);
  EventQuery only_020;
  only_020.cameo = "020";
  ASSERT_TRUE(store_->CountEvents(only_020, CountBy::kCode, &rows).ok());
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].events, 3);
  ASSERT_TRUE(store_->CountEvents(EventQuery{}, CountBy::kCountry, &rows).ok());
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows[0].key, "AFG");
  EXPECT_EQ(rows[0].events, 4);
}

TEST_P(StoreQueryTest, StoreWideTotalsFollowRecodingAndAgreeWithCountingEvents) {
  auto results = Ingest({MakeArticle("u1", "a", "2024-01-01", {"PAK 020 AFG", "USA 042 CHN"}),
                         MakeArticle("u2", "b", "2024-01-02", {"PAK 020 AFG", "AFG 190 AFG"})});
  Document recoded = MakeArticle("u1", "a", "2024-01-01", {"PAK 030 AFG"});
  ASSERT_TRUE(store_->ReplaceAnalysis(results[0].article_id, recoded).ok());
  // The rollups answer these; adding a filter every event passes (all of
  // MakeArticle's events are CONSULT) makes the store count the events one
  // by one instead. Both must agree.
  EventQuery country, actor, root;
  country.country = "AFG";
  actor.actor = "PAK";
  root.cameo = "02";
  EventQuery january_2nd;
  january_2nd.from = january_2nd.to = Date{2024, 1, 2};
  const std::vector<std::pair<EventQuery, CountBy>> cases = {
      {{}, CountBy::kDay},   {{}, CountBy::kDyad},        {{}, CountBy::kCode},
      {{}, CountBy::kRoot},  {{}, CountBy::kPlover},      {{}, CountBy::kCountry},
      {country, CountBy::kDay}, {actor, CountBy::kMonth}, {root, CountBy::kWeek},
      {january_2nd, CountBy::kDay}, {country, CountBy::kPlover}, {country, CountBy::kDyad},
      {country, CountBy::kCountry}, {country, CountBy::kCode}, {country, CountBy::kRoot},
      {actor, CountBy::kDyad}, {actor, CountBy::kCode}, {actor, CountBy::kRoot},
      {actor, CountBy::kPlover}, {actor, CountBy::kCountry}};
  for (const auto& [query, by] : cases) {
    EventQuery counted_query = query;
    counted_query.plover = "CONSULT";
    std::vector<CountRow> totals, counted;
    ASSERT_TRUE(store_->CountEvents(query, by, &totals).ok());
    ASSERT_TRUE(store_->CountEvents(counted_query, by, &counted).ok());
    ASSERT_EQ(totals.size(), counted.size()) << static_cast<int>(by);
    for (size_t i = 0; i < totals.size(); ++i) {
      EXPECT_EQ(totals[i].key, counted[i].key);
      EXPECT_EQ(totals[i].events, counted[i].events) << totals[i].key;
      EXPECT_EQ(totals[i].mentions, counted[i].mentions) << totals[i].key;
      EXPECT_DOUBLE_EQ(totals[i].goldstein, counted[i].goldstein) << totals[i].key;
    }
  }
  std::vector<CountRow> codes;
  ASSERT_TRUE(store_->CountEvents(EventQuery{}, CountBy::kCode, &codes).ok());
  std::map<std::string, int64_t> events_by_code;
  for (const CountRow& row : codes) events_by_code[row.key] = row.events;
  EXPECT_EQ(events_by_code, (std::map<std::string, int64_t>{{"020", 1}, {"030", 1}, {"190", 1}}));
}

TEST_P(StoreQueryTest, IndexedFiltersPageInDateOrderLikeUnindexedOnes) {
  std::vector<Document> docs;
  for (int day = 1; day <= 20; ++day) {
    std::string date = "2024-06-" + std::string(day < 10 ? "0" : "") + std::to_string(day);
    docs.push_back(MakeArticle("u" + std::to_string(day), "a", date,
                               {"PAKGOV 0231 AFGGOV", "AFGREB 190 PAKMIL", "USA 042 CHN"},
                               day % 2 ? "Kabul" : ""));
  }
  Ingest(docs);
  // Every page of a filter served by event_terms, newest first.
  auto all_pages = [&](EventQuery q) {
    std::vector<int64_t> ids;
    q.limit = 3;
    do {
      EventPage page;
      EXPECT_TRUE(store_->QueryEvents(q, &page).ok());
      for (const auto& e : page.events) ids.push_back(e.id);
      q.cursor = page.next_cursor;
    } while (!q.cursor.empty());
    return ids;
  };
  EventQuery actor, unaligned;
  actor.actor = "PAK";    // a whole segment: indexed
  unaligned.actor = "PA";  // not one: the events table is searched
  EXPECT_EQ(all_pages(actor).size(), 40u);
  EXPECT_EQ(all_pages(actor), all_pages(unaligned));
  EventQuery source;
  source.source = "AFGREB";
  EXPECT_EQ(all_pages(source).size(), 20u);
  EventQuery dyad, unaligned_dyad;
  dyad.source = "AFGREB";  // read from the d:AFG>PAK term
  dyad.target = "PAKMIL";
  unaligned_dyad.source = "AF";  // too short for a d: term
  unaligned_dyad.target = "PA";
  EXPECT_EQ(all_pages(dyad).size(), 20u);
  EXPECT_EQ(all_pages(dyad), all_pages(unaligned_dyad));
  EventQuery place_country;
  place_country.place = "xxx";  // MakeArticle's places are in country XXX
  EXPECT_EQ(all_pages(place_country).size(), 30u);
  EventQuery family;
  family.cameo = "023";
  family.from = Date{2024, 6, 5};
  family.to = Date{2024, 6, 14};
  EXPECT_EQ(all_pages(family).size(), 10u);
  EventQuery text, text_and_all_consult;
  text.text = "acts";  // alone: cut from the mentions' (sentence, day) index
  text_and_all_consult = text;
  text_and_all_consult.plover = "CONSULT";  // every event: but not text alone
  EXPECT_EQ(all_pages(text).size(), 60u);
  EXPECT_EQ(all_pages(text), all_pages(text_and_all_consult));
  EventQuery country;
  country.country = "AFG";
  std::vector<CountRow> months;
  ASSERT_TRUE(store_->CountEvents(country, CountBy::kMonth, &months).ok());
  ASSERT_EQ(months.size(), 1u);
  EXPECT_EQ(months[0].events, 40);
}

// SQLite only: reopening the same file.
TEST(SqliteStoreTest, UncommittedWritesDieWithTheStore) {
  const std::string path =
      (std::filesystem::temp_directory_path() / ("uncommitted_" + std::to_string(getpid()) + ".db"))
          .string();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  Document a = MakeArticle("u1", "a", "2024-11-14", {"PAKGOV 020 AFGGOV"});
  Document b = MakeArticle("u2", "a", "2024-11-14", {"USA 042 PAK"});
  {
    // Opened first: opening migrates, which waits for the write lock.
    std::unique_ptr<Store> store, other;
    ASSERT_TRUE(Store::Open(path, &store).ok());
    ASSERT_TRUE(Store::Open(path, &other).ok());
    ASSERT_TRUE(store->Ingest({&a}, nullptr).ok());
    ASSERT_TRUE(store->Write({&b}, nullptr).ok());
    bool found = true;
    ASSERT_TRUE(other->Contains(ArticleKey(b), &found).ok());
    EXPECT_FALSE(found);  // not before Commit()
  }
  std::unique_ptr<Store> reopened;
  ASSERT_TRUE(Store::Open(path, &reopened).ok());
  StoreStats stats;
  ASSERT_TRUE(reopened->Stats(&stats).ok());
  EXPECT_EQ(stats.articles, 1);
  EXPECT_EQ(stats.events, 1);
  reopened.reset();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

// SQLite only: the database file without its log.
TEST(SqliteStoreTest, CheckpointPutsCommittedWritesInTheDatabaseFile) {
  const auto dir = std::filesystem::temp_directory_path();
  const std::string path = (dir / ("checkpoint_" + std::to_string(getpid()) + ".db")).string();
  const std::string copy = path + ".copy";
  for (const std::string& p : {path, copy}) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(p + suffix);
  }
  // How many articles a copy of the database file alone holds.
  auto articles_in_file = [&] {
    std::filesystem::copy_file(path, copy, std::filesystem::copy_options::overwrite_existing);
    std::unique_ptr<Store> store;
    StoreStats stats;
    EXPECT_TRUE(Store::Open(copy, &store).ok());
    EXPECT_TRUE(store->Stats(&stats).ok());
    store.reset();
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(copy + suffix);
    return stats.articles;
  };
  std::unique_ptr<Store> store;
  ASSERT_TRUE(Store::Open(path, &store).ok());
  Document a = MakeArticle("u1", "a", "2024-11-14", {"PAKGOV 020 AFGGOV"});
  ASSERT_TRUE(store->Ingest({&a}, nullptr).ok());
  EXPECT_EQ(articles_in_file(), 0);  // committed, but still in the log
  ASSERT_TRUE(store->Checkpoint().ok());
  EXPECT_EQ(articles_in_file(), 1);
  store.reset();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreQueryTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace annalist
