#include "dictionary/phrase_index.h"

#include <algorithm>
#include <cstdint>

namespace annalist {

void PhraseIndex::Add(const Phrase& phrase, uint32_t id) {
  if (phrase.words.empty() || phrase.words[0].text.empty()) return;
  PhraseCandidate c;
  c.id = id;
  c.length = static_cast<int16_t>(std::min(phrase.length, int{INT16_MAX}));
  c.first_match = phrase.words[0].match;
  c.multi_word = phrase.words.size() > 1;
  c.rest_words = phrase.rest_words;
  pending_.emplace_back(phrase.words[0].text, c);
}

void PhraseIndex::Build() {
  // Group the phrases of each key, longest first, else in insertion order.
  std::stable_sort(pending_.begin(), pending_.end(), [](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    return a.second.length > b.second.length;
  });
  size_t keys = 0;
  for (size_t i = 0; i < pending_.size(); ++i) {
    keys += i == 0 || pending_[i].first != pending_[i - 1].first;
  }
  size_t capacity = 16;
  while (capacity < keys * 2) capacity *= 2;
  slots_.assign(capacity, Slot());
  mask_ = capacity - 1;
  candidates_.clear();
  keys_.clear();
  length_mask_ = 0;
  max_key_ = 0;
  for (size_t i = 0; i < pending_.size();) {
    const std::string& key = pending_[i].first;
    Slot slot;
    slot.key = static_cast<uint32_t>(keys_.size());
    slot.length = static_cast<uint32_t>(key.size());
    slot.first = static_cast<uint32_t>(candidates_.size());
    keys_ += key;
    for (; i < pending_.size() && pending_[i].first == key; ++i) {
      candidates_.push_back(pending_[i].second);
    }
    slot.count = static_cast<uint32_t>(candidates_.size()) - slot.first;
    uint64_t h = kOffset;
    for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * kPrime;
    slot.hash = h;
    size_t s = h & mask_;
    while (slots_[s].count != 0) s = (s + 1) & mask_;
    slots_[s] = slot;
    length_mask_ |= uint64_t{1} << (key.size() < 63 ? key.size() : 63);
    max_key_ = std::max(max_key_, key.size());
  }
}

}  // namespace annalist
