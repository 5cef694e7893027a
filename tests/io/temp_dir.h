// TempDir: a fresh directory for a test's input and output files, removed
// with everything in it when the test ends.
#ifndef ANNALIST_TESTS_IO_TEMP_DIR_H_
#define ANNALIST_TESTS_IO_TEMP_DIR_H_

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace annalist {

class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "annalist-test-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }

  // Writes `content` to path()/name (creating folders) and returns its path.
  std::string Write(const std::string& name, std::string_view content) const {
    std::filesystem::path p = std::filesystem::path(path_) / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary).write(content.data(), content.size());
    return p.string();
  }

 private:
  std::string path_;
};

}  // namespace annalist

#endif  // ANNALIST_TESTS_IO_TEMP_DIR_H_
