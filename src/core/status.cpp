#include "annalist/status.h"

namespace annalist {

std::string Status::ToString() const {
  const char* kind = "OK";
  switch (code_) {
    case Code::kOk: return "OK";
    case Code::kNotFound: kind = "not found"; break;
    case Code::kInvalidArgument: kind = "invalid argument"; break;
    case Code::kCorruption: kind = "corrupt input"; break;
    case Code::kIOError: kind = "I/O error"; break;
    case Code::kInternal: kind = "internal error"; break;
  }
  return std::string(kind) + ": " + message_;
}

Status Status::WithContext(std::string_view context) const {
  if (ok()) return *this;
  std::string msg(context);
  msg += ": ";
  msg += message_;
  return Status(code_, msg);
}

}  // namespace annalist
