#include "claims/claim_stage.h"

#include <gtest/gtest.h>

#include "quotes/quote_stage.h"
#include "quotes/test_document.h"

namespace annalist {
namespace {

using testing::MakeDocument;

class ClaimStageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(ClaimStage::Create(testing::SourceDataDir(), &stage_).ok());
    ASSERT_TRUE(QuoteStage::Create(testing::SourceDataDir(), &quotes_).ok());
  }
  void Run(Document* doc) {
    ASSERT_TRUE(quotes_->Process(doc).ok());
    ASSERT_TRUE(stage_->Process(doc).ok());
  }
  static std::string Text(const Document& doc, const std::vector<ClaimParty>& parties) {
    std::string out;
    for (const ClaimParty& p : parties) out += (out.empty() ? "" : "|") + std::string(doc.SpanText(p.span));
    return out;
  }
  std::unique_ptr<ClaimStage> stage_;
  std::unique_ptr<QuoteStage> quotes_;
};

TEST_F(ClaimStageTest, AllegationDenialAndCorroborationFormOneClaim) {
  Document doc = MakeDocument(
      "Rebel leaders claimed that army troops shelled the village of Karam. "
      "The army denied the allegations. "
      "A UN report later confirmed the shelling of the village.");
  Run(&doc);
  ASSERT_EQ(doc.claims.size(), 1u);
  const Claim& c = doc.claims[0];
  EXPECT_EQ(doc.SpanText(c.proposition), "army troops shelled the village of Karam");
  EXPECT_EQ(Text(doc, c.asserted_by), "Rebel leaders");
  EXPECT_EQ(Text(doc, c.denied_by), "army");
  EXPECT_EQ(Text(doc, c.supported_by), "UN report");
}

TEST_F(ClaimStageTest, AccusationEventDeniedByItsTargetInALaterSentence) {
  Document doc = MakeDocument(
      "Pakistan accused the TTP of attacks on border posts. "
      "Fighting continued overnight. The TTP rejected the charge on Friday.");
  ActorMention pakistan, ttp, ttp_later;
  pakistan.span = testing::Find(doc, "Pakistan");
  pakistan.name = "Pakistan";
  ttp.span = testing::Find(doc, "TTP");
  ttp.name = "TTP";
  ttp_later = ttp;
  ttp_later.span = testing::Find(doc, "TTP", 1);
  doc.actors = {pakistan, ttp, ttp_later};
  Event accuse = testing::MakeEvent(doc, "accused", "112", 0);
  accuse.source.actor = 0;
  accuse.target.actor = 1;
  doc.events.push_back(accuse);
  Run(&doc);
  ASSERT_EQ(doc.claims.size(), 1u);
  const Claim& c = doc.claims[0];
  ASSERT_EQ(c.asserted_by.size(), 1u);
  EXPECT_EQ(c.asserted_by[0].event, 0u);
  EXPECT_EQ(c.asserted_by[0].actor, 0u);
  ASSERT_EQ(c.denied_by.size(), 1u);
  EXPECT_EQ(c.denied_by[0].actor, 2u);
}

TEST_F(ClaimStageTest, DenialEventIsAddressedToTheAccuser) {
  // The verb dictionaries code the denial against the first actor after the
  // verb (the group named in the allegation); the claim gives the accuser.
  Document doc = MakeDocument(
      "Islamabad claims that the regime shelters TTP leaders. "
      "The regime denies allegations of the TTP operating in the country.");
  ActorMention islamabad, regime, ttp, regime_later, ttp_later;
  islamabad.span = testing::Find(doc, "Islamabad");
  islamabad.code = "PAKGOV";
  islamabad.country = "PAK";
  regime.span = testing::Find(doc, "regime");
  regime.code = "AFGGOV";
  regime.country = "AFG";
  ttp.span = testing::Find(doc, "TTP");
  ttp.code = "PAKREB";
  ttp.country = "PAK";
  regime_later = regime;
  regime_later.span = testing::Find(doc, "regime", 1);
  ttp_later = ttp;
  ttp_later.span = testing::Find(doc, "TTP", 1);
  doc.actors = {islamabad, regime, ttp, regime_later, ttp_later};
  Event accuse = testing::MakeEvent(doc, "claims", "112", 0);
  accuse.source = {0, "PAKGOV", "PAK", "GOV"};
  accuse.target = {1, "AFGGOV", "AFG", "GOV"};
  Event deny = testing::MakeEvent(doc, "denies", "016", 1);
  deny.source = {3, "AFGGOV", "AFG", "GOV"};
  deny.target = {4, "PAKREB", "PAK", "REB"};
  doc.events = {accuse, deny};
  Run(&doc);
  ASSERT_EQ(doc.claims.size(), 1u);
  ASSERT_EQ(doc.claims[0].denied_by.size(), 1u);
  EXPECT_EQ(doc.claims[0].denied_by[0].event, 1u);
  EXPECT_EQ(doc.events[1].target.code, "PAKGOV");
  EXPECT_EQ(doc.events[1].target.actor, 0u);
  EXPECT_EQ(doc.events[1].target_from_claim, 0u);
  // The accusation itself keeps its target.
  EXPECT_EQ(doc.events[0].target.code, "AFGGOV");
  EXPECT_EQ(doc.events[0].target_from_claim, kNone);
}

TEST_F(ClaimStageTest, NoPartyRespondsToItsOwnClaimAndUnrelatedDenialsStayApart) {
  Document doc = MakeDocument(
      "The ministry alleged that smugglers crossed the northern border. "
      "The ministry confirmed the claim. "
      "Separately, the mayor denied that the budget was overspent.");
  Run(&doc);
  ASSERT_EQ(doc.claims.size(), 2u);
  EXPECT_TRUE(doc.claims[0].supported_by.empty());
  EXPECT_TRUE(doc.claims[0].denied_by.empty());
  EXPECT_TRUE(doc.claims[1].asserted_by.empty());
  EXPECT_EQ(Text(doc, doc.claims[1].denied_by), "mayor");
  EXPECT_EQ(doc.SpanText(doc.claims[1].proposition), "the budget was overspent");
}

TEST_F(ClaimStageTest, ThirdPartyReportingTheSameTopicSupportsTheClaim) {
  Document doc = MakeDocument(
      "Officials claimed that the northern militia shelters armed smugglers. "
      "The militia denies the allegations. "
      "A monitoring team found that the northern militia gives shelter to the armed smugglers. "
      "A separate survey found that rainfall rose sharply.");
  Run(&doc);
  ASSERT_EQ(doc.claims.size(), 1u);
  const Claim& c = doc.claims[0];
  EXPECT_EQ(Text(doc, c.denied_by), "militia");
  // The team's finding shares the claim's topic; the rainfall survey does not.
  EXPECT_EQ(Text(doc, c.supported_by), "monitoring team");
}

}  // namespace
}  // namespace annalist
