#include "dictionary/word_signature.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string_view>

namespace annalist {
namespace {

WordSignature TextOf(std::initializer_list<std::string_view> words) {
  WordSignature s;
  for (std::string_view w : words) s.AddTextWord(w);
  return s;
}

WordSignature PatternOf(std::initializer_list<std::string_view> words) {
  WordSignature s;
  for (std::string_view w : words) s.AddPatternWord(w);
  return s;
}

TEST(WordSignatureTest, CoversPatternWordsThatBeginTextWords) {
  WordSignature clause = TextOf({"GONDOR", "SENT", "TROOPS", "TOWARD", "MORDOR"});
  EXPECT_TRUE(clause.Covers(PatternOf({"TROOP"})));       // a stem
  EXPECT_TRUE(clause.Covers(PatternOf({"TO", "MORDOR"})));  // a two-letter word
  EXPECT_TRUE(clause.Covers(PatternOf({"A"})));           // too short to rule out
  EXPECT_TRUE(clause.Covers(PatternOf({})));
}

TEST(WordSignatureTest, RulesOutAbsentWords) {
  WordSignature clause = TextOf({"GONDOR", "SENT", "TROOPS"});
  EXPECT_FALSE(clause.Covers(PatternOf({"ROHAN"})));
  EXPECT_FALSE(clause.Covers(PatternOf({"TROOP", "ROHAN"})));
  // Two-letter and three-letter beginnings differ: "GO" alone is in the
  // clause, "GOL" is not.
  EXPECT_TRUE(clause.Covers(PatternOf({"GO"})));
  EXPECT_FALSE(clause.Covers(PatternOf({"GOLD"})));
}

TEST(WordSignatureTest, FoldedBitsOfACoveredSignatureAreAmongTheCoveringOnes) {
  WordSignature clause = TextOf({"GONDOR", "SENT", "TROOPS", "TO", "MORDOR"});
  WordSignature pattern = PatternOf({"TROOP", "TO"});
  ASSERT_TRUE(clause.Covers(pattern));
  EXPECT_EQ(pattern.Folded() & ~clause.Folded(), 0u);
  EXPECT_NE(pattern.Folded(), 0u);
}

TEST(WordSignatureTest, ClearEmptiesIt) {
  WordSignature clause = TextOf({"GONDOR"});
  clause.Clear();
  EXPECT_FALSE(clause.Covers(PatternOf({"GONDOR"})));
}

}  // namespace
}  // namespace annalist
