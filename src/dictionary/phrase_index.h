// PhraseIndex: finds the dictionary phrases that may start at a text word.
//
// Phrases are keyed by their first word. Because a first word may be a stem
// ("SYRI") or take regular endings, a text word is looked up under each of its
// prefixes whose length some key has; a bit mask of the key lengths keeps that
// to a few hash probes per word. No allocation happens in a lookup.
#ifndef ANNALIST_SRC_DICTIONARY_PHRASE_INDEX_H_
#define ANNALIST_SRC_DICTIONARY_PHRASE_INDEX_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace annalist {

class PhraseIndex {
 public:
  void Add(std::string_view first_word, uint32_t id);

  // Calls f(id) for every phrase whose first word is a prefix of `word`
  // (the caller checks the full phrase).
  template <typename F>
  void ForEachCandidate(std::string_view word, F&& f) const {
    uint64_t mask = length_mask_;
    size_t limit = word.size() < 63 ? word.size() : 63;
    for (size_t len = 1; len <= limit; ++len) {
      if (!(mask >> len & 1)) continue;
      auto it = by_first_.find(word.substr(0, len));
      if (it == by_first_.end()) continue;
      for (uint32_t id : it->second) f(id);
    }
  }

  size_t size() const { return by_first_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, std::vector<uint32_t>, Hash, std::equal_to<>> by_first_;
  uint64_t length_mask_ = 0;
};

}  // namespace annalist

#endif  // ANNALIST_SRC_DICTIONARY_PHRASE_INDEX_H_
