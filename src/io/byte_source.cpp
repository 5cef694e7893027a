#include "io/byte_source.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

namespace annalist {
namespace {

constexpr size_t kChunk = 1 << 20;

}  // namespace

Status ByteSource::Open(const std::string& path, std::unique_ptr<ByteSource>* out) {
  if (path == "-") {
    out->reset(new ByteSource(stdin, false));
    return Status::OK();
  }
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Status::IOError(path + ": " + std::strerror(errno));
  out->reset(new ByteSource(f, true));
  return Status::OK();
}

ByteSource::~ByteSource() {
  if (owned_) std::fclose(file_);
}

bool ByteSource::Fill() {
  if (eof_) return false;
  if (begin_ > 0) {  // move the unread bytes to the front
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (buffer_.size() - end_ < kChunk) buffer_.resize(end_ + kChunk);
  size_t n = std::fread(buffer_.data() + end_, 1, buffer_.size() - end_, file_);
  if (n == 0) {
    eof_ = true;
    failed_ = std::ferror(file_) != 0;
    return false;
  }
  end_ += n;
  return true;
}

std::string_view ByteSource::Peek(size_t n) {
  while (end_ - begin_ < n && Fill()) {
  }
  return std::string_view(buffer_.data() + begin_, std::min(n, end_ - begin_));
}

bool ByteSource::ReadLine(std::string* line) {
  line->clear();
  bool got_any = false;
  for (;;) {
    if (begin_ == end_ && !Fill()) break;
    got_any = true;
    const char* start = buffer_.data() + begin_;
    const void* nl = std::memchr(start, '\n', end_ - begin_);
    if (nl != nullptr) {
      size_t len = static_cast<const char*>(nl) - start;
      line->append(start, len);
      begin_ += len + 1;
      break;
    }
    line->append(start, end_ - begin_);
    begin_ = end_;
  }
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return got_any;
}

void ByteSource::ReadAll(std::string* out) {
  out->append(buffer_.data() + begin_, end_ - begin_);
  begin_ = end_;
  if (eof_) return;
  // A file's size is known: one allocation and reads straight into *out,
  // instead of a string that grows (and copies itself) as the bytes come.
  struct stat st;
  const long position = std::ftell(file_);
  if (fstat(fileno(file_), &st) == 0 && S_ISREG(st.st_mode) && position >= 0 &&
      st.st_size > position) {
    out->reserve(out->size() + static_cast<size_t>(st.st_size - position) + 1);
  }
  for (;;) {
    // The reserved room first; past it (stdin, a file still growing) a
    // chunk more at a time. The room is kept one byte over the file's size,
    // so reading its end is a short read into it, not a reallocation.
    const size_t old = out->size();
    const size_t room = out->capacity() - old;
    out->resize(old + (room > 0 ? room : kChunk));
    const size_t n = std::fread(out->data() + old, 1, out->size() - old, file_);
    out->resize(old + n);
    if (n == 0) break;
  }
  eof_ = true;
  failed_ = std::ferror(file_) != 0;
}

}  // namespace annalist
