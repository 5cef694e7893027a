// The HTTP side of ApiServer: routes, limits, the live stream and the
// dashboard's static files. Handlers only translate between HTTP and the
// Store; every filter goes through ParseEventQuery first.
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "annalist/server.h"
#include "annalist/store.h"
#include "server/api_json.h"
#include "server/ingest_handler.h"
#include "server/query_params.h"
#include "server/span_listing.h"
#include "server/store_pool.h"

namespace annalist {
namespace {

using server::Params;

constexpr int kMaxStreams = 8;
constexpr auto kStreamPoll = std::chrono::milliseconds(500);
constexpr auto kStreamLifetime = std::chrono::minutes(10);  // clients reconnect
constexpr size_t kMaxUrlBytes = 4096;

Params ToParams(const httplib::Request& req) {
  Params p;
  for (const auto& [k, v] : req.params) p.values.emplace(k, v);
  return p;
}

void SendJson(httplib::Response& res, int status, const std::string& body) {
  res.status = status;
  res.set_content(body, "application/json");
}

void SendError(httplib::Response& res, int status, const Status& s) {
  SendJson(res, status, server::ErrorJson(s.message()));
}

// 400 for what the client sent, 404 for what is not there, 500 otherwise.
int HttpStatusOf(const Status& s) {
  switch (s.code()) {
    case Status::Code::kInvalidArgument: return 400;
    case Status::Code::kNotFound: return 404;
    default: return 500;
  }
}

}  // namespace

class ApiServer::Impl {
 public:
  explicit Impl(ServerOptions options) : options_(std::move(options)) {}

  Status Start() {
    ANNALIST_RETURN_IF_ERROR(pool_.Open(options_.db));
    if (!options_.ingest_token.empty()) {
      ANNALIST_RETURN_IF_ERROR(ingest_.Init(options_.dictionaries));
    }
    Configure();
    Route();
    int port = options_.port == 0 ? http_.bind_to_any_port(options_.host)
                                  : (http_.bind_to_port(options_.host, options_.port)
                                         ? options_.port
                                         : -1);
    if (port < 0) {
      return Status::IOError("cannot listen on " + options_.host + ":" +
                             std::to_string(options_.port));
    }
    port_ = port;
    thread_ = std::thread([this] { http_.listen_after_bind(); });
    return Status::OK();
  }

  void Stop() {
    {
      std::lock_guard lock(mu_);
      if (stopping_.exchange(true)) return;
    }
    stopped_cv_.notify_all();
    http_.stop();
    if (thread_.joinable()) thread_.join();
  }

  int port() const { return port_; }

 private:
  void Configure() {
    int threads = options_.threads > 0
                      ? options_.threads
                      : static_cast<int>(2 * std::max(1u, std::thread::hardware_concurrency()));
    threads += kMaxStreams;  // streams hold a worker each
    http_.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    http_.set_payload_max_length(options_.max_body_bytes);
    http_.set_read_timeout(options_.request_timeout_seconds, 0);
    http_.set_write_timeout(options_.request_timeout_seconds, 0);
    http_.set_keep_alive_timeout(5);
    // Small JSON answers must not wait for the client's delayed ACK (Nagle):
    // without this every keep-alive request costs ~40 ms.
    http_.set_tcp_nodelay(true);
    http_.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                               {"X-Frame-Options", "DENY"},
                               {"Referrer-Policy", "no-referrer"},
                               {"Content-Security-Policy",
                                "default-src 'self'; img-src 'self' data:; "
                                "style-src 'self' 'unsafe-inline'"}});
    http_.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
      if (req.target.size() > kMaxUrlBytes) {
        SendError(res, 414, Status::InvalidArgument("request target too long"));
        return httplib::Server::HandlerResponse::Handled;
      }
      bool read = req.method == "GET" || req.method == "HEAD";
      bool ingest = req.method == "POST" && req.path == "/api/ingest";
      if (!read && !ingest) {
        SendError(res, 405, Status::InvalidArgument("method not allowed"));
        return httplib::Server::HandlerResponse::Handled;
      }
      return httplib::Server::HandlerResponse::Unhandled;
    });
    http_.set_exception_handler(
        [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
          SendError(res, 500, Status::Internal("internal error"));
        });
    http_.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
      if (res.body.empty()) {
        std::string what = res.status == 413 ? "request body too large"
                           : res.status == 404 ? "not found"
                                               : "bad request";
        SendJson(res, res.status, server::ErrorJson(what));
      }
    });
    if (!options_.static_dir.empty()) {
      // httplib refuses paths that climb out of the mount ("..") with 400.
      http_.set_mount_point("/", options_.static_dir);
    }
  }

  // Runs fn(store) on a pooled store connection; answers 503 when the store
  // cannot be opened.
  template <typename Fn>
  void WithStore(httplib::Response& res, Fn fn) {
    server::StorePool::Lease lease;
    Status s = pool_.Acquire(&lease);
    if (!s.ok()) return SendError(res, 503, s);
    fn(*lease);
  }

  void Route() {
    http_.Get("/api/health", [](const httplib::Request&, httplib::Response& res) {
      SendJson(res, 200, "{\"ok\":true}");
    });
    http_.Get("/api/stats", [this](const httplib::Request& req, httplib::Response& res) {
      if (!req.params.empty()) {
        return SendError(res, 400, Status::InvalidArgument("stats takes no parameters"));
      }
      WithStore(res, [&](Store& store) {
        StoreStats stats;
        Status s = store.Stats(&stats);
        if (!s.ok()) return SendError(res, HttpStatusOf(s), s);
        SendJson(res, 200, server::StatsJson(stats));
      });
    });
    http_.Get("/api/events", [this](const httplib::Request& req, httplib::Response& res) {
      EventQuery q;
      Status s = server::ParseEventQuery(ToParams(req), {}, &q);
      if (!s.ok()) return SendError(res, 400, s);
      WithStore(res, [&](Store& store) {
        EventPage page;
        Status st = store.QueryEvents(q, &page);
        if (!st.ok()) return SendError(res, HttpStatusOf(st), st);
        SendJson(res, 200, server::EventPageJson(page));
      });
    });
    http_.Get(R"(/api/events/(\d{1,18})/mentions)",
              [this](const httplib::Request& req, httplib::Response& res) {
                int64_t id = 0;
                if (!server::ParseId(req.matches[1].str(), &id) || !req.params.empty()) {
                  return SendError(res, 400, Status::InvalidArgument("bad event id or parameter"));
                }
                WithStore(res, [&](Store& store) {
                  std::vector<EventMention> mentions;
                  Status st = store.GetEventMentions(id, &mentions);
                  if (!st.ok()) return SendError(res, HttpStatusOf(st), st);
                  SendJson(res, 200, server::MentionsJson(id, mentions));
                });
              });
    auto counts = [this](CountBy default_by, std::string_view default_name) {
      return [this, default_by, default_name](const httplib::Request& req,
                                              httplib::Response& res) {
        EventQuery q;
        Status s = server::ParseEventQuery(ToParams(req), {"by"}, &q);
        CountBy by = default_by;
        std::string by_name(default_name);
        if (s.ok() && server::GetParam(ToParams(req), "by", &by_name)) {
          s = ParseCountBy(by_name, &by);
        }
        if (!s.ok()) return SendError(res, 400, s);
        WithStore(res, [&](Store& store) {
          std::vector<CountRow> rows;
          Status st = store.CountEvents(q, by, &rows);
          if (!st.ok()) return SendError(res, HttpStatusOf(st), st);
          SendJson(res, 200, server::CountsJson(by_name, rows));
        });
      };
    };
    http_.Get("/api/counts", counts(CountBy::kDay, "day"));
    http_.Get("/api/actors", counts(CountBy::kCountry, "country"));
    http_.Get("/api/network", counts(CountBy::kDyad, "dyad"));
    http_.Get(R"(/api/articles/(\d{1,18}))",
              [this](const httplib::Request& req, httplib::Response& res) {
                int64_t id = 0;
                if (!server::ParseId(req.matches[1].str(), &id) || !req.params.empty()) {
                  return SendError(res, 400,
                                   Status::InvalidArgument("bad article id or parameter"));
                }
                WithStore(res, [&](Store& store) {
                  StoredArticle article;
                  Status st = store.GetArticle(id, &article);
                  if (!st.ok()) return SendError(res, HttpStatusOf(st), st);
                  SendJson(res, 200, server::ArticleJson(article));
                });
              });
    for (auto route : {std::pair{"/api/quotes", server::SpanKind::kQuote},
                       std::pair{"/api/places", server::SpanKind::kPlace},
                       std::pair{"/api/claims", server::SpanKind::kClaim}}) {
      server::SpanKind kind = route.second;  // a plain variable: lambdas capture it
      http_.Get(route.first, [this, kind](const httplib::Request& req, httplib::Response& res) {
        server::SpanQuery q;
        Status s = server::ParseSpanQuery(kind, ToParams(req), &q);
        if (!s.ok()) return SendError(res, 400, s);
        WithStore(res, [&](Store& store) {
          std::string body;
          Status st = server::ListSpans(store, q, &body);
          if (!st.ok()) return SendError(res, HttpStatusOf(st), st);
          SendJson(res, 200, body);
        });
      });
    }
    http_.Get("/api/stream", [this](const httplib::Request& req, httplib::Response& res) {
      Stream(req, res);
    });
    http_.Post("/api/ingest", [this](const httplib::Request& req, httplib::Response& res) {
      if (options_.ingest_token.empty()) {
        return SendError(res, 403, Status::InvalidArgument("this server is read-only"));
      }
      if (req.get_header_value("Authorization") != "Bearer " + options_.ingest_token) {
        return SendError(res, 401, Status::InvalidArgument("missing or wrong ingest token"));
      }
      WithStore(res, [&](Store& store) {
        std::string summary;
        Status st = ingest_.Ingest(req.body, &store, &summary);
        if (!st.ok()) return SendError(res, HttpStatusOf(st), st);
        SendJson(res, 200, summary);
      });
    });
  }

  // Server-sent events: every event ingested after `after_id` (or the
  // Last-Event-ID the browser resends on reconnect) that matches the filters.
  void Stream(const httplib::Request& req, httplib::Response& res) {
    EventQuery q;
    Params params = ToParams(req);
    Status s = server::ParseEventQuery(params, {}, &q);
    if (!s.ok()) return SendError(res, 400, s);
    std::string last = req.get_header_value("Last-Event-ID");
    int64_t resume = 0;
    if (!last.empty() && server::ParseId(last, &resume)) q.after_id = resume;
    if (q.after_id == 0) {
      // Start from now: only events ingested after the stream opened.
      WithStore(res, [&](Store& store) {
        StoreStats stats;
        if (store.Stats(&stats).ok()) q.after_id = stats.max_event_id;
      });
    }
    if (streams_.fetch_add(1) >= kMaxStreams) {
      streams_.fetch_sub(1);
      return SendError(res, 503, Status::IOError("too many live streams; retry later"));
    }
    q.limit = 200;
    auto deadline = std::chrono::steady_clock::now() + kStreamLifetime;
    res.set_header("Cache-Control", "no-cache");
    res.set_chunked_content_provider(
        "text/event-stream",
        [this, q, deadline](size_t, httplib::DataSink& sink) mutable {
          if (stopping_ || std::chrono::steady_clock::now() > deadline) {
            sink.done();
            return true;
          }
          server::StorePool::Lease lease;
          std::string chunk;
          if (pool_.Acquire(&lease).ok()) {
            EventPage page;
            q.cursor.clear();
            if (lease->QueryEvents(q, &page).ok()) {
              for (const StoredEvent& e : page.events) {
                chunk += "id: " + std::to_string(e.id) + "\nevent: event\ndata: " +
                         server::EventJson(e) + "\n\n";
                q.after_id = std::max(q.after_id, e.id);
              }
            }
          }
          lease = {};
          if (chunk.empty()) chunk = ": keep-alive\n\n";
          if (!sink.write(chunk.data(), chunk.size())) return false;
          std::unique_lock lock(mu_);
          stopped_cv_.wait_for(lock, kStreamPoll, [this] { return stopping_.load(); });
          return true;
        },
        [this](bool) { streams_.fetch_sub(1); });
  }

  ServerOptions options_;
  httplib::Server http_;
  server::StorePool pool_;
  server::IngestHandler ingest_;
  std::thread thread_;
  int port_ = 0;
  std::atomic<int> streams_{0};
  std::atomic<bool> stopping_{false};
  std::mutex mu_;
  std::condition_variable stopped_cv_;
};

ApiServer::ApiServer(ServerOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
ApiServer::~ApiServer() { impl_->Stop(); }
Status ApiServer::Start() { return impl_->Start(); }
void ApiServer::Stop() { impl_->Stop(); }
int ApiServer::port() const { return impl_->port(); }

}  // namespace annalist
