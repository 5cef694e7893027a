#include "io/byte_source.h"

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
  do {
    out->append(buffer_.data() + begin_, end_ - begin_);
    begin_ = end_;
  } while (Fill());
}

}  // namespace annalist
