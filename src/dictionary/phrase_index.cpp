#include "dictionary/phrase_index.h"

#include <algorithm>
#include <cstdint>

#include <oneapi/tbb/parallel_sort.h>

namespace annalist {

void PhraseIndex::Add(const Phrase& phrase, uint32_t id) {
  if (phrase.words.empty() || phrase.words[0].text.empty()) return;
  if (phrase.words[0].text.size() > kMaxKeyLength) return;
  PhraseCandidate c;
  c.id = id;
  c.length = static_cast<int16_t>(std::min(phrase.length, int{INT16_MAX}));
  c.first_match = phrase.words[0].match;
  c.multi_word = phrase.words.size() > 1;
  c.rest_folded = phrase.rest_words.Folded();
  std::string_view key = phrase.words[0].text;
  pending_.push_back({key, KeyHash(key), c, phrase.rest_words});
}

void PhraseIndex::Build() {
  if (pending_.empty() && !slots_.empty()) return;  // built, and nothing added since
  // Group the phrases of each key, longest first, else in insertion order.
  // Only the grouping matters, not the order of the keys (the table places
  // them by hash), so the phrases are sorted by the hash of their key, then
  // by length and insertion: the comparisons stay in a compact array and
  // never reach into the keys. Two keys with the same 64-bit hash would be
  // mixed up, so that is checked, and then the keys themselves are compared.
  // The order is sorted rather than the entries, which are large; in
  // parallel, as the actor index is the largest part of Compile().
  struct Order {
    uint64_t hash;
    uint64_t rank;  // longer first, then earlier: (INT16_MAX - length) << 32 | index
    uint32_t index() const { return static_cast<uint32_t>(rank); }
  };
  std::vector<Order> order;
  order.reserve(pending_.size());
  for (uint32_t i = 0; i < pending_.size(); ++i) {
    const Pending& p = pending_[i];
    order.push_back({p.hash, uint64_t(INT16_MAX - p.candidate.length) << 32 | i});
  }
  auto by_hash = [](const Order& a, const Order& b) {
    return a.hash != b.hash ? a.hash < b.hash : a.rank < b.rank;
  };
  tbb::parallel_sort(order.begin(), order.end(), by_hash);
  bool collision = false;
  for (size_t i = 1; i < order.size() && !collision; ++i) {
    collision = order[i].hash == order[i - 1].hash &&
                pending_[order[i].index()].key != pending_[order[i - 1].index()].key;
  }
  if (collision) {
    std::sort(order.begin(), order.end(), [&](const Order& a, const Order& b) {
      if (int c = pending_[a.index()].key.compare(pending_[b.index()].key); c != 0) return c < 0;
      return a.rank < b.rank;
    });
  }
  // Without a collision, equal hashes are equal keys.
  auto same_key = [&](const Order& a, const Order& b) {
    return a.hash == b.hash &&
           (!collision || pending_[a.index()].key == pending_[b.index()].key);
  };
  size_t keys = 0;
  for (size_t i = 0; i < order.size(); ++i) {
    keys += i == 0 || !same_key(order[i], order[i - 1]);
  }
  size_t capacity = 16;
  while (capacity < keys * 2) capacity *= 2;
  slots_.assign(capacity, Slot());
  mask_ = capacity - 1;
  // About 8 bits a key: one in eight absent prefixes still reaches the table.
  int filter_bits_log2 = 9;
  while ((size_t{1} << filter_bits_log2) < keys * 8) ++filter_bits_log2;
  filter_shift_ = 64 - filter_bits_log2;  // the high bits, unlike the slot's
  key_filter_.assign((size_t{1} << filter_bits_log2) / 64, 0);
  candidates_.clear();
  rest_words_.clear();
  keys_.clear();
  length_mask_ = 0;
  max_key_ = 0;
  candidates_.reserve(order.size());
  rest_words_.reserve(order.size());
  for (size_t i = 0; i < order.size();) {
    const Order& first = order[i];
    std::string_view key = pending_[first.index()].key;
    uint64_t h = first.hash;
    Slot slot;
    slot.length = static_cast<uint32_t>(key.size());
    for (size_t k = 0; k < key.size() && k < kHeadBytes; ++k) {
      slot.head |= uint64_t{static_cast<unsigned char>(key[k])} << (8 * k);
    }
    slot.tail = static_cast<uint32_t>(keys_.size());
    if (key.size() > kHeadBytes) keys_.append(key.substr(kHeadBytes));
    slot.first = static_cast<uint32_t>(candidates_.size());
    for (; i < order.size() && same_key(order[i], first); ++i) {
      const Pending& p = pending_[order[i].index()];
      const PhraseCandidate& c = p.candidate;
      if (c.first_match == WordMatch::kStem) slot.kinds |= kStems;
      if (c.first_match == WordMatch::kWord && !c.multi_word) slot.kinds |= kOneWordWithEndings;
      candidates_.push_back(c);
      rest_words_.push_back(p.rest_words);
    }
    slot.count = static_cast<uint32_t>(candidates_.size()) - slot.first;
    key_filter_[(h >> filter_shift_) / 64] |= uint64_t{1} << ((h >> filter_shift_) % 64);
    size_t s = h & mask_;
    while (slots_[s].count != 0) s = (s + 1) & mask_;
    slots_[s] = slot;
    length_mask_ |= uint64_t{1} << (key.size() < 63 ? key.size() : 63);
    max_key_ = std::max(max_key_, key.size());
  }
  pending_.clear();
  pending_.shrink_to_fit();
}

}  // namespace annalist
