#include "times/time_stage.h"

#include <gtest/gtest.h>

#include "quotes/test_document.h"

namespace annalist {
namespace {

using testing::Find;
using testing::MakeDocument;

class TimeStageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(TimeStage::Create(testing::SourceDataDir(), 2026, &stage_).ok());
  }
  // The value of the time expression whose text is `text`, "" if none.
  std::string ValueOf(const Document& doc, std::string_view text) {
    for (const TimeExpr& t : doc.times) {
      if (doc.SpanText(t.span) == text) return t.value;
    }
    return "";
  }
  Document Run(std::string text, std::string_view published = "2024-11-16") {
    Document doc = MakeDocument(std::move(text), published);
    EXPECT_TRUE(stage_->Process(&doc).ok());
    return doc;
  }
  std::unique_ptr<TimeStage> stage_;
};

TEST_F(TimeStageTest, WeekdayWithDayAndMonth) {
  Document doc = Run("Talks were held on Thursday, November 14 in Islamabad.");
  EXPECT_EQ(ValueOf(doc, "Thursday, November 14"), "2024-11-14");
}

TEST_F(TimeStageTest, BareWeekdayPointsBackUnlessFuture) {
  // 2024-11-16 is a Saturday.
  Document doc = Run("The minister resigned on Thursday. He will travel on Monday.");
  EXPECT_EQ(ValueOf(doc, "Thursday"), "2024-11-14");
  EXPECT_EQ(ValueOf(doc, "Monday"), "2024-11-18");
}

TEST_F(TimeStageTest, RelativeDaysWeeksMonthsYears) {
  Document doc = Run(
      "Police said today that yesterday's raid was planned last week. "
      "Prices fell last month. The summit is in July. Protests began last year.");
  EXPECT_EQ(ValueOf(doc, "today"), "2024-11-16");
  EXPECT_EQ(ValueOf(doc, "yesterday"), "2024-11-15");
  EXPECT_EQ(ValueOf(doc, "last week"), "2024-W45");
  EXPECT_EQ(ValueOf(doc, "last month"), "2024-10");
  EXPECT_EQ(ValueOf(doc, "July"), "2024-07");
  EXPECT_EQ(ValueOf(doc, "last year"), "2023");
}

TEST_F(TimeStageTest, PossessiveRelativeDates) {
  Document doc = Run("Next Friday's vote follows last November's election.");
  EXPECT_EQ(ValueOf(doc, "Next Friday"), "2024-11-22");
  EXPECT_EQ(ValueOf(doc, "last November"), "2023-11");
}

TEST_F(TimeStageTest, ExplicitDatesYearsAndDurations) {
  Document doc = Run(
      "The deal of August 2021 ended in 2023 after three days of talks and a two-year "
      "truce; the 15-year-old ban was signed on 5 March 1999. In recent years prices rose.");
  EXPECT_EQ(ValueOf(doc, "August 2021"), "2021-08");
  EXPECT_EQ(ValueOf(doc, "2023"), "2023");
  EXPECT_EQ(ValueOf(doc, "three days"), "P3D");
  EXPECT_EQ(ValueOf(doc, "two-year"), "P2Y");
  EXPECT_EQ(ValueOf(doc, "15-year-old"), "P15Y");
  EXPECT_EQ(ValueOf(doc, "5 March 1999"), "1999-03-05");
  EXPECT_EQ(ValueOf(doc, "In recent years"), "PAST_REF");
}

TEST_F(TimeStageTest, FollowingYearIsAnchoredOnTheLastYearWritten) {
  Document doc = Run("The party came in 2002. The following year it left.");
  EXPECT_EQ(ValueOf(doc, "The following year"), "2003");
}

TEST_F(TimeStageTest, MayIsAMonthOnlyWhereAMonthIsExpected) {
  Document doc = Run("Voters may decide. The vote was held in May.");
  ASSERT_EQ(doc.times.size(), 1u);
  EXPECT_EQ(doc.times[0].value, "2024-05");
}

TEST_F(TimeStageTest, InfersPublicationFromWeekdayDate) {
  Document doc = Run("Talks were held on Thursday, November 14. Officials met yesterday.", "");
  EXPECT_TRUE(doc.published_inferred);
  EXPECT_EQ(doc.published.ToString(), "2024-11-14");  // latest such Thursday <= 2026
  EXPECT_EQ(ValueOf(doc, "yesterday"), "2024-11-13");
}

TEST_F(TimeStageTest, EventTakesTheDateOfItsSentence) {
  Document doc = MakeDocument("Troops attacked the town on Tuesday. Talks continue.", "2024-11-16");
  doc.events.push_back(testing::MakeEvent(doc, "attacked", "190", 0));
  doc.events.push_back(testing::MakeEvent(doc, "continue", "040", 1));
  ASSERT_TRUE(stage_->Process(&doc).ok());
  EXPECT_EQ(doc.events[0].date.ToString(), "2024-11-12");
  EXPECT_EQ(doc.events[1].date.ToString(), "2024-11-16");  // publication date kept
}

}  // namespace
}  // namespace annalist
