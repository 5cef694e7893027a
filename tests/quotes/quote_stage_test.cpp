#include "quotes/quote_stage.h"

#include <gtest/gtest.h>

#include "quotes/test_document.h"

namespace annalist {
namespace {

using testing::MakeDocument;

class QuoteStageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(QuoteStage::Create(testing::SourceDataDir(), &stage_).ok());
  }
  Document Run(std::string text) {
    Document doc = MakeDocument(std::move(text), "2024-11-16");
    EXPECT_TRUE(stage_->Process(&doc).ok());
    return doc;
  }
  // The quote whose content starts with `start`.
  const Quote* Find(const Document& doc, std::string_view start) {
    for (const Quote& q : doc.quotes) {
      if (doc.SpanText(q.content).starts_with(start)) return &q;
    }
    return nullptr;
  }
  std::string Speaker(const Document& doc, std::string_view start) {
    const Quote* q = Find(doc, start);
    return q ? std::string(doc.SpanText(q->speaker)) : "<no quote>";
  }
  std::unique_ptr<QuoteStage> stage_;
};

TEST_F(QuoteStageTest, DirectQuoteAttributedAfter) {
  Document doc = Run("\"We will not go back,\" said Robert Sinche, head of strategy at a bank.");
  const Quote* q = Find(doc, "We will not go back");
  ASSERT_NE(q, nullptr);
  EXPECT_TRUE(q->direct);
  EXPECT_EQ(doc.SpanText(q->cue), "said");
  EXPECT_EQ(doc.SpanText(q->speaker), "Robert Sinche");
}

TEST_F(QuoteStageTest, QuoteSpanningSentencesIsOnePassage) {
  Document doc = Run(
      "Colin Asplin, Blackpool Hotel Association said: \"We have tried. \"We have failed.\" "
      "The hotels were empty.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.SpanText(doc.quotes[0].content), "We have tried. \"We have failed.");
  EXPECT_EQ(Speaker(doc, "We have tried"), "Colin Asplin");
}

TEST_F(QuoteStageTest, CurlyQuotesAndFemalePronoun) {
  Document doc = Run(
      "Maria Lopez, the trade minister, said talks would resume. "
      "\xE2\x80\x9CWe are ready,\xE2\x80\x9D she said.");
  EXPECT_EQ(Speaker(doc, "talks would resume"), "Maria Lopez");
  EXPECT_EQ(Speaker(doc, "We are ready"), "Maria Lopez");
}

TEST_F(QuoteStageTest, ShortNameAndPronounResolveToTheFullName) {
  Document doc = Run(
      "Tory co-chairman Liam Fox said the party was ready. Labour disagreed. "
      "Mr Fox said the campaign would start soon. He added that it would be short.");
  EXPECT_EQ(Speaker(doc, "the party was ready"), "Liam Fox");
  EXPECT_EQ(Speaker(doc, "the campaign would start"), "Liam Fox");
  EXPECT_EQ(Speaker(doc, "it would be short"), "Liam Fox");
}

TEST_F(QuoteStageTest, IndirectSpeechCues) {
  Document doc = Run(
      "The economy grew by 2%, according to official figures. "
      "The IMF warned on Thursday that the deficit was too large. "
      "Mr Hague told reporters he would not stand. "
      "The troops will stay until spring, the minister said. "
      "Yukos claims its downfall was political.");
  EXPECT_EQ(Speaker(doc, "The economy grew"), "official figures");
  EXPECT_EQ(Speaker(doc, "the deficit was too large"), "IMF");
  EXPECT_EQ(Speaker(doc, "he would not stand"), "Mr Hague");
  EXPECT_EQ(Speaker(doc, "The troops will stay"), "minister");
  EXPECT_EQ(Speaker(doc, "its downfall"), "Yukos");
}

TEST_F(QuoteStageTest, NotSpeech) {
  Document doc = Run(
      "US firms added 146,000 jobs. It has been confirmed that the venue will change. "
      "The plan is so-called \"fast track\" justice.");
  for (const Quote& q : doc.quotes) {
    EXPECT_TRUE(q.speaker.empty()) << doc.SpanText(q.content);
  }
  EXPECT_EQ(Find(doc, "146,000"), nullptr);
  EXPECT_EQ(Find(doc, "the venue"), nullptr);
}

TEST_F(QuoteStageTest, PartialQuoteTakesTheMainVerbsSubject) {
  Document doc = Run(
      "Mr Fox responded by accusing the prime minister of \"hiding away from scrutiny\".");
  EXPECT_EQ(Speaker(doc, "hiding away"), "Mr Fox");
}

TEST_F(QuoteStageTest, SpeakerActorAndEventInsideTheQuote) {
  Document doc = MakeDocument(
      "Jack Straw said Britain would lift the embargo. \"We will sign the accord,\" he said.",
      "2024-11-16");
  ActorMention straw;
  straw.span = testing::Find(doc, "Jack Straw");
  straw.kind = ActorKind::kPerson;
  doc.actors.push_back(straw);
  doc.events.push_back(testing::MakeEvent(doc, "sign", "057", 1));
  ASSERT_TRUE(stage_->Process(&doc).ok());
  const Quote* direct = Find(doc, "We will sign");
  ASSERT_NE(direct, nullptr);
  EXPECT_EQ(direct->speaker_actor, 0u);
  EXPECT_EQ(doc.SpanText(direct->speaker), "Jack Straw");
  ASSERT_NE(doc.events[0].quote, kNone);
  EXPECT_EQ(&doc.quotes[doc.events[0].quote], direct);
}

}  // namespace
}  // namespace annalist
