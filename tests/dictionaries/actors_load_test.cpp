// annalist's own actor dictionaries load through the coder's reader without a
// single warning: every phrase, code block, date and #kind: line is one the
// loader understands, and no phrase is entered twice.

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "annalist/dictionary.h"

namespace annalist {
namespace {

std::string ActorsDir() {
  return (std::filesystem::path(ANNALIST_TEST_DATA).parent_path().parent_path() / "dictionaries" /
          "actors")
      .string();
}

TEST(ActorsDictionaryLoadTest, LoadsWithoutWarnings) {
  std::unique_ptr<Dictionaries> dicts;
  Status s = Dictionaries::Load(ActorsDir(), &dicts);
  ASSERT_TRUE(s.ok()) << s.ToString();
  std::string warnings;
  for (const std::string& w : dicts->warnings()) warnings += w + "\n";
  EXPECT_TRUE(dicts->warnings().empty()) << warnings;
  EXPECT_GT(dicts->actor_phrase_count(), 3000u);
}

}  // namespace
}  // namespace annalist
