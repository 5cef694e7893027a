// The live stream (/api/stream, server-sent events) that the dashboard follows
// during an ingest: a real ApiServer on a loopback port, articles posted to
// /api/ingest while a client reads the stream.
#include <httplib.h>
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <string>
#include <thread>

#include "annalist/server.h"

namespace annalist {
namespace {

namespace fs = std::filesystem;

constexpr const char* kToken = "stream-test";
const std::string kArticle =
    "{\"id\":\"s1\",\"text\":\"Pakistan urged Afghanistan to act against militants on its "
    "border.\",\"published\":\"2024-11-14\"}\n";

class LiveStreamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("annalist-stream-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    ServerOptions options;
    options.db = (dir_ / "events.db").string();
    options.port = 0;
    options.ingest_token = kToken;
    server_ = std::make_unique<ApiServer>(options);
    ASSERT_TRUE(server_->Start().ok());
  }
  void TearDown() override {
    server_->Stop();
    fs::remove_all(dir_);
  }

  void Ingest(const std::string& body) {
    httplib::Client client("127.0.0.1", server_->port());
    httplib::Headers auth = {{"Authorization", std::string("Bearer ") + kToken}};
    auto res = client.Post("/api/ingest", auth, body, "application/x-ndjson");
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
  }

  // Reads `path` as a stream until a chunk holds "event: event" (true) or
  // `polls` chunks passed without one (false); *text gets what was read. Once
  // the first chunk has arrived (the stream is open) `on_open` runs.
  bool ReadUntilEvent(const std::string& path, const httplib::Headers& headers, int polls,
                      const std::function<void()>& on_open, std::string* text) {
    httplib::Client client("127.0.0.1", server_->port());
    client.set_read_timeout(10, 0);
    int chunks = 0;
    bool found = false;
    std::thread opener;
    auto res = client.Get(path, headers, [&](const char* data, size_t size) {
      text->append(data, size);
      if (text->find("event: event") != std::string::npos) {
        found = true;
        return false;
      }
      if (chunks++ == 0 && on_open) opener = std::thread(on_open);
      return chunks < polls;
    });
    if (opener.joinable()) opener.join();
    return found;
  }

  fs::path dir_;
  std::unique_ptr<ApiServer> server_;
};

TEST_F(LiveStreamTest, EventsIngestedAfterOpeningArriveOnTheStream) {
  std::string text;
  bool found = ReadUntilEvent("/api/stream", {}, 20, [&] { Ingest(kArticle); }, &text);
  ASSERT_TRUE(found) << text;
  EXPECT_NE(text.find("id: "), std::string::npos);
  EXPECT_NE(text.find("\"PAK"), std::string::npos) << text;
}

TEST_F(LiveStreamTest, EventsBeforeOpeningAreNotRepeatedUnlessResumed) {
  Ingest(kArticle);
  httplib::Client client("127.0.0.1", server_->port());
  auto events = client.Get("/api/events?limit=1");
  ASSERT_TRUE(events);
  size_t at = events->body.find("\"id\":");
  ASSERT_NE(at, std::string::npos) << events->body;
  std::string first_id = std::to_string(std::stoll(events->body.substr(at + 5)));
  Ingest(
      "{\"id\":\"s2\",\"text\":\"Russia attacked Ukraine near Kharkiv on Monday, officials "
      "said.\",\"published\":\"2024-11-15\"}\n");
  std::string fresh;
  EXPECT_FALSE(ReadUntilEvent("/api/stream", {}, 3, nullptr, &fresh)) << fresh;
  EXPECT_NE(fresh.find(": keep-alive"), std::string::npos);
  // A browser reconnecting with Last-Event-ID gets what came after that id.
  std::string resumed;
  EXPECT_TRUE(ReadUntilEvent("/api/stream", {{"Last-Event-ID", first_id}}, 3, nullptr, &resumed))
      << resumed;
  EXPECT_EQ(resumed.find("id: " + first_id + "\n"), std::string::npos) << resumed;
  EXPECT_NE(resumed.find("RUS"), std::string::npos) << resumed;
}

TEST_F(LiveStreamTest, FiltersApplyToTheStream) {
  std::string text;
  bool found = ReadUntilEvent("/api/stream?country=NOR", {}, 4, [&] { Ingest(kArticle); }, &text);
  EXPECT_FALSE(found) << text;
  EXPECT_EQ(ReadUntilEvent("/api/stream?cameo=xyz", {}, 2, nullptr, &text), false);
}

}  // namespace
}  // namespace annalist
