// RowBuffer: the rows a write transaction adds to one table, inserted with
// multi-row INSERT statements.
//
// A single-row INSERT pays the statement's whole set-up (opening the table
// and each of its indexes) for one row; the writer adds ~70 rows per article,
// so it buffers a batch's rows per table and inserts up to kMaxRowsPerInsert
// at once. Row counts are split into powers of two, so each table needs at
// most a handful of distinct statements, all prepared once and cached.
#ifndef ANNALIST_SRC_STORE_ROW_BUFFER_H_
#define ANNALIST_SRC_STORE_ROW_BUFFER_H_

#include <array>
#include <bit>
#include <initializer_list>
#include <string>

#include "store/sql.h"

namespace annalist::store {

class RowBuffer {
 public:
  static constexpr size_t kMaxRowsPerInsert = 64;

  // head: "INSERT INTO t (a, b, c)" (or anything a VALUES list follows);
  // row: one row's VALUES tuple, "(?, ?, ?)",
  // which may hold expressions with their own placeholders; suffix: what
  // ends each statement (an ON CONFLICT clause), if anything.
  RowBuffer(std::string head, std::string row, std::string suffix = "");

  // Appends one row: as many values as `row` has placeholders. Text views
  // must stay valid until Flush().
  void Add(std::initializer_list<SqlValue> values);

  // Inserts the buffered rows in the order they were added (so ids follow
  // that order) and empties the buffer; on_row (may be empty) sees the rows
  // a RETURNING suffix returns. The buffer keeps its capacity: a RowBuffer
  // that lives across transactions grows once, not per batch.
  Status Flush(SqlConnection* db, const RowCallback& on_row = nullptr);
  // Empties the buffer without inserting (after a failure).
  void Clear() { values_.clear(); }

 private:
  std::string head_, row_, suffix_;
  size_t width_;  // placeholders per row
  SqlParams values_;
  // The statement for 2^i rows, built on first use.
  std::array<std::string, std::bit_width(kMaxRowsPerInsert)> statements_;
};

}  // namespace annalist::store

#endif  // ANNALIST_SRC_STORE_ROW_BUFFER_H_
