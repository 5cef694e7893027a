// SqlConnection over SQLite: WAL journal, prepared statements cached by SQL.
#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <unordered_map>

#include "store/sql.h"

namespace annalist::store {
namespace {

class SqliteRow : public SqlRow {
 public:
  explicit SqliteRow(sqlite3_stmt* stmt) : stmt_(stmt) {}
  bool IsNull(int c) const override { return sqlite3_column_type(stmt_, c) == SQLITE_NULL; }
  int64_t Int(int c) const override { return sqlite3_column_int64(stmt_, c); }
  double Real(int c) const override { return sqlite3_column_double(stmt_, c); }
  std::string Text(int c) const override { return std::string(View(c)); }
  std::string_view View(int c) const override {
    const unsigned char* p = sqlite3_column_text(stmt_, c);
    if (p == nullptr) return {};
    return std::string_view(reinterpret_cast<const char*>(p), sqlite3_column_bytes(stmt_, c));
  }

 private:
  sqlite3_stmt* stmt_;
};

class SqliteConnection : public SqlConnection {
 public:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  ~SqliteConnection() override {
    for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
    sqlite3_close_v2(db_);
  }

  Dialect dialect() const override { return Dialect::kSqlite; }

  Status Exec(const std::string& sql) override {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      Status s = Status::IOError(std::string("sqlite: ") + (message ? message : "error") +
                                 " in: " + sql.substr(0, 200));
      sqlite3_free(message);
      return s;
    }
    return Status::OK();
  }

  Status RunSlice(const std::string& sql, std::span<const SqlValue> params,
                  const RowCallback& on_row, int64_t* changes) override {
    sqlite3_stmt* stmt = nullptr;
    ANNALIST_RETURN_IF_ERROR(Prepare(sql, &stmt));
    // Every call binds every parameter, so the last call's values need no
    // clearing; a call binding fewer leaves the rest NULL.
    if (static_cast<int>(params.size()) != sqlite3_bind_parameter_count(stmt)) {
      sqlite3_clear_bindings(stmt);
    }
    for (size_t i = 0; i < params.size(); ++i) {
      int index = static_cast<int>(i) + 1;
      const SqlValue& v = params[i];
      if (const auto* n = std::get_if<int64_t>(&v)) {
        sqlite3_bind_int64(stmt, index, *n);
      } else if (const auto* d = std::get_if<double>(&v)) {
        sqlite3_bind_double(stmt, index, *d);
      } else if (const auto* s = std::get_if<std::string>(&v)) {
        sqlite3_bind_text(stmt, index, s->data(), static_cast<int>(s->size()), SQLITE_STATIC);
      } else if (const auto* view = std::get_if<std::string_view>(&v)) {
        sqlite3_bind_text(stmt, index, view->data(), static_cast<int>(view->size()),
                          SQLITE_STATIC);
      } else {
        sqlite3_bind_null(stmt, index);
      }
    }
    SqliteRow row(stmt);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      if (on_row && !on_row(row)) {
        rc = SQLITE_DONE;
        break;
      }
    }
    Status status;
    if (rc != SQLITE_DONE) {
      status = Status::IOError(std::string("sqlite: ") + sqlite3_errmsg(db_) +
                               " in: " + sql.substr(0, 200));
    }
    if (changes) *changes = sqlite3_changes(db_);
    sqlite3_reset(stmt);
    return status;
  }

  Status Insert(const std::string& sql, const SqlParams& params, int64_t* id,
                bool* inserted) override {
    int64_t changes = 0;
    ANNALIST_RETURN_IF_ERROR(RunSlice(sql, params, nullptr, &changes));
    *inserted = changes > 0;
    if (*inserted) *id = sqlite3_last_insert_rowid(db_);
    return Status::OK();
  }

 private:
  Status Prepare(const std::string& sql, sqlite3_stmt** out) {
    auto it = statements_.find(sql);
    if (it != statements_.end()) {
      *out = it->second;
      return Status::OK();
    }
    if (sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()),
                           SQLITE_PREPARE_PERSISTENT, out, nullptr) != SQLITE_OK) {
      return Status::InvalidArgument(std::string("sqlite: ") + sqlite3_errmsg(db_) +
                                     " in: " + sql.substr(0, 200));
    }
    statements_.emplace(sql, *out);
    return Status::OK();
  }

  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

}  // namespace

Status OpenSqlite(const std::string& path, std::unique_ptr<SqlConnection>* out) {
  // Memory statistics cost a global mutex on every allocation, and the
  // writer allocates per row; nothing reads them. (Only possible before
  // SQLite initialises; later calls fail harmlessly.)
  static const int kNoMemoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)kNoMemoryStatistics;
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                           nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close_v2(db);
    return Status::IOError(path + ": " + message);
  }
  // Writers wait for each other instead of failing; a killed writer's WAL is
  // rolled back on the next open, which is what makes ingest resumable.
  sqlite3_busy_timeout(db, 30000);
  auto connection = std::make_unique<SqliteConnection>(db);
  // A new database gets 16 KB pages (an existing one keeps its own): an
  // ingest then writes its log in a third as many frames and system calls
  // as with 4 KB ones, for 1.5% less CPU; reads are memory-mapped.
  ANNALIST_RETURN_IF_ERROR(connection->Exec(
      "PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
      "PRAGMA foreign_keys=OFF; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;")
          .WithContext(path));
  // The WAL is copied back into the database when it reaches 40 MB rather
  // than SQLite's 1,000 pages: an ingest's transactions rewrite the same
  // index pages, and a checkpoint copies each page once however often it
  // changed, so this halves the writes (and fsyncs) of a long ingest.
  constexpr int64_t kCheckpointBytes = 40 << 20;
  int64_t page_size = 0;
  ANNALIST_RETURN_IF_ERROR(connection->QueryInt("PRAGMA page_size", {}, &page_size));
  ANNALIST_RETURN_IF_ERROR(
      connection
          ->Exec("PRAGMA wal_autocheckpoint=" +
                 std::to_string(kCheckpointBytes / std::max<int64_t>(page_size, 512)) + ";")
          .WithContext(path));
  *out = std::move(connection);
  return Status::OK();
}

}  // namespace annalist::store
