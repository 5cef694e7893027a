#include "extract/phrase_lists.h"

#include <gtest/gtest.h>

#include "annalist/document.h"

namespace annalist {
namespace {

std::vector<Token> Tokens(std::initializer_list<std::string_view> norms) {
  std::vector<Token> tokens;
  for (std::string_view n : norms) tokens.push_back(Token{.norm = std::string(n)});
  return tokens;
}

PhraseLists Lists() {
  PhraseLists lists;
  Status s = PhraseLists::Parse(
      "[clause]\nSAID\nPOINTED OUT\n[source]\nACCORDING TO\nSAID = also\n"
      "[unit]\nYEAR = Y\nYEARS = Y\n",
      "test", &lists);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return lists;
}

TEST(PhraseListsTest, OneWordLookupsKeepToTheirSection) {
  PhraseLists lists = Lists();
  EXPECT_TRUE(lists.Contains("clause", "SAID"));
  EXPECT_FALSE(lists.Contains("unit", "SAID"));
  EXPECT_FALSE(lists.Contains("clause", "POINTED"));  // only starts a longer phrase
  EXPECT_FALSE(lists.Contains("nosuch", "SAID"));
  EXPECT_EQ(lists.ValueOf("unit", "YEAR'S"), "Y");    // possessive ignored
  EXPECT_EQ(lists.ValueOf("source", "SAID"), "also");
  EXPECT_EQ(lists.ValueOf("clause", "SAID"), "");
}

TEST(PhraseListsTest, MatchesTheLongestPhrase) {
  PhraseLists lists = Lists();
  std::vector<Token> t = Tokens({"HE", "POINTED", "OUT", "THAT"});
  EXPECT_EQ(lists.MatchAt("clause", t, 1, 4).length, 2u);
  EXPECT_EQ(lists.MatchAt("clause", t, 1, 2).length, 0u);  // ends before OUT
  EXPECT_EQ(lists.MatchEndingAt("clause", t, 0, 3).length, 2u);
}

TEST(PhraseListsTest, MatchAnyAtPrefersLongerThenFirstListedSection) {
  PhraseLists lists = Lists();
  std::vector<Token> t = Tokens({"SAID", "ACCORDING", "TO"});
  const std::string_view clause_first[] = {"clause", "source"};
  const std::string_view source_first[] = {"source", "clause"};
  EXPECT_EQ(lists.MatchAnyAt(clause_first, t, 0, 3).section, "clause");
  PhraseLists::Match m = lists.MatchAnyAt(source_first, t, 0, 3);
  EXPECT_EQ(m.section, "source");
  EXPECT_EQ(m.value, "also");
  EXPECT_EQ(lists.MatchAnyAt(clause_first, t, 1, 3).length, 2u);
  EXPECT_EQ(lists.MatchAnyAt(clause_first, t, 1, 3).section, "source");
}

TEST(PhraseListsTest, ErrorsNameTheLine) {
  PhraseLists lists;
  Status s = PhraseLists::Parse("# comment\nSAID\n", "cues.txt", &lists);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.ToString().find("cues.txt:2"), std::string::npos);
}

}  // namespace
}  // namespace annalist
