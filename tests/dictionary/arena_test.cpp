#include "dictionary/arena.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace annalist {
namespace {

TEST(ArenaTest, CopiesOutliveTheirSourceAndKeepTheirAddresses) {
  Arena arena;
  std::string source = "SYRIA";
  std::string_view copy = arena.CopyString(source);
  source.assign("XXXXX");
  EXPECT_EQ(copy, "SYRIA");
  // Enough further copies to fill several blocks, and one larger than a
  // block: the first copy stays where it was.
  const char* where = copy.data();
  std::vector<std::string_view> many;
  for (int i = 0; i < 20000; ++i) many.push_back(arena.CopyString("WORD" + std::to_string(i)));
  std::string big(200000, 'B');
  std::string_view big_copy = arena.CopyString(big);
  EXPECT_EQ(copy.data(), where);
  EXPECT_EQ(copy, "SYRIA");
  EXPECT_EQ(many[12345], "WORD12345");
  EXPECT_EQ(big_copy, big);
  EXPECT_TRUE(arena.CopyString("").empty());
}

TEST(ArenaTest, ArraysAreAlignedCopies) {
  Arena arena;
  arena.CopyString("x");  // leaves the next free byte unaligned
  std::vector<uint64_t> items = {1, 2, 3};
  std::span<const uint64_t> copy = arena.CopyArray(std::span<const uint64_t>(items));
  items[0] = 9;
  ASSERT_EQ(copy.size(), 3u);
  EXPECT_EQ(copy[0], 1u);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(copy.data()) % alignof(uint64_t), 0u);
  EXPECT_TRUE(arena.CopyArray(std::span<const uint64_t>()).empty());
}

TEST(ArenaTest, AbsorbedAndKeptContentStaysValid) {
  Arena part;
  std::string_view word = part.CopyString("GONDOR");
  std::string_view text = part.Keep(std::string("short"));  // fits in a string's own buffer
  Arena whole;
  std::string_view first = whole.CopyString("ARNOR");
  whole.Absorb(std::move(part));
  Arena moved(std::move(whole));
  EXPECT_EQ(word, "GONDOR");
  EXPECT_EQ(text, "short");
  EXPECT_EQ(first, "ARNOR");
  EXPECT_EQ(moved.CopyString("ROHAN"), "ROHAN");  // and it goes on allocating
}

}  // namespace
}  // namespace annalist
