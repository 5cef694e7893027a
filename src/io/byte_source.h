// ByteSource: buffered reading of a file or stdin, line by line or whole,
// with look-ahead for format sniffing. Lines may be of any length (a 50 MB
// article on one line is read as one line); only the current line is held.
#ifndef ANNALIST_SRC_IO_BYTE_SOURCE_H_
#define ANNALIST_SRC_IO_BYTE_SOURCE_H_

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "annalist/status.h"

namespace annalist {

class ByteSource {
 public:
  // Opens `path`, or stdin for "-".
  static Status Open(const std::string& path, std::unique_ptr<ByteSource>* out);
  ~ByteSource();
  ByteSource(const ByteSource&) = delete;
  ByteSource& operator=(const ByteSource&) = delete;

  // Up to `n` bytes ahead of the read position, without consuming them.
  std::string_view Peek(size_t n);

  // Reads the next line into *line without its "\n" (or "\r\n"); false at
  // the end of input.
  bool ReadLine(std::string* line);

  // Appends everything that is left to *out.
  void ReadAll(std::string* out);

  // Whether a read error (not the end of input) occurred.
  bool failed() const { return failed_; }

 private:
  explicit ByteSource(FILE* file, bool owned) : file_(file), owned_(owned) {}
  // Reads more input after the buffered bytes; false when nothing came.
  bool Fill();

  FILE* file_;
  bool owned_;
  bool eof_ = false;
  bool failed_ = false;
  std::vector<char> buffer_;
  size_t begin_ = 0, end_ = 0;  // unread bytes are buffer_[begin_, end_)
};

}  // namespace annalist

#endif  // ANNALIST_SRC_IO_BYTE_SOURCE_H_
