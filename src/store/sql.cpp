#include "store/sql.h"

namespace annalist::store {

Status SqlConnection::Insert(const std::string& sql, const SqlParams& params, int64_t* id,
                             bool* inserted) {
  return QueryInt(sql + " RETURNING id", params, id, inserted);
}

Status SqlConnection::QueryInt(const std::string& sql, const SqlParams& params, int64_t* out,
                               bool* found) {
  bool any = false;
  Status s = Run(sql, params, [&](const SqlRow& row) {
    *out = row.Int(0);
    any = true;
    return false;
  });
  if (found) *found = any;
  return s;
}

}  // namespace annalist::store
