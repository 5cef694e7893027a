#include "extract/string_index.h"

#include <string>

#include <gtest/gtest.h>

namespace annalist {
namespace {

TEST(StringIndexTest, NumbersKeysInOrderOfFirstInsertion) {
  StringIndex index;
  EXPECT_EQ(index.Insert("SAID"), 0u);
  EXPECT_EQ(index.Insert("TOLD"), 1u);
  EXPECT_EQ(index.Insert("SAID"), 0u);
  EXPECT_EQ(index.size(), 2u);
  EXPECT_EQ(index.key(1), "TOLD");
}

TEST(StringIndexTest, FindsOnlyWhatWasInserted) {
  StringIndex index;
  EXPECT_EQ(index.Find("SAID"), StringIndex::kMissing);  // empty index
  index.Insert("SAID");
  index.Insert("");
  EXPECT_EQ(index.Find("SAID"), 0u);
  EXPECT_EQ(index.Find(""), 1u);
  EXPECT_EQ(index.Find("SAI"), StringIndex::kMissing);
  EXPECT_EQ(index.Find("SAIDS"), StringIndex::kMissing);
  EXPECT_EQ(index.Find("said"), StringIndex::kMissing);
}

TEST(StringIndexTest, KeepsEveryKeyAcrossGrowth) {
  StringIndex index;
  index.Reserve(10, 100);  // fewer than will come: the index must grow
  for (int i = 0; i < 5000; ++i) {
    ASSERT_EQ(index.Insert("KEY " + std::to_string(i)), static_cast<uint32_t>(i));
  }
  for (int i = 0; i < 5000; ++i) {
    ASSERT_EQ(index.Find("KEY " + std::to_string(i)), static_cast<uint32_t>(i));
    ASSERT_EQ(index.Find("KEY " + std::to_string(i + 5000)), StringIndex::kMissing);
  }
  // Keys longer than one 8-byte block differ only in their last byte.
  EXPECT_EQ(index.Insert("ABCDEFGHIJKLMNOP"), 5000u);
  EXPECT_EQ(index.Find("ABCDEFGHIJKLMNOQ"), StringIndex::kMissing);
}

}  // namespace
}  // namespace annalist
