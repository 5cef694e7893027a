#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace annalist {
namespace {

std::vector<std::string> Norms(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<std::string> norms;
  for (const Token& t : tokens) norms.push_back(t.norm);
  return norms;
}

using Strings = std::vector<std::string>;

TEST(TokenizerTest, SplitsPossessiveS) {
  EXPECT_EQ(Norms("Pakistan's army"), (Strings{"PAKISTAN", "'S", "ARMY"}));
  EXPECT_EQ(Norms("Pakistan\u2019s army"), (Strings{"PAKISTAN", "'S", "ARMY"}));
}

TEST(TokenizerTest, KeepsInnerApostrophesAndHyphens) {
  EXPECT_EQ(Norms("O'Brien won't visit al-Qaeda's high-speed"),
            (Strings{"O'BRIEN", "WON'T", "VISIT", "AL-QAEDA", "'S", "HIGH-SPEED"}));
  EXPECT_EQ(Norms("don\u2019t"), (Strings{"DON'T"}));
}

TEST(TokenizerTest, NumbersStayWhole) {
  EXPECT_EQ(Norms("6,500 troops, $1.13bn and 76% in the 1990s."),
            (Strings{"6,500", "TROOPS", ",", "$", "1.13BN", "AND", "76", "%", "IN", "THE",
                     "1990S", "."}));
  std::vector<Token> tokens;
  Tokenize("3.5", &tokens);
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].kind, TokenKind::kNumber);
}

TEST(TokenizerTest, DottedAcronymsAreOneToken) {
  EXPECT_EQ(Norms("the U.N. and U.S.-led forces"),
            (Strings{"THE", "U.N.", "AND", "U.S.", "-", "LED", "FORCES"}));
  // A single initial is a word and a period.
  EXPECT_EQ(Norms("J. Smith"), (Strings{"J", ".", "SMITH"}));
}

TEST(TokenizerTest, NormalisesCurlyQuotesAndDashes) {
  EXPECT_EQ(Norms("\u201cNo\u201d \u2013 \u2014 \u2026 ..."),
            (Strings{"\"", "NO", "\"", "-", "-", "...", "..."}));
}

TEST(TokenizerTest, UpperCasesNonAscii) {
  EXPECT_EQ(Norms("Erdo\u011fan \u00e9lys\u00e9e"),
            (Strings{"ERDO\u011eAN", "\u00c9LYS\u00c9E"}));
}

TEST(TokenizerTest, SpansCapitalisationAndSpacing) {
  std::string text = "Gen. Khan said(yes)";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_EQ(text.substr(tokens[0].span.begin, tokens[0].span.size()), "Gen");
  EXPECT_TRUE(tokens[0].capitalized);
  EXPECT_TRUE(tokens[0].space_before);
  EXPECT_FALSE(tokens[1].space_before);  // "."
  EXPECT_FALSE(tokens[3].capitalized);   // "said"
  EXPECT_FALSE(tokens[4].space_before);  // "("
  EXPECT_EQ(tokens[4].kind, TokenKind::kPunct);
  EXPECT_EQ(tokens[5].norm, "YES");
}

TEST(TokenizerTest, InvalidUtf8BecomesSymbolTokens) {
  std::string text = "ab\xff\xfe cd";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[1].kind, TokenKind::kSymbol);
  EXPECT_EQ(tokens[1].norm, "\uFFFD");
  EXPECT_EQ(tokens[3].norm, "CD");
  // Truncated multi-byte sequence at the very end must not read past it.
  tokens.clear();
  Tokenize(std::string_view("x\xe2\x80", 3), &tokens);
  EXPECT_EQ(tokens.size(), 3u);
}

TEST(TokenizerTest, NonBreakingSpaceSeparates) {
  EXPECT_EQ(Norms("10\u00a0000 people"), (Strings{"10", "000", "PEOPLE"}));
}

}  // namespace
}  // namespace annalist
