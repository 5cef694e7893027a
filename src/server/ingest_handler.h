// IngestHandler: POST /api/ingest — JSONL articles in the request body are
// coded with the pipeline and added to the store, exactly as `annalist
// ingest` would add them (same reader, same validation, same dedup).
#ifndef ANNALIST_SRC_SERVER_INGEST_HANDLER_H_
#define ANNALIST_SRC_SERVER_INGEST_HANDLER_H_

#include <memory>
#include <string>

#include "annalist/pipeline.h"
#include "annalist/store.h"

namespace annalist::server {

class IngestHandler {
 public:
  // Builds the pipeline (dictionaries "" = annalist's own).
  Status Init(const std::string& dictionaries);

  // Reads `body` as JSONL articles and ingests them. *summary receives
  // {"added": n, "duplicates": n, "errors": [{"record": "...", "error": "..."}]}.
  // A broken record is reported in the summary and skipped, not fatal.
  Status Ingest(const std::string& body, Store* store, std::string* summary) const;

 private:
  std::unique_ptr<Pipeline> pipeline_;
};

}  // namespace annalist::server

#endif  // ANNALIST_SRC_SERVER_INGEST_HANDLER_H_
