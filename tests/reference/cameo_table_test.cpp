#include "annalist/cameo.h"
#include "io/temp_dir.h"
#include "reference/source_tree.h"

#include <gtest/gtest.h>

namespace annalist {
namespace {

using testing_support::SourceDir;

// Writes `content` to a file of a directory removed when the test program
// ends, and returns its path.
std::string WriteTemp(const std::string& name, const std::string& content) {
  static const TempDir dir;
  return dir.Write(name, content);
}

const char kHeader[] = "# comment\ncode\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\n";

TEST(CameoTableTest, QuadClassOfRootFollowsCameoRanges) {
  EXPECT_EQ(CameoTable::QuadClassOfRoot("01"), 1);
  EXPECT_EQ(CameoTable::QuadClassOfRoot("04"), 1);
  EXPECT_EQ(CameoTable::QuadClassOfRoot("05"), 2);
  EXPECT_EQ(CameoTable::QuadClassOfRoot("08"), 2);
  EXPECT_EQ(CameoTable::QuadClassOfRoot("09"), 3);
  EXPECT_EQ(CameoTable::QuadClassOfRoot("13"), 3);
  EXPECT_EQ(CameoTable::QuadClassOfRoot("14"), 4);
  EXPECT_EQ(CameoTable::QuadClassOfRoot("20"), 4);
  EXPECT_EQ(CameoTable::QuadClassOfRoot("00"), 0);
  EXPECT_EQ(CameoTable::QuadClassOfRoot("21"), 0);
  EXPECT_EQ(CameoTable::QuadClassOfRoot("1"), 0);
  EXPECT_EQ(CameoTable::QuadClassOfRoot("0a"), 0);
}

TEST(CameoTableTest, LoadsRowsAndFallsBackToParent) {
  std::string path = WriteTemp("cameo_ok.tsv", std::string(kHeader) +
                                                   "02\tAppeal\t3.0\t1\tREQUEST\t-\n"
                                                   "023\tAsk for aid\t3.4\t1\tREQUEST\tassist\n"
                                                   "19\tFight\t-10\t4\tASSAULT\t-\n");
  std::unique_ptr<CameoTable> table;
  ASSERT_TRUE(CameoTable::Load(path, &table).ok());
  EXPECT_EQ(table->size(), 3u);

  const CameoInfo* aid = table->Find("023");
  ASSERT_NE(aid, nullptr);
  EXPECT_EQ(aid->name, "Ask for aid");
  EXPECT_DOUBLE_EQ(aid->goldstein, 3.4);
  EXPECT_EQ(aid->plover, "REQUEST");
  EXPECT_EQ(aid->plover_mode, "assist");

  const CameoInfo* child = table->Find("0234");  // not listed: falls back to 023
  ASSERT_NE(child, nullptr);
  EXPECT_EQ(child->code, "023");
  const CameoInfo* sibling = table->Find("024");  // falls back to the root
  ASSERT_NE(sibling, nullptr);
  EXPECT_EQ(sibling->code, "02");
  EXPECT_EQ(sibling->plover_mode, "");  // "-" means none

  EXPECT_EQ(table->Find("17"), nullptr);
  EXPECT_EQ(table->Find("abc"), nullptr);
  EXPECT_EQ(table->Find(""), nullptr);
  EXPECT_EQ(table->Find("0"), nullptr);
}

struct BadRow {
  const char* row;
  const char* expected_message_part;
};

// Names each case by what it expects, so that test names (and ctest's list of
// them) do not depend on the addresses of the strings.
void PrintTo(const BadRow& bad, std::ostream* os) { *os << bad.expected_message_part; }

class CameoTableBadRowTest : public ::testing::TestWithParam<BadRow> {};

TEST_P(CameoTableBadRowTest, RejectsWithFileAndLine) {
  std::string path = WriteTemp("cameo_bad.tsv", std::string(kHeader) + "02\tAppeal\t3.0\t1\tREQUEST\t-\n" +
                                                    GetParam().row + "\n");
  std::unique_ptr<CameoTable> table;
  Status s = CameoTable::Load(path, &table);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_NE(s.message().find(path + ":4"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find(GetParam().expected_message_part), std::string::npos) << s.message();
  EXPECT_EQ(table, nullptr);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, CameoTableBadRowTest,
    ::testing::Values(BadRow{"020\tMake an appeal\t3.0\t1\tREQUEST", "columns"},
                      BadRow{"2x0\tBad\t3.0\t1\tREQUEST\t-", "bad CAMEO code"},
                      BadRow{"21\tNo such root\t3.0\t1\tREQUEST\t-", "unknown CAMEO root"},
                      BadRow{"020\tAppeal\tlots\t1\tREQUEST\t-", "Goldstein"},
                      BadRow{"020\tAppeal\t11\t1\tREQUEST\t-", "Goldstein"},
                      BadRow{"020\tAppeal\t3.0\t4\tREQUEST\t-", "QuadClass"},
                      BadRow{"020\tAppeal\t3.0\t1\trequest\t-", "PLOVER type"},
                      BadRow{"02\tAppeal again\t3.0\t1\tREQUEST\t-", "duplicate"}));

TEST(CameoTableTest, MissingFileIsIOError) {
  std::unique_ptr<CameoTable> table;
  Status s = CameoTable::Load("/nonexistent/events.tsv", &table);
  EXPECT_EQ(s.code(), Status::Code::kIOError);
  EXPECT_NE(s.message().find("/nonexistent/events.tsv"), std::string::npos);
}

// The bundled table: every root and a few well-known codes with their
// codebook meaning.
TEST(CameoTableTest, DefaultTableCoversEveryRoot) {
  std::unique_ptr<CameoTable> table;
  Status s = CameoTable::LoadDefault(SourceDir(), &table);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_GE(table->size(), 300u);
  for (int root = 1; root <= 20; ++root) {
    char code[3];
    std::snprintf(code, sizeof code, "%02d", root);
    const CameoInfo* info = table->Find(code);
    ASSERT_NE(info, nullptr) << code;
    EXPECT_EQ(info->code, code);
    EXPECT_EQ(info->quad_class, CameoTable::QuadClassOfRoot(code));
  }
  EXPECT_EQ(table->Find("042")->plover_mode, "visit");
  EXPECT_EQ(table->Find("173")->plover, "COERCE");
  EXPECT_EQ(table->Find("112")->plover, "ACCUSE");
  EXPECT_LT(table->Find("190")->goldstein, -9);
  EXPECT_GT(table->Find("057")->goldstein, 5);
}

}  // namespace
}  // namespace annalist
