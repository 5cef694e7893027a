#include "dictionary/phrase_index.h"

namespace annalist {

void PhraseIndex::Add(std::string_view first_word, uint32_t id) {
  if (first_word.empty()) return;
  auto it = by_first_.find(first_word);
  if (it == by_first_.end()) it = by_first_.emplace(std::string(first_word), std::vector<uint32_t>()).first;
  it->second.push_back(id);
  size_t len = first_word.size() < 63 ? first_word.size() : 63;
  length_mask_ |= uint64_t{1} << len;
}

}  // namespace annalist
