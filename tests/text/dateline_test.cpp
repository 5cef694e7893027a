#include "text/dateline.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "text/text_stage.h"

namespace annalist {
namespace {

const std::string kDataDir = ANNALIST_TEST_DATA "/../..";

// The dateline text the text stage finds in `text`, "" when none.
std::string Dateline(const std::string& text) {
  std::unique_ptr<SegmentationRules> rules;
  EXPECT_TRUE(SegmentationRules::LoadDefault(kDataDir, &rules).ok());
  TextStage stage(std::move(rules));
  Document doc;
  doc.text = text;
  EXPECT_TRUE(stage.Process(&doc).ok());
  return std::string(doc.SpanText(doc.dateline));
}

TEST(DatelineTest, CapitalsBeforeADash) {
  EXPECT_EQ(Dateline("KABUL, AFGHANISTAN \u2013 Pakistan urged the Taliban to act."),
            "KABUL, AFGHANISTAN");
  EXPECT_EQ(Dateline("GENEVA - The talks resumed."), "GENEVA");
}

TEST(DatelineTest, DateAndAgencyInMixedCase) {
  EXPECT_EQ(Dateline("NEW DELHI, March 20 (Reuters) - India said on Monday it would reply."),
            "NEW DELHI, March 20 (Reuters)");
  EXPECT_EQ(Dateline("MOSCOW, Nov. 3 \u2014 Russia denied it."), "MOSCOW, Nov. 3");
}

TEST(DatelineTest, UnderAHeadline) {
  EXPECT_EQ(Dateline("Kenya and Ethiopia to hold border talks\n\nNAIROBI, March 6 \u2013 Kenya's "
                     "minister will visit Addis Ababa."),
            "NAIROBI, March 6");
  // Only the first sentence may be a headline; a later dash is prose.
  EXPECT_EQ(Dateline("Talks resumed. GENEVA - Delegates met."), "");
}

TEST(DatelineTest, OrdinarySentencesHaveNone) {
  EXPECT_EQ(Dateline("Pakistan urged the Taliban - again - to act."), "");
  EXPECT_EQ(Dateline("UN-backed forces entered the town on Monday."), "");
  EXPECT_EQ(Dateline("- Rebels shelled the town."), "");
  EXPECT_EQ(Dateline("The Army - which denied it - withdrew."), "");
}

}  // namespace
}  // namespace annalist
