#include "store/row_buffer.h"

#include <algorithm>
#include <bit>

namespace annalist::store {

RowBuffer::RowBuffer(std::string head, std::string row, std::string suffix)
    : head_(std::move(head)),
      row_(std::move(row)),
      suffix_(std::move(suffix)),
      width_(static_cast<size_t>(std::count(row_.begin(), row_.end(), '?'))) {}

void RowBuffer::Add(std::initializer_list<SqlValue> values) {
  values_.insert(values_.end(), values.begin(), values.end());
}

Status RowBuffer::Flush(SqlConnection* db, const RowCallback& on_row) {
  const size_t rows = width_ == 0 ? 0 : values_.size() / width_;
  for (size_t done = 0; done < rows;) {
    const size_t n = std::bit_floor(std::min(rows - done, kMaxRowsPerInsert));
    std::string& sql = statements_[std::countr_zero(n)];
    if (sql.empty()) {
      sql = head_ + " VALUES " + row_;
      for (size_t i = 1; i < n; ++i) sql += ", " + row_;
      sql += suffix_;
    }
    std::span<const SqlValue> slice(values_.data() + done * width_, n * width_);
    ANNALIST_RETURN_IF_ERROR(db->RunSlice(sql, slice, on_row, nullptr));
    done += n;
  }
  values_.clear();
  return Status::OK();
}

}  // namespace annalist::store
