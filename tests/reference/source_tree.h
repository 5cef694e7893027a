// Helpers for tests that read annalist's bundled data files (dictionaries and
// tables) from the source tree.
#ifndef ANNALIST_TESTS_REFERENCE_SOURCE_TREE_H_
#define ANNALIST_TESTS_REFERENCE_SOURCE_TREE_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace annalist::testing_support {

// The source tree: ANNALIST_TEST_DATA is <source>/tests/data (which need not exist).
inline std::string SourceDir() {
  return std::filesystem::path(ANNALIST_TEST_DATA).parent_path().parent_path().string();
}

struct DataFile {
  std::string name;                // file name, e.g. "02-appeal.verbs"
  std::vector<std::string> lines;  // without line ends
};

// Every file with `extension` (".verbs") in <source>/<dir>, sorted by name.
inline std::vector<DataFile> ReadDataFiles(const std::string& dir, const std::string& extension) {
  std::vector<DataFile> files;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(SourceDir()) / dir)) {
    if (entry.path().extension() != extension) continue;
    DataFile f{entry.path().filename().string(), {}};
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line);) f.lines.push_back(line);
    files.push_back(std::move(f));
  }
  std::sort(files.begin(), files.end(), [](const DataFile& a, const DataFile& b) { return a.name < b.name; });
  return files;
}

}  // namespace annalist::testing_support

#endif  // ANNALIST_TESTS_REFERENCE_SOURCE_TREE_H_
