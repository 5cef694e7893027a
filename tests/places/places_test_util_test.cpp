// Implementation of places_test_util.h (named *_test.cpp so the test glob
// picks it up) and tests of the helpers themselves.
#include "places/places_test_util.h"

#include "text/dateline.h"

#include <cctype>

#include <gtest/gtest.h>

namespace annalist::testing {

std::unique_ptr<Gazetteer> TinyGazetteer() {
  std::unique_ptr<Gazetteer> g;
  Status s = Gazetteer::Parse(kTinyGazetteer, "tiny", &g);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return g;
}

std::shared_ptr<PlaceLexicon> TinyLexicon() {
  auto lexicon = std::make_shared<PlaceLexicon>();
  Status s = PlaceLexicon::Parse(kTinyLexicon, "tiny-lexicon", lexicon.get());
  EXPECT_TRUE(s.ok()) << s.ToString();
  return lexicon;
}

namespace {

bool WordByte(unsigned char c) { return c >= 0x80 || std::isalnum(c); }

void AddToken(Document* doc, uint32_t begin, uint32_t end, TokenKind kind) {
  Token t;
  t.span = {begin, end};
  t.kind = kind;
  for (uint32_t i = begin; i < end; ++i) {
    t.norm.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(doc->text[i]))));
  }
  t.capitalized = std::isupper(static_cast<unsigned char>(doc->text[begin]));
  t.space_before = begin == 0 || std::isspace(static_cast<unsigned char>(doc->text[begin - 1]));
  doc->tokens.push_back(std::move(t));
}

}  // namespace

Document MakeDocument(const std::string& text) {
  Document doc;
  doc.text = text;
  const std::string& t = doc.text;
  uint32_t sentence_start = 0;
  auto close_sentence = [&]() {
    auto end = static_cast<uint32_t>(doc.tokens.size());
    if (end == sentence_start) return;
    Sentence s;
    s.first_token = sentence_start;
    s.end_token = end;
    s.span = {doc.tokens[sentence_start].span.begin, doc.tokens[end - 1].span.end};
    doc.sentences.push_back(s);
    sentence_start = end;
  };
  size_t i = 0;
  while (i < t.size()) {
    unsigned char c = t[i];
    if (c == '\n' && i + 1 < t.size() && t[i + 1] == '\n') close_sentence();
    if (std::isspace(c)) { ++i; continue; }
    auto begin = static_cast<uint32_t>(i);
    if (c == '\'' && i + 1 < t.size() && (t[i + 1] == 's' || t[i + 1] == 'S') &&
        (i + 2 == t.size() || !WordByte(t[i + 2]))) {
      i += 2;
      AddToken(&doc, begin, static_cast<uint32_t>(i), TokenKind::kWord);
      continue;
    }
    if (WordByte(c)) {
      while (i < t.size() && (WordByte(t[i]) ||
                              (t[i] == '\'' && i + 1 < t.size() && WordByte(t[i + 1]) &&
                               !(t[i + 1] == 's' && (i + 2 == t.size() || !WordByte(t[i + 2])))))) {
        ++i;
      }
      AddToken(&doc, begin, static_cast<uint32_t>(i),
               std::isdigit(c) ? TokenKind::kNumber : TokenKind::kWord);
      continue;
    }
    ++i;
    AddToken(&doc, begin, static_cast<uint32_t>(i), TokenKind::kPunct);
    if ((c == '.' || c == '!' || c == '?') && (i == t.size() || t[i] == ' ')) close_sentence();
  }
  close_sentence();
  doc.dateline = FindDateline(doc);  // as the text stage does
  return doc;
}

TEST(PlacesTestUtilTest, SplitsPossessiveAndSentences) {
  Document doc = MakeDocument("Pakistan's army moved. It stopped.");
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.tokens[0].norm, "PAKISTAN");
  EXPECT_EQ(doc.tokens[1].norm, "'S");
}

}  // namespace annalist::testing
