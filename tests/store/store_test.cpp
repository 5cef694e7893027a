// The Store's contract for writing, run against SQLite and PostgreSQL alike:
// deduplication, merging, transactions, layers, failures, re-coding.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "store/layer_ids.h"
#include "store/store_fixture.h"
#include "store/test_store.h"

namespace annalist {
namespace {

using testing::MakeArticle;
using testing::StoreTest;

TEST_P(StoreTest, IngestingTheSameArticleTwiceAddsNothing) {
  Document doc = MakeArticle("http://a.example/1", "a", "2024-11-14",
                             {"PAKGOV 020 AFGGOV", "USA 042 PAK"});
  auto first = Ingest({doc});
  ASSERT_TRUE(first[0].added);
  EXPECT_EQ(first[0].new_events, 2);
  auto second = Ingest({doc, doc});
  EXPECT_FALSE(second[0].added);
  EXPECT_FALSE(second[1].added);
  StoreStats stats = Stats();
  EXPECT_EQ(stats.articles, 1);
  EXPECT_EQ(stats.events, 2);
  EXPECT_EQ(stats.mentions, 2);
  bool found = false;
  ASSERT_TRUE(store_->Contains(ArticleKey(doc), &found).ok());
  EXPECT_TRUE(found);
}

TEST_P(StoreTest, ArticleKeyDependsOnTextAndUrl) {
  Document a = MakeArticle("http://a.example/1", "a", "2024-11-14", {"PAK 020 AFG"});
  Document b = a;
  b.url = "http://b.example/1";
  Document c = a;
  c.text += " More.";
  EXPECT_NE(ArticleKey(a), ArticleKey(b));
  EXPECT_NE(ArticleKey(a), ArticleKey(c));
  b.id = "another id";  // the id is a label, not identity
  b.url = a.url;
  EXPECT_EQ(ArticleKey(a), ArticleKey(b));
}

TEST_P(StoreTest, SameEventReportedBySeveralArticlesIsOneEvent) {
  Ingest({MakeArticle("http://a.example/1", "a", "2024-11-14", {"PAKGOV 020 AFGGOV"}),
          MakeArticle("http://b.example/1", "b", "2024-11-14", {"PAKGOV 020 AFGGOV"})});
  // Same outlet again, reporting it twice in one article.
  Ingest({MakeArticle("http://a.example/2", "a", "2024-11-14",
                      {"PAKGOV 020 AFGGOV", "PAKGOV 020 AFGGOV"})});
  StoreStats stats = Stats();
  EXPECT_EQ(stats.events, 1);
  EXPECT_EQ(stats.mentions, 4);
  auto events = Query(EventQuery{});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].num_mentions, 4);
  EXPECT_EQ(events[0].num_articles, 3);
  EXPECT_EQ(events[0].num_sources, 2);
  EXPECT_EQ(events[0].article_url, "http://a.example/1");  // first mention's evidence
  EXPECT_EQ(events[0].verb, "acts on");
  EXPECT_EQ(events[0].sentence, "PAKGOV acts on AFGGOV.");
  std::vector<EventMention> mentions;
  ASSERT_TRUE(store_->GetEventMentions(events[0].id, &mentions).ok());
  ASSERT_EQ(mentions.size(), 4u);
  EXPECT_EQ(mentions[1].article_url, "http://b.example/1");
  EXPECT_EQ(mentions[1].source_text, "PAKGOV");
  EXPECT_EQ(mentions[1].target_text, "AFGGOV");
}

TEST_P(StoreTest, WritesInStepsAddUpLikeOneIngestOnceCommitted) {
  Document a = MakeArticle("u1", "a", "2024-11-14", {"PAKGOV 020 AFGGOV"});
  Document b = MakeArticle("u2", "b", "2024-11-14", {"PAKGOV 020 AFGGOV", "USA 042 PAK"});
  std::vector<IngestResult> results;
  ASSERT_TRUE(store_->Write({&a}, &results).ok());
  ASSERT_TRUE(store_->Write({&b}, &results).ok());
  // b's first event is a's, merged inside the one open transaction.
  ASSERT_EQ(results.size(), 1u);
  EXPECT_TRUE(results[0].added);
  EXPECT_EQ(results[0].new_events, 1);
  ASSERT_TRUE(store_->Commit().ok());
  ASSERT_TRUE(store_->Commit().ok());  // nothing open: nothing to do
  StoreStats stats = Stats();
  EXPECT_EQ(stats.articles, 2);
  EXPECT_EQ(stats.events, 2);
  EXPECT_EQ(stats.mentions, 3);
  EventQuery q;
  q.cameo = "020";
  auto events = Query(q);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].num_mentions, 2);
  EXPECT_EQ(events[0].num_articles, 2);
  EXPECT_EQ(events[0].num_sources, 2);
  EXPECT_EQ(events[0].article_url, "u1");
  std::vector<CountRow> rows;
  ASSERT_TRUE(store_->CountEvents(EventQuery{}, CountBy::kCode, &rows).ok());
  std::map<std::string, std::pair<int64_t, int64_t>> by_code;
  for (const CountRow& r : rows) by_code[r.key] = {r.events, r.mentions};
  EXPECT_EQ(by_code["020"], std::make_pair(int64_t{1}, int64_t{2}));
  EXPECT_EQ(by_code["042"], std::make_pair(int64_t{1}, int64_t{1}));
  EventQuery text;
  text.text = "acts";
  EXPECT_EQ(Query(text).size(), 2u);  // full text indexed at commit
}

TEST_P(StoreTest, DifferentDatePlaceOrCodeMakesDifferentEvents) {
  Ingest({MakeArticle("u1", "a", "2024-11-14", {"PAK 020 AFG"}),
          MakeArticle("u2", "a", "2024-11-15", {"PAK 020 AFG"}),
          MakeArticle("u3", "a", "2024-11-14", {"PAK 020 AFG"}, "Kabul"),
          MakeArticle("u4", "a", "2024-11-14", {"PAK 021 AFG"}),
          MakeArticle("u5", "a", "2024-11-14", {"AFG 020 PAK"})});
  EXPECT_EQ(Stats().events, 5);
}

TEST_P(StoreTest, ArticleComesBackWithEveryLayer) {
  Document doc = MakeArticle("http://x.example/a", "x", "2024-11-14",
                             {"PAKGOV 020 AFGGOV", "USA 042 PAK"}, "Kabul");
  doc.title = "A title";
  doc.tone = -2.5;
  doc.times.push_back(TimeExpr{{0, 6}, "2024-11-14", "DATE"});
  doc.quantities.push_back(Quantity{{7, 11}, 6500, "fighters", "up to", "", "", 1, "killed"});
  Quote quote;
  quote.sentence = 1;
  quote.direct = true;
  quote.speaker = doc.actors[2].span;
  quote.speaker_actor = 2;
  quote.content = doc.sentences[1].span;
  doc.quotes.push_back(quote);
  Claim claim;
  claim.proposition_event = 0;
  claim.asserted_by.push_back(ClaimParty{2, 1, doc.actors[2].span});
  claim.denied_by.push_back(ClaimParty{0, kNone, doc.actors[0].span});
  doc.claims.push_back(claim);
  auto results = Ingest({doc});
  StoredArticle stored;
  ASSERT_TRUE(store_->GetArticle(results[0].article_id, &stored).ok());
  const Document& got = stored.doc;
  EXPECT_EQ(got.text, doc.text);
  EXPECT_EQ(got.title, "A title");
  EXPECT_EQ(got.published, doc.published);
  ASSERT_TRUE(got.tone.has_value());
  EXPECT_DOUBLE_EQ(*got.tone, -2.5);
  ASSERT_EQ(got.sentences.size(), 2u);
  EXPECT_EQ(got.sentences[1].span.begin, doc.sentences[1].span.begin);
  ASSERT_EQ(got.actors.size(), 4u);
  EXPECT_EQ(got.actors[3].code, "PAK");
  EXPECT_EQ(got.actors[3].evidence.dictionary, "test.actors:1");
  ASSERT_EQ(got.events.size(), 2u);
  EXPECT_EQ(got.events[1].cameo, "042");
  EXPECT_EQ(got.events[1].source.actor, 2u);
  EXPECT_EQ(got.events[0].place, 0u);
  EXPECT_EQ(got.events[0].evidence.span.begin, doc.events[0].evidence.span.begin);
  EXPECT_EQ(stored.event_ids.size(), 2u);
  ASSERT_EQ(got.places.size(), 1u);
  EXPECT_EQ(got.places[0].name, "Kabul");
  ASSERT_EQ(got.quotes.size(), 1u);
  EXPECT_TRUE(got.quotes[0].direct);
  EXPECT_EQ(got.quotes[0].speaker_actor, 2u);
  ASSERT_EQ(got.times.size(), 1u);
  EXPECT_EQ(got.times[0].value, "2024-11-14");
  ASSERT_EQ(got.quantities.size(), 1u);
  EXPECT_EQ(got.quantities[0].value, 6500);
  EXPECT_EQ(got.quantities[0].event, 1u);
  EXPECT_EQ(got.quantities[0].tracked, "killed");
  ASSERT_EQ(got.claims.size(), 1u);
  ASSERT_EQ(got.claims[0].asserted_by.size(), 1u);
  EXPECT_EQ(got.claims[0].asserted_by[0].event, 1u);
  ASSERT_EQ(got.claims[0].denied_by.size(), 1u);
  EXPECT_EQ(got.claims[0].denied_by[0].event, kNone);
  StoredArticle missing;
  EXPECT_EQ(store_->GetArticle(999999, &missing).code(), Status::Code::kNotFound);
}

TEST_P(StoreTest, FailedArticleIsRecordedNotStored) {
  Document bad = MakeArticle("u1", "a", "2024-01-01", {"PAK 020 AFG"});
  bad.error = ArticleError{"segment: invalid UTF-8 at byte 3"};
  auto results = Ingest({bad, MakeArticle("u2", "a", "2024-01-01", {"USA 020 AFG"})});
  EXPECT_TRUE(results[0].error);
  EXPECT_TRUE(results[1].added);
  StoreStats stats = Stats();
  EXPECT_EQ(stats.errors, 1);
  EXPECT_EQ(stats.articles, 1);
  EXPECT_EQ(stats.events, 1);
  bool found = false;
  ASSERT_TRUE(store_->Contains(ArticleKey(bad), &found).ok());
  EXPECT_TRUE(found);
}

// Layer rows are keyed by their position (store/layer_ids.h): an article
// with more rows than the keys have room for is refused, not stored with
// colliding ids.
TEST_P(StoreTest, ArticleTooLargeForItsKeysIsRecordedNotStored) {
  Document huge = MakeArticle("u1", "a", "2024-01-01", {"PAK 020 AFG"});
  huge.sentences.resize(store::kMaxLayerRows + 1, huge.sentences[0]);
  auto results = Ingest({huge, MakeArticle("u2", "a", "2024-01-01", {"USA 020 AFG"})});
  EXPECT_TRUE(results[0].error);
  EXPECT_FALSE(results[0].added);
  EXPECT_TRUE(results[1].added);
  StoreStats stats = Stats();
  EXPECT_EQ(stats.errors, 1);
  EXPECT_EQ(stats.articles, 1);
  EXPECT_EQ(stats.events, 1);
}

TEST(StoreUrlTest, SqlitePathIsTheFileASqliteUrlOpens) {
  EXPECT_EQ(Store::SqlitePath("events.db"), "events.db");
  EXPECT_EQ(Store::SqlitePath("sqlite:/tmp/events.db"), "/tmp/events.db");
  EXPECT_EQ(Store::SqlitePath(":memory:"), ":memory:");
  EXPECT_EQ(Store::SqlitePath("postgresql://localhost/annalist"), "");
  EXPECT_EQ(Store::SqlitePath("postgres://u@h:5432/db"), "");
}

TEST_P(StoreTest, ReplacingAnalysisRecountsAndDropsOrphanEvents) {
  auto results = Ingest({MakeArticle("u1", "a", "2024-01-01", {"PAK 020 AFG", "USA 042 CHN"}),
                         MakeArticle("u2", "b", "2024-01-01", {"PAK 020 AFG"})});
  Document recoded = MakeArticle("u1", "a", "2024-01-01", {"PAK 030 AFG", "USA 042 CHN"});
  ASSERT_TRUE(store_->ReplaceAnalysis(results[0].article_id, recoded).ok());
  std::map<std::string, int> mentions;
  for (const auto& e : Query(EventQuery{})) mentions[e.cameo] = e.num_mentions;
  EXPECT_EQ(mentions, (std::map<std::string, int>{{"020", 1}, {"030", 1}, {"042", 1}}));
  ASSERT_TRUE(store_->ReplaceAnalysis(results[1].article_id, recoded).ok());
  mentions.clear();
  for (const auto& e : Query(EventQuery{})) mentions[e.cameo] = e.num_mentions;
  EXPECT_EQ(mentions, (std::map<std::string, int>{{"030", 2}, {"042", 2}}));
  EventQuery text;
  text.text = "USA";
  EXPECT_EQ(Query(text).size(), 1u);  // the full-text index followed the sentences
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace annalist
