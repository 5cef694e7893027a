#include <gtest/gtest.h>

#include "annalist/record_io.h"

namespace annalist {

TEST(TabariRecordsTest, SplitsRecordsAndComments) {
  const char* text =
      "# a heading\n"
      "\n"
      "950101  DEMO-01\n"
      "Arnor is about to restore ties\n"
      "with Gondor.\n"
      "/* [Simple coding]\n"
      "{ ARN / GON / 064 } */\n"
      "\n"
      "950102 DEMO-02\n"
      "Second record.\n";
  std::vector<TabariRecord> recs;
  ASSERT_TRUE(ParseTabariRecords(text, "t.text", &recs).ok());
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_EQ(recs[0].date, "950101");
  EXPECT_EQ(recs[0].id, "DEMO-01");
  EXPECT_EQ(recs[0].text, "Arnor is about to restore ties with Gondor.");
  EXPECT_NE(recs[0].comment.find("{ ARN / GON / 064 }"), std::string::npos);
  EXPECT_EQ(recs[0].line, 3u);
  EXPECT_EQ(recs[1].id, "DEMO-02");
  EXPECT_EQ(recs[1].text, "Second record.");
}

TEST(TabariRecordsTest, BadHeaderNamesTheLine) {
  std::vector<TabariRecord> recs;
  Status s = ParseTabariRecords("\n\nnot a header\n", "x.text", &recs);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("x.text:3"), std::string::npos) << s.message();
}

TEST(TabariRecordsTest, UnclosedCommentIsAnError) {
  std::vector<TabariRecord> recs;
  Status s = ParseTabariRecords("950101 A\ntext /* open\n", "y.text", &recs);
  EXPECT_FALSE(s.ok());
}

}  // namespace annalist

namespace annalist {

TEST(TabariRecordsTest, LoadNamesAMissingFile) {
  std::vector<TabariRecord> recs;
  Status s = LoadTabariRecords("/nonexistent/records.text", &recs);
  EXPECT_EQ(s.code(), Status::Code::kIOError);
  EXPECT_NE(s.message().find("/nonexistent/records.text"), std::string::npos) << s.message();
}

}  // namespace annalist
