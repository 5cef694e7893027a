// annalist's own verb and agent dictionaries load through the real
// dictionary reader without a single warning (a warning means a line the
// coder skips, e.g. a pattern naming an unknown synset).
#include <gtest/gtest.h>

#include <string>

#include "annalist/dictionary.h"
#include "reference/source_tree.h"

namespace annalist {
namespace {

TEST(DefaultDictionariesTest, VerbsAndAgentsLoadCleanly) {
  std::unique_ptr<Dictionaries> dictionaries;
  Status s = Dictionaries::Load(testing_support::SourceDir() + "/dictionaries", &dictionaries);
  ASSERT_TRUE(s.ok()) << s.ToString();
  for (const std::string& warning : dictionaries->warnings()) {
    bool ours = warning.find("verbs/") != std::string::npos || warning.find("agents/") != std::string::npos ||
                warning.find("annalist.options") != std::string::npos;
    EXPECT_FALSE(ours) << warning;
  }
  EXPECT_GT(dictionaries->verb_root_count(), 500u);
  EXPECT_GT(dictionaries->verb_pattern_count(), 10000u);  // after synset expansion
  EXPECT_GT(dictionaries->agent_phrase_count(), 1000u);
  EXPECT_TRUE(dictionaries->options().domestic_target);  // from annalist.options
}

}  // namespace
}  // namespace annalist
