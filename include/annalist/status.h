// Status: the result of an operation that can fail, in the style of LevelDB.
//
// A Status is either OK or carries an error code and a message that names what
// went wrong and where ("dictionaries/verbs/agree.verbs:12: unbalanced '{'").
// Functions that can fail return Status and write results through pointers;
// they never throw across the library boundary.
#ifndef ANNALIST_STATUS_H_
#define ANNALIST_STATUS_H_

#include <string>
#include <string_view>
#include <utility>

namespace annalist {

class Status {
 public:
  enum class Code { kOk = 0, kNotFound, kInvalidArgument, kCorruption, kIOError, kInternal };

  Status() = default;  // OK

  static Status OK() { return Status(); }
  static Status NotFound(std::string_view msg) { return Status(Code::kNotFound, msg); }
  static Status InvalidArgument(std::string_view msg) { return Status(Code::kInvalidArgument, msg); }
  // Input that is malformed: bad UTF-8, a broken JSON line, a bad dictionary line.
  static Status Corruption(std::string_view msg) { return Status(Code::kCorruption, msg); }
  static Status IOError(std::string_view msg) { return Status(Code::kIOError, msg); }
  static Status Internal(std::string_view msg) { return Status(Code::kInternal, msg); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // "OK", or "<kind>: <message>".
  std::string ToString() const;

  // Returns a copy whose message is prefixed with `context` and ": ", for
  // adding the file, line or record that an inner error concerns.
  Status WithContext(std::string_view context) const;

 private:
  Status(Code code, std::string_view msg) : code_(code), message_(msg) {}

  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace annalist

// Returns early from the enclosing function when `expr` is not OK.
#define ANNALIST_RETURN_IF_ERROR(expr)             \
  do {                                             \
    ::annalist::Status _annalist_status = (expr);  \
    if (!_annalist_status.ok()) return _annalist_status; \
  } while (0)

#endif  // ANNALIST_STATUS_H_
