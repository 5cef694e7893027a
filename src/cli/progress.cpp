#include "cli/progress.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

namespace annalist::cli {

Progress::Progress(std::string what, uint64_t total_bytes)
    : what_(std::move(what)),
      total_bytes_(total_bytes),
      live_(isatty(STDERR_FILENO) != 0),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

void Progress::Advance(uint64_t articles, uint64_t bytes) {
  articles_ += articles;
  bytes_ += bytes;
  if (!live_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  Draw();
}

void Progress::Draw() {
  double seconds = std::chrono::duration<double>(last_draw_ - start_).count();
  double rate = seconds > 0 ? articles_ / seconds : 0;
  char line[256];
  if (total_bytes_ > 0) {
    double done = std::min(1.0, static_cast<double>(bytes_) / total_bytes_);
    int filled = static_cast<int>(done * 30);
    double eta = done > 0 ? seconds * (1 - done) / done : 0;
    std::snprintf(line, sizeof line, "\r%s [%-30s] %3.0f%% %llu articles, %.0f/s, ETA %.0fs ",
                  what_.c_str(), std::string(filled, '#').c_str(), done * 100,
                  static_cast<unsigned long long>(articles_), rate, eta);
  } else {
    std::snprintf(line, sizeof line, "\r%s %llu articles, %.0f/s ", what_.c_str(),
                  static_cast<unsigned long long>(articles_), rate);
  }
  std::fputs(line, stderr);
}

double Progress::Finish() {
  if (live_) std::fputs("\r\033[K", stderr);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

uint64_t InputBytes(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  uint64_t total = 0;
  std::error_code ec;
  for (const std::string& path : paths) {
    if (path == "-") return 0;
    if (fs::is_directory(path, ec)) {
      for (const auto& entry : fs::recursive_directory_iterator(path, ec)) {
        if (entry.is_regular_file(ec)) total += entry.file_size(ec);
      }
    } else {
      total += fs::file_size(path, ec);
    }
  }
  return total;
}

}  // namespace annalist::cli
