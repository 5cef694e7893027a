#include "quantities/quantity_stage.h"

#include <gtest/gtest.h>

#include "quotes/test_document.h"
#include "times/time_stage.h"

namespace annalist {
namespace {

using testing::MakeDocument;

class QuantityStageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(QuantityStage::Create(testing::SourceDataDir(), &stage_).ok());
    ASSERT_TRUE(TimeStage::Create(testing::SourceDataDir(), 2026, &times_).ok());
  }
  Document Run(std::string text) {
    Document doc = MakeDocument(std::move(text), "2024-11-16");
    EXPECT_TRUE(times_->Process(&doc).ok());
    EXPECT_TRUE(stage_->Process(&doc).ok());
    return doc;
  }
  const Quantity* Find(const Document& doc, std::string_view text) {
    for (const Quantity& q : doc.quantities) {
      if (doc.SpanText(q.span) == text) return &q;
    }
    return nullptr;
  }
  std::unique_ptr<QuantityStage> stage_;
  std::unique_ptr<TimeStage> times_;
};

TEST_F(QuantityStageTest, CountWithWhatItCountsAndApproximation) {
  Document doc = Run("The army said up to 6,500 TTP fighters were in the area.");
  const Quantity* q = Find(doc, "6,500");
  ASSERT_NE(q, nullptr);
  EXPECT_DOUBLE_EQ(q->value, 6500);
  EXPECT_EQ(q->about, "TTP fighters");
  EXPECT_EQ(q->approximate, "up to");
  EXPECT_EQ(q->change, "");
}

TEST_F(QuantityStageTest, NumberWords) {
  Document doc = Run("Nearly half a million children and two million adults were affected.");
  const Quantity* q = Find(doc, "half a million");
  ASSERT_NE(q, nullptr);
  EXPECT_DOUBLE_EQ(q->value, 500000);
  EXPECT_EQ(q->approximate, "nearly");
  EXPECT_EQ(q->about, "children");
  ASSERT_NE(Find(doc, "two million"), nullptr);
  EXPECT_DOUBLE_EQ(Find(doc, "two million")->value, 2e6);
}

TEST_F(QuantityStageTest, ChangesAndPercentages) {
  Document doc = Run("Exports increased by 65% while imports fell 3%. Output doubled.");
  ASSERT_NE(Find(doc, "65%"), nullptr);
  EXPECT_EQ(Find(doc, "65%")->change, "increase");
  EXPECT_EQ(Find(doc, "65%")->unit, "%");
  EXPECT_EQ(Find(doc, "3%")->change, "decrease");
  ASSERT_NE(Find(doc, "doubled"), nullptr);
  EXPECT_EQ(Find(doc, "doubled")->change, "doubled");
  EXPECT_DOUBLE_EQ(Find(doc, "doubled")->value, 2);
}

TEST_F(QuantityStageTest, Money) {
  Document doc = Run("Profits rose to $1.13bn and it owes 59.2 trillion rupiah.");
  ASSERT_NE(Find(doc, "$1.13bn"), nullptr);
  EXPECT_DOUBLE_EQ(Find(doc, "$1.13bn")->value, 1.13e9);
  EXPECT_EQ(Find(doc, "$1.13bn")->unit, "USD");
  ASSERT_NE(Find(doc, "59.2 trillion rupiah"), nullptr);
  EXPECT_EQ(Find(doc, "59.2 trillion rupiah")->unit, "IDR");
}

TEST_F(QuantityStageTest, TrackedCountLinksTheEventOfItsClause) {
  Document doc = MakeDocument(
      "Police arrested 40 protesters, and a bomb killed at least 12 people in the city.",
      "2024-11-16");
  doc.events.push_back(testing::MakeEvent(doc, "arrested", "173", 0));
  doc.events.push_back(testing::MakeEvent(doc, "killed", "183", 0));
  ASSERT_TRUE(stage_->Process(&doc).ok());
  const Quantity* arrested = Find(doc, "40");
  const Quantity* killed = Find(doc, "12");
  ASSERT_NE(arrested, nullptr);
  ASSERT_NE(killed, nullptr);
  EXPECT_EQ(arrested->tracked, "arrested");
  EXPECT_EQ(arrested->event, 0u);
  EXPECT_EQ(killed->tracked, "killed");
  EXPECT_EQ(killed->approximate, "at least");
  EXPECT_EQ(killed->event, 1u);
}

TEST_F(QuantityStageTest, YearsAndBareNumbersAreNotQuantities) {
  Document doc = Run("Mr Hague, 43, left in 2001.");
  EXPECT_TRUE(doc.quantities.empty());
}

}  // namespace
}  // namespace annalist
