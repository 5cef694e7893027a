#include "dictionary/phrase_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dictionary/arena.h"

namespace annalist {
namespace {

// The ids of the candidates ForEachCandidate() offers for `word`, in order.
std::vector<uint32_t> Candidates(const PhraseIndex& index, std::string_view word) {
  WordSignature all;
  for (const char* w : {"OF", "GONDOR", "KING", "NORTH", "WHITE", "TOWER"}) all.AddTextWord(w);
  std::vector<uint32_t> ids;
  index.ForEachCandidate(word, Endings::kNoun, all, [&](const PhraseCandidate& c) {
    ids.push_back(c.id);
    return false;
  });
  return ids;
}

class PhraseIndexTest : public ::testing::Test {
 protected:
  Phrase Parse(const char* text) {
    Phrase p;
    std::string error;
    EXPECT_TRUE(ParsePhrase(text, &arena_, &p, &error)) << text;
    return p;
  }

  Arena arena_;
};

TEST_F(PhraseIndexTest, CandidatesOfAKeyComeLongestFirstThenById) {
  PhraseIndex index;
  index.Add(Parse("KING"), 0);
  index.Add(Parse("KING OF GONDOR"), 1);
  index.Add(Parse("KING_OF_THE_NORTH"), 2);  // THE is not in the sentence
  index.Add(Parse("KING GONDOR OF"), 3);     // as long as 1
  index.Add(Parse("GONDOR"), 4);
  index.Build();
  EXPECT_EQ(Candidates(index, "KING"), (std::vector<uint32_t>{1, 3, 0}));
  EXPECT_EQ(Candidates(index, "KINGS"), (std::vector<uint32_t>{1, 3, 0}));  // stems
  EXPECT_EQ(Candidates(index, "GONDOR"), (std::vector<uint32_t>{4}));
  EXPECT_TRUE(Candidates(index, "ROHAN").empty());
  index.Build();  // nothing added since: unchanged
  EXPECT_EQ(Candidates(index, "KING"), (std::vector<uint32_t>{1, 3, 0}));
}

TEST_F(PhraseIndexTest, MergedPartIsAsIfAddedAfterwardsWithoutItsDroppedPhrases) {
  // Loading reads the dictionaries in two parts and merges their sorted
  // phrases (dictionary_files.h): the result must equal adding all in order.
  const char* first[] = {"KING", "WHITE_TOWER", "KING OF_GONDOR"};
  const char* second[] = {"KING OF GONDOR", "WHITE TOWER", "KING", "NORTH"};
  PhraseIndex merged, part, whole;
  uint32_t id = 0;
  for (const char* p : first) {
    merged.Add(Parse(p), id);
    whole.Add(Parse(p), id++);
  }
  merged.SortAdded();
  // The part's third phrase repeats one of the first: it is dropped.
  std::vector<uint32_t> new_ids = {id, id + 1, PhraseIndex::kDropped, id + 2};
  for (uint32_t i = 0; i < 4; ++i) {
    part.Add(Parse(second[i]), i);
    if (new_ids[i] != PhraseIndex::kDropped) whole.Add(Parse(second[i]), new_ids[i]);
  }
  merged.MergeSorted(std::move(part), new_ids);
  merged.Build();
  whole.Build();
  for (const char* word : {"KING", "WHITE", "NORTHERN", "GONDOR"}) {
    EXPECT_EQ(Candidates(merged, word), Candidates(whole, word)) << word;
  }
  EXPECT_EQ(Candidates(merged, "KING"), (std::vector<uint32_t>{2, 3, 0}));
  EXPECT_EQ(Candidates(merged, "WHITE"), (std::vector<uint32_t>{1, 4}));
}

}  // namespace
}  // namespace annalist
