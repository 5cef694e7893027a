// Progress of a long run on stderr: a live bar with rate and ETA when stderr
// is a terminal, nothing until the one-line summary otherwise.
#ifndef ANNALIST_SRC_CLI_PROGRESS_H_
#define ANNALIST_SRC_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace annalist::cli {

class Progress {
 public:
  // `total_bytes`: the input's size when known (0 = unknown: no ETA).
  Progress(std::string what, uint64_t total_bytes);

  // Records `articles` more done, covering `bytes` more of the input.
  void Advance(uint64_t articles, uint64_t bytes);
  // Clears the bar; returns the seconds elapsed since construction.
  double Finish();

  uint64_t articles() const { return articles_; }

 private:
  void Draw();

  std::string what_;
  uint64_t total_bytes_, bytes_ = 0, articles_ = 0;
  bool live_;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

// The total size of the regular files at `paths` (directories recursively);
// 0 when any is stdin.
uint64_t InputBytes(const std::vector<std::string>& paths);

}  // namespace annalist::cli

#endif  // ANNALIST_SRC_CLI_PROGRESS_H_
