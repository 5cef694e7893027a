#include "text/utf8.h"

#include <gtest/gtest.h>

namespace annalist {
namespace {

TEST(Utf8Test, DecodesAndEncodesRoundTrip) {
  for (char32_t c : {U'A', U'\u00e9', U'\u2019', U'\U0001F600'}) {
    std::string s;
    AppendUtf8(c, &s);
    size_t len;
    EXPECT_EQ(DecodeUtf8(s, 0, &len), c);
    EXPECT_EQ(len, s.size());
  }
}

TEST(Utf8Test, FindsAndReplacesInvalidSequences) {
  std::string s = "ok \xc3\xa9 \xff bad \xe2\x80";
  EXPECT_EQ(FindInvalidUtf8(s), 6u);
  EXPECT_EQ(ReplaceInvalidUtf8(&s), 3u);  // 0xFF and the two bytes of a cut sequence
  EXPECT_EQ(FindInvalidUtf8(s), std::string::npos);
  EXPECT_EQ(s, "ok \xc3\xa9 \uFFFD bad \uFFFD\uFFFD");
}

TEST(Utf8Test, RejectsOverlongAndSurrogates) {
  EXPECT_EQ(FindInvalidUtf8("\xc0\xaf"), 0u);          // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("a\xed\xa0\x80"), 1u);     // UTF-16 surrogate
  EXPECT_EQ(FindInvalidUtf8("\xef\xbf\xbd"), std::string::npos);  // a real U+FFFD
}

}  // namespace
}  // namespace annalist
