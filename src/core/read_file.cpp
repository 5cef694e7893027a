#include "core/read_file.h"

#include <fstream>

namespace annalist {

Status ReadFile(const std::string& path, std::string* out) {
  // Through a string stream a megabyte file was copied as the stream grew
  // and again out of it.
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return Status::NotFound(path + ": cannot open");
  const std::streamoff size = in.tellg();
  if (size < 0) return Status::IOError(path + ": cannot read");
  out->resize(static_cast<size_t>(size));
  in.seekg(0);
  if (!in.read(out->data(), size)) return Status::IOError(path + ": cannot read");
  return Status::OK();
}

Status ReadFile(const std::string& path, std::string_view what, std::string* out) {
  Status read = ReadFile(path, out);
  if (read.code() == Status::Code::kNotFound) {
    return Status::NotFound(path + ": cannot open " + std::string(what));
  }
  return read;
}

}  // namespace annalist
