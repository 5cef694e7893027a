// Integrity of annalist's own verb dictionaries (dictionaries/verbs): every
// CAMEO event code is reachable, every code used exists, and every line has
// the shape TABARI's .verbs grammar requires. The coder's parser checks the
// grammar in depth; this test keeps the data honest without depending on it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "annalist/cameo.h"
#include "reference/source_tree.h"

namespace annalist {
namespace {

namespace fs = std::filesystem;
using testing_support::DataFile;
using testing_support::ReadDataFiles;
using testing_support::SourceDir;

// The event codes in a line's [code] or [code:code] block; empty for [---].
std::vector<std::string> CodesOf(const std::string& line) {
  static const std::regex block(R"(\[([0-9]{2,4})(?::([0-9]{2,4}))?\]\s*$)");
  std::smatch m;
  std::vector<std::string> codes;
  if (std::regex_search(line, m, block)) {
    codes.push_back(m[1]);
    if (m[2].matched) codes.push_back(m[2]);
  }
  return codes;
}

class VerbDictionaryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(CameoTable::LoadDefault(SourceDir(), &table_).ok());
    files_ = ReadDataFiles("dictionaries/verbs", ".verbs");
    ASSERT_GE(files_.size(), 21u);  // synsets + one file per CAMEO root
  }
  std::unique_ptr<CameoTable> table_;
  std::vector<DataFile> files_;
};

TEST_F(VerbDictionaryTest, EveryLineIsWellFormed) {
  static const std::regex root(R"(^[A-Z0-9'_]+ \[(---|[0-9]{2,4}(:[0-9]{2,4})?)\]$)");
  static const std::regex forms(R"(^\{[A-Z0-9'_ ]+\}$)");
  static const std::regex pattern(R"(^- [^\[\]]*\* *[^\[\]]*\[(---|[0-9]{2,4}(:[0-9]{2,4})?)\]$)");
  for (const DataFile& f : files_) {
    if (f.name == "00-synsets.verbs") continue;
    bool finished = false;
    for (size_t i = 0; i < f.lines.size(); ++i) {
      const std::string& line = f.lines[i];
      std::string where = f.name + ":" + std::to_string(i + 1);
      if (line.empty() || line[0] == '#') continue;
      if (line == "~FINISH") {
        finished = true;
        continue;
      }
      bool ok = std::regex_match(line, root) || std::regex_match(line, forms) ||
                std::regex_match(line, pattern);
      EXPECT_TRUE(ok) << where << ": " << line;
    }
    EXPECT_TRUE(finished) << f.name << " lacks ~FINISH";
  }
}

TEST_F(VerbDictionaryTest, SynsetsUsedAreDeclared) {
  std::set<std::string> declared, used;
  static const std::regex name(R"(&([A-Z0-9]+))");
  for (const DataFile& f : files_) {
    for (const std::string& line : f.lines) {
      if (line.empty() || line[0] == '#') continue;
      if (f.name == "00-synsets.verbs" && line[0] == '&') declared.insert(line.substr(1));
      if (line[0] == '-') {
        for (std::sregex_iterator it(line.begin(), line.end(), name), end; it != end; ++it) {
          used.insert((*it)[1]);
        }
      }
    }
  }
  for (const std::string& s : used) EXPECT_TRUE(declared.count(s)) << "undeclared synset &" << s;
}

TEST_F(VerbDictionaryTest, EveryCodeIsInTheTableAndEveryEventCodeIsCovered) {
  std::set<std::string> coded;
  for (const DataFile& f : files_) {
    for (size_t i = 0; i < f.lines.size(); ++i) {
      for (const std::string& code : CodesOf(f.lines[i])) {
        const CameoInfo* info = table_->Find(code);
        ASSERT_NE(info, nullptr) << f.name << ":" << i + 1;
        EXPECT_EQ(info->code, code) << f.name << ":" << i + 1 << " uses a code not in the table";
        coded.insert(code);
      }
    }
  }
  // Every 3- and 4-digit code (roots are categories, not codable events).
  std::ifstream in(fs::path(SourceDir()) / "data" / "cameo" / "events.tsv");
  int codes = 0;
  for (std::string line; std::getline(in, line);) {
    std::string code = line.substr(0, line.find('\t'));
    if (code.size() < 3 || !isdigit(static_cast<unsigned char>(code[0]))) continue;
    ++codes;
    EXPECT_TRUE(coded.count(code)) << "no verb pattern codes " << code;
  }
  EXPECT_GT(codes, 280);
}

}  // namespace
}  // namespace annalist
