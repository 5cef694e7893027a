// Runs a real ApiServer on a loopback port over a temporary store and talks to
// it with an HTTP client: the API answers, and hostile requests get 4xx and
// change nothing.
#include <httplib.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "annalist/server.h"
#include "annalist/store.h"

namespace annalist {
namespace {

namespace fs = std::filesystem;

// A store with two articles whose events are written by hand (no dictionary
// needed): Arnor-style codes keep the test independent of our dictionaries.
Document MakeArticle(const std::string& id, const std::string& text, const std::string& cameo) {
  Document doc;
  doc.id = id;
  doc.text = text;
  Date::Parse("2024-11-14", &doc.published);
  doc.sentences.push_back({{0, static_cast<uint32_t>(text.size())}, 0, 0});
  ActorMention a;
  a.span = {0, 8};
  a.sentence = 0;
  a.code = "PAKGOV";
  a.country = "PAK";
  a.sector = "GOV";
  a.name = "Pakistan";
  ActorMention b = a;
  b.span = {19, 30};
  b.code = "AFGGOV";
  b.country = "AFG";
  b.name = "Afghanistan";
  doc.actors = {a, b};
  Event e;
  e.sentence = 0;
  e.source = {0, "PAKGOV", "PAK", "GOV"};
  e.target = {1, "AFGGOV", "AFG", "GOV"};
  e.cameo = cameo;
  e.cameo_root = cameo.substr(0, 2);
  e.quad_class = 1;
  e.plover = "REQUEST";
  e.date = doc.published;
  e.evidence = {{9, 18}, "URGE [020]", "verbs/02-appeal.verbs:1"};
  doc.events = {e};
  return doc;
}

// Article a also carries a quote and a place, for the listing endpoints.
void AddQuoteAndPlace(Document* doc) {
  Quote q;
  q.sentence = 0;
  q.speaker = {0, 8};
  q.cue = {9, 14};
  q.content = {15, static_cast<uint32_t>(doc->text.size())};
  doc->quotes.push_back(q);
  Place p;
  p.span = {19, 30};
  p.name = "Afghanistan";
  p.country = "AFG";
  p.feature = PlaceFeature::kCountry;
  p.lat = 33.9;
  p.lon = 67.7;
  doc->places.push_back(p);
}

class HttpServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("annalist-http-" + std::to_string(::getpid()));
    fs::create_directories(dir_ / "static");
    std::ofstream(dir_ / "static" / "index.html") << "<html>dashboard</html>";
    std::ofstream(dir_ / "secret.txt") << "outside the static folder";
    db_ = (dir_ / "events.db").string();
    std::unique_ptr<Store> store;
    ASSERT_TRUE(Store::Open(db_, &store).ok());
    Document a = MakeArticle("a", "Pakistan urged Afghanistan to act.", "020");
    AddQuoteAndPlace(&a);
    Document b = MakeArticle("b", "Pakistan warned Afghanistan again.", "0241");
    ASSERT_TRUE(store->Ingest({&a, &b}, nullptr).ok());
    ServerOptions options;
    options.db = db_;
    options.port = 0;
    options.static_dir = (dir_ / "static").string();
    options.max_body_bytes = 64 * 1024;
    server_ = std::make_unique<ApiServer>(options);
    ASSERT_TRUE(server_->Start().ok());
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
  }
  void TearDown() override {
    server_->Stop();
    fs::remove_all(dir_);
  }
  StoreStats Stats() {
    std::unique_ptr<Store> store;
    StoreStats stats;
    EXPECT_TRUE(Store::Open(db_, &store).ok());
    EXPECT_TRUE(store->Stats(&stats).ok());
    return stats;
  }

  fs::path dir_;
  std::string db_;
  std::unique_ptr<ApiServer> server_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(HttpServerTest, ServesEventsCountsAndArticles) {
  auto res = client_->Get("/api/events?actor=PAK&limit=10");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->body.find("\"AFGGOV\""), std::string::npos);
  EXPECT_NE(res->body.find("URGE [020]"), std::string::npos);
  res = client_->Get("/api/events?cameo=0241");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->body.find("\"cameo\":\"020\""), std::string::npos) << res->body;
  res = client_->Get("/api/counts?by=dyad");
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("PAKGOV>AFGGOV"), std::string::npos) << res->body;
  res = client_->Get("/api/articles/1");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->body.find("\"text\":\"Pakistan urged"), std::string::npos) << res->body;
  res = client_->Get("/api/articles/999");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
  res = client_->Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->body.find("dashboard"), std::string::npos);
}

TEST_F(HttpServerTest, ListsQuotesPlacesAndClaimsAcrossArticles) {
  auto res = client_->Get("/api/quotes?speaker=pakistan");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200) << res->body;
  EXPECT_NE(res->body.find("\"text\":\"Pakistan\""), std::string::npos) << res->body;
  EXPECT_NE(res->body.find("\"article\":{\"id\":1"), std::string::npos) << res->body;
  res = client_->Get("/api/quotes?speaker=nobody");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->body.find("\"speaker\""), std::string::npos) << res->body;
  res = client_->Get("/api/places?country=AFG");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->body.find("\"name\":\"Afghanistan\""), std::string::npos) << res->body;
  res = client_->Get("/api/places?country=PAK");
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("\"places\":[]"), std::string::npos) << res->body;
  res = client_->Get("/api/claims?article=2");
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("\"claims\":[]"), std::string::npos) << res->body;
}

TEST_F(HttpServerTest, ListingsPageWithCursors) {
  // Both articles have one event: limit=1 gives a cursor to the second page.
  auto res = client_->Get("/api/events?limit=1");
  ASSERT_TRUE(res);
  auto at = res->body.find("\"next_cursor\":\"");
  ASSERT_NE(at, std::string::npos) << res->body;
  std::string cursor = res->body.substr(at + 15, res->body.find('"', at + 15) - at - 15);
  res = client_->Get(("/api/events?limit=1&cursor=" + httplib::detail::encode_query_param(cursor)).c_str());
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200) << res->body;
  EXPECT_NE(res->body.find("\"next_cursor\":null"), std::string::npos) << res->body;
  res = client_->Get("/api/places?limit=1&cursor=1.0");
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("Afghanistan"), std::string::npos) << res->body;
  res = client_->Get("/api/places?limit=1&cursor=1.1");
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("\"places\":[]"), std::string::npos) << res->body;
}

TEST_F(HttpServerTest, HostileRequestsGet4xxAndChangeNothing) {
  StoreStats before = Stats();
  const char* bad_gets[] = {
      "/api/events?limit=abc",
      "/api/events?cameo=19%3B%20DROP%20TABLE%20events",
      "/api/events?actor=%27%20OR%201%3D1%20--",
      "/api/events?sort=id",
      "/api/counts?by=galaxy",
      "/api/events/abc/mentions",
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/static/../../secret.txt",
      "/api/events?limit=0",
      "/api/events?limit=1000000",
      "/api/events?limit=1&limit=2",
      "/api/events?from=2024-13-45",
      "/api/events?from=yesterday",
      "/api/events?article=-1",
      "/api/events?after_id=1e9",
      "/api/events?country=AF%00G",
      "/api/events?q=%01",
      "/api/events?plover=ASSAULT%27--",
      "/api/events/1/mentions?x=1",
      "/api/articles/1?debug=1",
      "/api/articles/0",
      "/api/stats?x=1",
      "/api/quotes?cameo=19",
      "/api/quotes?speaker=%00",
      "/api/places?cursor=abc",
      "/api/places?cursor=1.-1",
      "/api/claims?speaker=x",
      "/api/stream?cameo=abc",
  };
  for (const char* path : bad_gets) {
    auto res = client_->Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_GE(res->status, 400) << path;
    EXPECT_LT(res->status, 500) << path;
    EXPECT_EQ(res->body.find("outside the static folder"), std::string::npos) << path;
  }
  // Free text is bound, never spliced into SQL: it just matches nothing.
  auto res = client_->Get("/api/events?q=%27%29%3B%20DELETE%20FROM%20events%3B%20--");
  ASSERT_TRUE(res);
  EXPECT_LT(res->status, 500);
  // Writes: read-only server, wrong methods, oversized bodies.
  res = client_->Post("/api/ingest", "{\"text\":\"x\"}\n", "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  res = client_->Post("/api/events", "{}", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 405);
  res = client_->Delete("/api/events");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 405);
  std::string huge(1 << 20, 'x');
  res = client_->Post("/api/ingest", huge, "application/x-ndjson");
  if (res) EXPECT_EQ(res->status, 413);  // or the connection is cut: both refuse it
  std::string long_target = "/api/events?q=" + std::string(8000, 'a');
  res = client_->Get(long_target.c_str());
  ASSERT_TRUE(res);
  EXPECT_GE(res->status, 400);
  StoreStats after = Stats();
  EXPECT_EQ(before.articles, after.articles);
  EXPECT_EQ(before.events, after.events);
  EXPECT_EQ(before.mentions, after.mentions);
}

TEST(HttpServerIngestTest, TokenGuardsIngest) {
  fs::path dir = fs::temp_directory_path() / ("annalist-ingest-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  ServerOptions options;
  options.db = (dir / "events.db").string();
  options.port = 0;
  options.ingest_token = "s3cret";
  ApiServer server(options);
  ASSERT_TRUE(server.Start().ok());
  httplib::Client client("127.0.0.1", server.port());
  std::string body = "{\"id\":\"t1\",\"text\":\"A short report.\",\"published\":\"2024-01-02\"}\n"
                     "{not json}\n";
  auto res = client.Post("/api/ingest", body, "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 401);
  httplib::Headers auth = {{"Authorization", "Bearer s3cret"}};
  res = client.Post("/api/ingest", auth, body, "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200) << res->body;
  EXPECT_NE(res->body.find("\"added\":1"), std::string::npos) << res->body;
  EXPECT_NE(res->body.find("\"errors\":[{"), std::string::npos) << res->body;
  res = client.Post("/api/ingest", auth, body, "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("\"duplicates\":1"), std::string::npos) << res->body;
  server.Stop();
  fs::remove_all(dir);
}

}  // namespace
}  // namespace annalist
