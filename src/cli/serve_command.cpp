// `annalist serve`: the JSON API and the dashboard over a store.
#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>
#include <iostream>

#include "annalist/pipeline.h"
#include "annalist/server.h"
#include "cli/commands.h"

namespace annalist::cli {
namespace {

// Set by SIGINT/SIGTERM; the main thread polls it (only an atomic store is
// safe inside a signal handler).
std::atomic<bool> g_stop{false};

void OnSignal(int) { g_stop = true; }

}  // namespace

Command RegisterServe(CLI::App& app) {
  auto options = std::make_shared<ServerOptions>();
  CLI::App* serve = app.add_subcommand("serve", "serve the JSON API and the dashboard over a store");
  serve->add_option("--db", options->db, "store: SQLite file or postgresql:// URL")->required();
  serve->add_option("--host", options->host, "address to bind (default 127.0.0.1: this machine only)");
  serve->add_option("--port", options->port, "port (0 = any free port)");
  serve->add_option("--static", options->static_dir,
                    "dashboard directory (default: the built web/dist)");
  serve->add_option("--ingest-token", options->ingest_token,
                    "enable POST /api/ingest for requests bearing this token");
  serve->add_option("--dictionaries", options->dictionaries, "dictionaries for /api/ingest");
  serve->add_option("--max-body", options->max_body_bytes, "largest request body in bytes");
  serve->add_option("--threads", options->threads, "worker threads (0 = 2 x cores)");
  return [options] {
    if (options->static_dir.empty()) {
      options->static_dir = FindDataDir() + "/web/dist";
    }
    ApiServer server(*options);
    Status s = server.Start();
    if (!s.ok()) {
      std::cerr << "annalist serve: " << s.ToString() << "\n";
      return 2;
    }
    std::signal(SIGINT, OnSignal);
    std::signal(SIGTERM, OnSignal);
    std::cerr << "annalist serve: listening on http://" << options->host << ":" << server.port()
              << "/" << (options->ingest_token.empty() ? " (read-only)" : "") << "\n";
    while (!g_stop) std::this_thread::sleep_for(std::chrono::milliseconds(200));
    server.Stop();
    return 0;
  };
}

}  // namespace annalist::cli
