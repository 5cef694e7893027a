// Store::Open (choosing the database from the URL), Store::Ingest and Write, ArticleKey,
// ParseCountBy.
#include <zlib.h>

#include <cstdio>

#include "annalist/store.h"
#include "store/schema.h"
#include "store/sql_store.h"

namespace annalist {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

uint64_t Fnv1a(std::string_view data, uint64_t hash) {
  for (unsigned char c : data) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

}  // namespace

std::string ArticleKey(const Document& doc) {
  // Two independent checksums plus the length: 128 bits, so distinct
  // articles never collide in practice, yet no crypto library is needed.
  // Both run over url, '\n', text in turn (no joined copy of the text).
  const std::string_view parts[] = {doc.url, "\n", doc.text};
  uint64_t fnv = 0xcbf29ce484222325ULL;
  uLong crc = crc32(0L, Z_NULL, 0);
  size_t size = 0;
  for (std::string_view part : parts) {
    fnv = Fnv1a(part, fnv);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(part.data()), static_cast<uInt>(part.size()));
    size += part.size();
  }
  char buf[40];
  std::snprintf(buf, sizeof buf, "%016llx%08lx%08x", static_cast<unsigned long long>(fnv),
                static_cast<unsigned long>(crc), static_cast<unsigned>(size));
  return buf;
}

Status ParseCountBy(std::string_view name, CountBy* out) {
  static const std::pair<const char*, CountBy> kNames[] = {
      {"day", CountBy::kDay},     {"week", CountBy::kWeek}, {"month", CountBy::kMonth},
      {"dyad", CountBy::kDyad},   {"code", CountBy::kCode}, {"root", CountBy::kRoot},
      {"plover", CountBy::kPlover}, {"country", CountBy::kCountry}};
  for (const auto& [n, by] : kNames) {
    if (name == n) {
      *out = by;
      return Status::OK();
    }
  }
  return Status::InvalidArgument("unknown --count-by '" + std::string(name) +
                                 "' (day, week, month, dyad, code, root, plover, country)");
}

Status Store::Write(const std::vector<const Document*>& docs,
                    std::vector<IngestResult>* results) {
  std::vector<std::string> keys;
  keys.reserve(docs.size());
  for (const Document* doc : docs) keys.push_back(ArticleKey(*doc));
  return Write(docs, keys, results);
}

Status Store::Ingest(const std::vector<const Document*>& docs,
                     std::vector<IngestResult>* results) {
  ANNALIST_RETURN_IF_ERROR(Write(docs, results));
  return Commit();
}

namespace {

bool IsPostgresUrl(const std::string& url) {
  return StartsWith(url, "postgresql://") || StartsWith(url, "postgres://");
}

}  // namespace

std::string Store::SqlitePath(const std::string& url) {
  if (IsPostgresUrl(url)) return "";
  return StartsWith(url, "sqlite:") ? url.substr(7) : url;
}

Status Store::Open(const std::string& url, std::unique_ptr<Store>* out) {
  std::unique_ptr<store::SqlConnection> db;
  if (IsPostgresUrl(url)) {
    ANNALIST_RETURN_IF_ERROR(store::OpenPostgres(url, &db));
  } else {
    const std::string path = SqlitePath(url);
    if (path.empty()) return Status::InvalidArgument("empty store path");
    ANNALIST_RETURN_IF_ERROR(store::OpenSqlite(path, &db));
  }
  int version = 0;
  ANNALIST_RETURN_IF_ERROR(store::Migrate(db.get(), &version).WithContext(url));
  *out = std::make_unique<store::SqlStore>(std::move(db), version);
  return Status::OK();
}

}  // namespace annalist
