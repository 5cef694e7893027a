// SqlConnection over PostgreSQL (libpq): '?' placeholders become $n, and
// statements are prepared once per connection and cached by their SQL.
#include <libpq-fe.h>

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include "store/sql.h"

namespace annalist::store {
namespace {

// Rewrites '?' placeholders (outside string literals) to $1, $2, ...
std::string NumberPlaceholders(const std::string& sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int next = 1;
  bool in_literal = false;
  for (char c : sql) {
    if (c == '\'') in_literal = !in_literal;
    if (c == '?' && !in_literal) {
      out += '$';
      out += std::to_string(next++);
    } else {
      out += c;
    }
  }
  return out;
}

class PostgresRow : public SqlRow {
 public:
  PostgresRow(PGresult* result, int row) : result_(result), row_(row) {}
  bool IsNull(int c) const override { return PQgetisnull(result_, row_, c) != 0; }
  int64_t Int(int c) const override {
    const char* p = PQgetvalue(result_, row_, c);
    int64_t v = 0;
    std::from_chars(p, p + PQgetlength(result_, row_, c), v);
    return v;
  }
  double Real(int c) const override {
    return IsNull(c) ? 0.0 : std::strtod(PQgetvalue(result_, row_, c), nullptr);
  }
  std::string Text(int c) const override { return std::string(View(c)); }
  std::string_view View(int c) const override {
    return std::string_view(PQgetvalue(result_, row_, c), PQgetlength(result_, row_, c));
  }

 private:
  PGresult* result_;
  int row_;
};

class PostgresConnection : public SqlConnection {
 public:
  explicit PostgresConnection(PGconn* conn) : conn_(conn) {}
  ~PostgresConnection() override { PQfinish(conn_); }

  Dialect dialect() const override { return Dialect::kPostgres; }

  Status Exec(const std::string& sql) override {
    PGresult* result = PQexec(conn_, sql.c_str());
    Status s = Check(result, sql);
    PQclear(result);
    return s;
  }

  Status RunSlice(const std::string& sql, std::span<const SqlValue> params,
                  const RowCallback& on_row, int64_t* changes) override {
    std::string name;
    ANNALIST_RETURN_IF_ERROR(Prepare(sql, &name));
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (size_t i = 0; i < params.size(); ++i) {
      const SqlValue& v = params[i];
      if (const auto* n = std::get_if<int64_t>(&v)) {
        texts[i] = std::to_string(*n);
      } else if (const auto* d = std::get_if<double>(&v)) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.17g", *d);
        texts[i] = buf;
      } else if (const auto* s = std::get_if<std::string>(&v)) {
        texts[i] = *s;
      } else if (const auto* view = std::get_if<std::string_view>(&v)) {
        texts[i] = *view;
      } else {
        continue;  // NULL
      }
      values[i] = texts[i].c_str();
    }
    PGresult* result = PQexecPrepared(conn_, name.c_str(), static_cast<int>(values.size()),
                                      values.data(), nullptr, nullptr, 0);
    Status s = Check(result, sql);
    if (s.ok()) {
      if (on_row) {
        int rows = PQntuples(result);
        for (int r = 0; r < rows; ++r) {
          if (!on_row(PostgresRow(result, r))) break;
        }
      }
      if (changes) *changes = std::atoll(PQcmdTuples(result));
    }
    PQclear(result);
    return s;
  }

 private:
  Status Check(PGresult* result, const std::string& sql) {
    ExecStatusType st = PQresultStatus(result);
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) return Status::OK();
    return Status::IOError(std::string("postgresql: ") + PQerrorMessage(conn_) +
                           " in: " + sql.substr(0, 200));
  }

  Status Prepare(const std::string& sql, std::string* name) {
    auto it = statements_.find(sql);
    if (it != statements_.end()) {
      *name = it->second;
      return Status::OK();
    }
    *name = "s" + std::to_string(statements_.size());
    PGresult* result = PQprepare(conn_, name->c_str(), NumberPlaceholders(sql).c_str(), 0,
                                 nullptr);
    Status s = Check(result, sql);
    PQclear(result);
    if (s.ok()) statements_.emplace(sql, *name);
    return s;
  }

  PGconn* conn_;
  std::unordered_map<std::string, std::string> statements_;
};

void IgnoreNotice(void*, const char*) {}

}  // namespace

Status OpenPostgres(const std::string& uri, std::unique_ptr<SqlConnection>* out) {
  PGconn* conn = PQconnectdb(uri.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string message = PQerrorMessage(conn);
    PQfinish(conn);
    while (!message.empty() && message.back() == '\n') message.pop_back();
    return Status::IOError("postgresql: cannot connect: " + message);
  }
  // "relation already exists, skipping" notices are expected during migrations.
  PQsetNoticeProcessor(conn, IgnoreNotice, nullptr);
  auto connection = std::make_unique<PostgresConnection>(conn);
  ANNALIST_RETURN_IF_ERROR(connection->Exec("SET client_min_messages = warning"));
  *out = std::move(connection);
  return Status::OK();
}

}  // namespace annalist::store
