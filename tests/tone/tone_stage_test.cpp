#include "tone/tone_stage.h"

#include <gtest/gtest.h>

#include "quotes/test_document.h"

namespace annalist {
namespace {

using testing::MakeDocument;

// A hand-made lexicon, so the test needs no generated data.
constexpr std::string_view kLexicon =
    "# test lexicon\n"
    "good\t3\n"
    "attack\t-1\n"
    "killed\t-3\n"
    "does not work\t-3\n";

class ToneStageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ToneLexicon lexicon;
    ASSERT_TRUE(ToneLexicon::Parse(kLexicon, "test", &lexicon).ok());
    Grammar grammar;
    ASSERT_TRUE(Grammar::Load(testing::SourceDataDir(), &grammar).ok());
    stage_ = std::make_unique<ToneStage>(std::move(lexicon), std::move(grammar));
  }
  std::unique_ptr<ToneStage> stage_;
};

TEST_F(ToneStageTest, ScoreIsValencePerHundredWords) {
  Document doc = MakeDocument("The talks were good.");  // 4 words, +3
  ASSERT_TRUE(stage_->Process(&doc).ok());
  ASSERT_TRUE(doc.tone.has_value());
  EXPECT_DOUBLE_EQ(*doc.tone, 75.0);
}

TEST_F(ToneStageTest, NegatorWithinThreeTokensFlipsTheSign) {
  Document near = MakeDocument("The talks were not very good.");
  Document far = MakeDocument("Not that the talks were good.");
  ASSERT_TRUE(stage_->Process(&near).ok());
  ASSERT_TRUE(stage_->Process(&far).ok());
  EXPECT_LT(*near.tone, 0);
  EXPECT_GT(*far.tone, 0);
}

TEST_F(ToneStageTest, PhrasesAndEventClauses) {
  Document doc = MakeDocument("The plan does not work, but the talks were good.");
  doc.events.push_back(testing::MakeEvent(doc, "talks", "040", 0));
  ASSERT_TRUE(stage_->Process(&doc).ok());
  EXPECT_DOUBLE_EQ(*doc.tone, 0.0);  // -3 + 3
  EXPECT_GT(doc.events[0].tone, 0);  // its clause is "but the talks were good"
}

TEST(ToneLexiconTest, RejectsMalformedLines) {
  ToneLexicon lexicon;
  Status s = ToneLexicon::Parse("good\tthree\n", "afinn.tsv", &lexicon);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("afinn.tsv:1"), std::string::npos);
}

}  // namespace
}  // namespace annalist
