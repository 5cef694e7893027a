// ApiServer: the JSON API and the analyst's dashboard over a Store.
//
//   ServerOptions options;
//   options.db = "events.db";
//   options.static_dir = "web/dist";
//   ApiServer server(options);
//   Status s = server.Start();          // binds; returns once listening
//   ... server.port() ...      // serving on a background thread
//   server.Stop();
//
// Safe by default: binds 127.0.0.1; read-only unless an ingest token is set
// (then POST /api/ingest needs "Authorization: Bearer <token>"); every query
// parameter is validated (unknown or malformed ones get 400); all SQL is
// prepared inside the Store; static files are served only from static_dir;
// request bodies and times are bounded. The endpoints are listed in
// docs/api.md.
#ifndef ANNALIST_SERVER_H_
#define ANNALIST_SERVER_H_

#include <cstddef>
#include <memory>
#include <string>

#include "annalist/status.h"

namespace annalist {

struct ServerOptions {
  std::string db;                  // Store URL (file path or postgresql://...)
  std::string host = "127.0.0.1";  // bind address
  int port = 8080;                 // 0 = any free port (see ApiServer::port())
  std::string static_dir;          // dashboard files; "" = no dashboard
  std::string ingest_token;        // "" = read-only server
  std::string dictionaries;        // for POST /api/ingest: PipelineOptions
  size_t max_body_bytes = 1 << 20; // larger requests get 413
  int request_timeout_seconds = 10;
  int threads = 0;                 // worker threads; 0 = 2 x cores
};

class ApiServer {
 public:
  explicit ApiServer(ServerOptions options);
  ~ApiServer();
  ApiServer(const ApiServer&) = delete;
  ApiServer& operator=(const ApiServer&) = delete;

  // Opens the store, binds and starts serving on a background thread.
  Status Start();
  void Stop();
  int port() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace annalist

#endif  // ANNALIST_SERVER_H_
