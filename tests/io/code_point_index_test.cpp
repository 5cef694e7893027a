#include "io/code_point_index.h"

#include <gtest/gtest.h>

#include <string>

namespace annalist {
namespace {

TEST(CodePointIndexTest, AsciiOffsetsAreUnchanged) {
  CodePointIndex index("plain ascii");
  EXPECT_EQ(index.At(0), 0u);
  EXPECT_EQ(index.At(5), 5u);
  EXPECT_EQ(index.At(99), 11u);  // clamped
}

TEST(CodePointIndexTest, CountsMultiByteCharactersAcrossBlocks) {
  // 100 two-byte characters, then 100 three-byte ones, then ASCII.
  std::string text;
  for (int i = 0; i < 100; ++i) text += "\u00e9";
  for (int i = 0; i < 100; ++i) text += "\u2019";
  text += "xyz";
  CodePointIndex index(text);
  EXPECT_EQ(index.At(0), 0u);
  EXPECT_EQ(index.At(2), 1u);
  EXPECT_EQ(index.At(200), 100u);
  EXPECT_EQ(index.At(203), 101u);
  EXPECT_EQ(index.At(500), 200u);
  EXPECT_EQ(index.At(static_cast<uint32_t>(text.size())), 203u);
}

}  // namespace
}  // namespace annalist
