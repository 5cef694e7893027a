// SqlConnection: the little the store needs from a SQL database, so one Store
// implementation (sql_store.cpp) serves both SQLite and PostgreSQL.
//
// Statements are written once with '?' placeholders; the PostgreSQL
// connection rewrites them to $1, $2, ... Prepared statements are cached by
// their SQL text, so callers simply pass the same string again.
#ifndef ANNALIST_SRC_STORE_SQL_H_
#define ANNALIST_SRC_STORE_SQL_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "annalist/status.h"

namespace annalist::store {

enum class Dialect { kSqlite, kPostgres };

// A bound parameter: NULL, integer, real or text. Text is either owned or a
// view of text the caller keeps alive until the statement has run (the
// writer binds a Document's words without copying them).
using SqlValue = std::variant<std::monostate, int64_t, double, std::string, std::string_view>;
using SqlParams = std::vector<SqlValue>;

// One result row; valid only during the row callback.
class SqlRow {
 public:
  virtual ~SqlRow() = default;
  virtual bool IsNull(int column) const = 0;
  virtual int64_t Int(int column) const = 0;      // 0 when NULL
  virtual double Real(int column) const = 0;      // 0 when NULL
  virtual std::string Text(int column) const = 0; // "" when NULL
  // The same without a copy: valid during the row callback only.
  virtual std::string_view View(int column) const = 0;
};

// Return false to stop reading rows.
using RowCallback = std::function<bool(const SqlRow&)>;

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  virtual Dialect dialect() const = 0;

  // Runs one or more statements without parameters or results (DDL).
  virtual Status Exec(const std::string& sql) = 0;

  // Runs one statement with parameters; `on_row` (may be empty) sees each
  // result row. *changes (may be null) receives the number of rows changed.
  Status Run(const std::string& sql, const SqlParams& params, const RowCallback& on_row,
             int64_t* changes = nullptr) {
    return RunSlice(sql, params, on_row, changes);
  }
  // The same with the parameters a slice of a longer list (multi-row inserts).
  virtual Status RunSlice(const std::string& sql, std::span<const SqlValue> params,
                          const RowCallback& on_row, int64_t* changes) = 0;

  Status Begin() { return Exec("BEGIN"); }
  // A transaction that will write: takes SQLite's write lock at once, so what
  // it reads first (the largest ids) stays true until it commits.
  Status BeginWrite() { return Exec(dialect() == Dialect::kSqlite ? "BEGIN IMMEDIATE" : "BEGIN"); }
  Status Commit() { return Exec("COMMIT"); }
  Status Rollback() { return Exec("ROLLBACK"); }

  // Runs an INSERT of one row (written without RETURNING). *inserted tells
  // whether it added the row (ON CONFLICT DO NOTHING may skip it), and *id
  // is then the row's id. By default through "RETURNING id"; SQLite reads
  // its last rowid instead, at half the cost.
  virtual Status Insert(const std::string& sql, const SqlParams& params, int64_t* id,
                        bool* inserted);

  // Convenience: the first column of the first row as an integer; *found
  // (may be null) tells whether there was a row.
  Status QueryInt(const std::string& sql, const SqlParams& params, int64_t* out,
                  bool* found = nullptr);
};

// Opens a SQLite database file (":memory:" allowed) in WAL mode.
Status OpenSqlite(const std::string& path, std::unique_ptr<SqlConnection>* out);
// Connects to PostgreSQL with a libpq connection URI.
Status OpenPostgres(const std::string& uri, std::unique_ptr<SqlConnection>* out);

}  // namespace annalist::store

#endif  // ANNALIST_SRC_STORE_SQL_H_
