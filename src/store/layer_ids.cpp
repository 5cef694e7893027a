#include "store/layer_ids.h"

namespace annalist::store {

std::string LayerIdSql(const std::string& article, const std::string& idx) {
  return "(" + article + " * " + std::to_string(kLayerIdStride) + " + " + idx + ")";
}

std::string SentenceTextSql(Dialect dialect, const std::string& s, const std::string& a) {
  const std::string from = s + ".start_byte + 1", length = s + ".end_byte - " + s + ".start_byte";
  // Offsets count bytes; both databases' substring functions count
  // characters in text, so the text is cut as bytes and read back as UTF-8.
  if (dialect == Dialect::kSqlite) {
    return "CAST(substr(CAST(" + a + ".text AS BLOB), " + from + ", " + length + ") AS TEXT)";
  }
  // (PostgreSQL's substring of bytea takes integers, not bigints.)
  return "convert_from(substring(convert_to(" + a + ".text, 'UTF8') FROM CAST(" + from +
         " AS INTEGER) FOR CAST(" + length + " AS INTEGER)), 'UTF8')";
}

}  // namespace annalist::store
