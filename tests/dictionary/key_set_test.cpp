#include "dictionary/key_set.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace annalist {
namespace {

TEST(KeySetTest, FindsDuplicatesAcrossGrowth) {
  KeySet set;
  std::vector<std::string> keys;
  for (int i = 0; i < 5000; ++i) keys.push_back("KEY_" + std::to_string(i));
  for (const std::string& k : keys) EXPECT_TRUE(set.Insert(k));  // grows from empty
  EXPECT_EQ(set.size(), keys.size());
  for (const std::string& k : keys) EXPECT_FALSE(set.Insert(k));
  std::string other = "KEY_5000";
  EXPECT_TRUE(set.Insert(other));
  EXPECT_FALSE(set.Insert("KEY_4999"));  // compared by text, not by address
  EXPECT_TRUE(set.Insert(""));
  EXPECT_FALSE(set.Insert(""));
}

TEST(KeySetTest, ReserveKeepsTheKeysAndClearEmpties) {
  KeySet set;
  EXPECT_TRUE(set.Insert("GONDOR_"));
  set.Reserve(100000);
  EXPECT_FALSE(set.Insert("GONDOR_"));
  EXPECT_TRUE(set.Insert("GONDOR"));  // the ending mark is part of the key
  set.Clear();
  EXPECT_EQ(set.size(), 0u);
  EXPECT_TRUE(set.Insert("GONDOR_"));
}

}  // namespace
}  // namespace annalist
