#include "text/segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annalist/pipeline.h"
#include "text/text_stage.h"
#include "text/tokenizer.h"

namespace annalist {
namespace {

const std::string kDataDir = ANNALIST_TEST_DATA "/../..";

class SegmenterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Status s = SegmentationRules::LoadDefault(kDataDir, &rules_);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }

  std::vector<std::string> Split(std::string_view text) {
    std::vector<Token> tokens;
    Tokenize(text, &tokens);
    std::vector<Sentence> sentences;
    Segmenter(rules_.get()).Segment(text, tokens, &sentences);
    std::vector<std::string> out;
    for (const Sentence& s : sentences) {
      out.emplace_back(text.substr(s.span.begin, s.span.size()));
    }
    return out;
  }

  std::unique_ptr<SegmentationRules> rules_;
};

using Strings = std::vector<std::string>;

TEST_F(SegmenterTest, SplitsAtSentenceMarks) {
  EXPECT_EQ(Split("Talks began. Did they end? No! They go on."),
            (Strings{"Talks began.", "Did they end?", "No!", "They go on."}));
}

TEST_F(SegmenterTest, TitlesAndInitialsDoNotEndSentences) {
  EXPECT_EQ(Split("Gen. Khan met Mr. Lee and Dr. J. R. Smith. They talked."),
            (Strings{"Gen. Khan met Mr. Lee and Dr. J. R. Smith.", "They talked."}));
}

TEST_F(SegmenterTest, AcronymsEndSentencesOnlyBeforeStarters) {
  EXPECT_EQ(Split("The U.N. Security Council met. It sent aid to the U.S. The U.S. agreed."),
            (Strings{"The U.N. Security Council met.", "It sent aid to the U.S.",
                     "The U.S. agreed."}));
}

TEST_F(SegmenterTest, MonthsBeforeNumbers) {
  EXPECT_EQ(Split("On Nov. 14 the army left. Troops returned in Nov. The war ended."),
            (Strings{"On Nov. 14 the army left.", "Troops returned in Nov.", "The war ended."}));
}

TEST_F(SegmenterTest, DecimalsAndLowerCaseContinuations) {
  EXPECT_EQ(Split("Growth was 3.5 per cent. prices rose. Then they fell."),
            (Strings{"Growth was 3.5 per cent. prices rose.", "Then they fell."}));
}

TEST_F(SegmenterTest, ClosingQuotesAndBracketsStayWithTheSentence) {
  EXPECT_EQ(Split("He said: \u201cWe will act.\u201d Then he left. (It was late.) Aid came."),
            (Strings{"He said: \u201cWe will act.\u201d", "Then he left.", "(It was late.)",
                     "Aid came."}));
  EXPECT_EQ(Split("\"Why?\" he asked. \"Because.\""),
            (Strings{"\"Why?\" he asked.", "\"Because.\""}));
}

TEST_F(SegmenterTest, DashAsideAfterAQuestionMark) {
  EXPECT_EQ(Split("The band - who sang Who Knows? - won. Who knows? - Nobody."),
            (Strings{"The band - who sang Who Knows? - won.", "Who knows?", "- Nobody."}));
}

TEST_F(SegmenterTest, Ellipses) {
  EXPECT_EQ(Split("We waited... and waited\u2026 Nothing came."),
            (Strings{"We waited... and waited\u2026", "Nothing came."}));
}

TEST_F(SegmenterTest, ParagraphsAndHeadlinesAreHardBreaks) {
  EXPECT_EQ(Split("Ministers meet in Cairo\n\nThe ministers met on Monday"),
            (Strings{"Ministers meet in Cairo", "The ministers met on Monday"}));
  EXPECT_EQ(Split("ISLAMABAD\nThe talks ended."), (Strings{"ISLAMABAD", "The talks ended."}));
}

TEST_F(SegmenterTest, HardWrappedLinesJoin) {
  std::string text =
      "The foreign minister of the republic told reporters in the capital that\n"
      "Government troops would withdraw from the border region within weeks.";
  EXPECT_EQ(Split(text).size(), 1u);
}

TEST_F(SegmenterTest, SentencesCoverEveryToken) {
  std::string text = "One. Two three! \"Four.\" Five";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<Sentence> sentences;
  Segmenter(rules_.get()).Segment(text, tokens, &sentences);
  ASSERT_FALSE(sentences.empty());
  EXPECT_EQ(sentences.front().first_token, 0u);
  EXPECT_EQ(sentences.back().end_token, tokens.size());
  for (size_t i = 1; i < sentences.size(); ++i) {
    EXPECT_EQ(sentences[i].first_token, sentences[i - 1].end_token);
  }
}

TEST(SegmentationRulesTest, BadLineNamesFileAndLine) {
  std::unique_ptr<SegmentationRules> rules;
  Status s = SegmentationRules::Parse("# c\ntitle\tMR\nbogus\tX\n", "seg.tsv", &rules);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("seg.tsv:3"), std::string::npos) << s.message();
}

TEST(TextStageTest, PresegmentedIsOneSentence) {
  std::unique_ptr<SegmentationRules> rules;
  ASSERT_TRUE(SegmentationRules::LoadDefault(kDataDir, &rules).ok());
  TextStage stage(std::move(rules));
  Document doc;
  doc.text = "Troops left. Aid arrived. Talks resumed.";
  doc.presegmented = true;
  ASSERT_TRUE(stage.Process(&doc).ok());
  ASSERT_EQ(doc.sentences.size(), 1u);
  EXPECT_EQ(doc.sentences[0].end_token, doc.tokens.size());
  doc.presegmented = false;
  ASSERT_TRUE(stage.Process(&doc).ok());
  EXPECT_EQ(doc.sentences.size(), 3u);
}

TEST(TextStageTest, PipelineRunsSegmentStage) {
  PipelineOptions options;
  options.data_dir = kDataDir;
  options.stages = {"segment"};
  std::unique_ptr<Pipeline> pipeline;
  Status s = Pipeline::Create(options, &pipeline);
  ASSERT_TRUE(s.ok()) << s.ToString();
  Document doc;
  doc.text = "A first sentence. A second one.";
  ASSERT_TRUE(pipeline->Process(&doc).ok());
  EXPECT_EQ(doc.sentences.size(), 2u);
}

}  // namespace
}  // namespace annalist
