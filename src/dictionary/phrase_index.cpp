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
  sorted_ = false;
}

bool PhraseIndex::Before(const Pending& a, const Pending& b) {
  if (a.hash != b.hash) return a.hash < b.hash;
  if (a.candidate.length != b.candidate.length) return a.candidate.length > b.candidate.length;
  return a.candidate.id < b.candidate.id;
}

void PhraseIndex::SortAdded() {
  if (sorted_) return;
  // The order is sorted rather than the phrases, which are large, and then
  // the phrases are put in it. The sort is parallel: the actor index's is
  // the largest part of loading after the reading.
  struct Order {
    uint64_t hash;
    uint64_t rank;  // longer first, then lower id: (INT16_MAX - length) << 32 | id
    uint32_t index;
  };
  std::vector<Order> order;
  order.reserve(pending_.size());
  for (uint32_t i = 0; i < pending_.size(); ++i) {
    const PhraseCandidate& c = pending_[i].candidate;
    order.push_back({pending_[i].hash, uint64_t(INT16_MAX - c.length) << 32 | c.id, i});
  }
  tbb::parallel_sort(order.begin(), order.end(), [](const Order& a, const Order& b) {
    return a.hash != b.hash ? a.hash < b.hash : a.rank < b.rank;
  });
  // The phrases are put in order in place, one cycle of the permutation at
  // a time: a sorted copy would be megabytes of fresh pages to fault in.
  std::vector<uint8_t> placed(order.size(), 0);
  for (size_t i = 0; i < order.size(); ++i) {
    if (placed[i]) continue;
    Pending first = pending_[i];
    size_t to = i;
    for (size_t from = order[to].index; from != i; from = order[to].index) {
      pending_[to] = pending_[from];
      placed[to] = 1;
      to = from;
    }
    pending_[to] = first;
    placed[to] = 1;
  }
  sorted_ = true;
}

void PhraseIndex::MergeSorted(PhraseIndex&& other, const std::vector<uint32_t>& new_ids) {
  SortAdded();
  other.SortAdded();
  std::vector<Pending>& kept = other.pending_;
  size_t m = 0;
  for (Pending& p : kept) {
    uint32_t id = new_ids[p.candidate.id];
    if (id == kDropped) continue;
    p.candidate.id = id;
    kept[m++] = p;
  }
  // Merged from the back, in place: no second copy of a long list.
  size_t i = pending_.size();
  size_t j = m;
  pending_.resize(i + m);
  for (size_t out = i + m; j > 0;) {
    if (i > 0 && Before(kept[j - 1], pending_[i - 1])) {
      pending_[--out] = pending_[--i];
    } else {
      pending_[--out] = kept[--j];
    }
  }
  other.pending_.clear();
}

void PhraseIndex::Build() {
  if (pending_.empty() && !slots_.empty()) return;  // built, and nothing added since
  // Group the phrases of each key, longest first, then by id. Only the
  // grouping matters, not the order of the keys (the table places them by
  // hash), so the phrases are sorted by the hash of their key (SortAdded):
  // the comparisons never reach into the keys. Two keys with the same 64-bit
  // hash would be mixed up, so that is checked, and then the keys
  // themselves are compared.
  SortAdded();
  bool collision = false;
  for (size_t i = 1; i < pending_.size() && !collision; ++i) {
    collision = pending_[i].hash == pending_[i - 1].hash && pending_[i].key != pending_[i - 1].key;
  }
  if (collision) {
    std::stable_sort(pending_.begin(), pending_.end(), [](const Pending& a, const Pending& b) {
      return a.key < b.key;
    });
  }
  // Without a collision, equal hashes are equal keys.
  auto same_key = [&](const Pending& a, const Pending& b) {
    return a.hash == b.hash && (!collision || a.key == b.key);
  };
  size_t keys = 0;
  for (size_t i = 0; i < pending_.size(); ++i) {
    keys += i == 0 || !same_key(pending_[i], pending_[i - 1]);
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
  candidates_.reserve(pending_.size());
  rest_words_.reserve(pending_.size());
  for (size_t i = 0; i < pending_.size();) {
    const Pending& first = pending_[i];
    std::string_view key = first.key;
    uint64_t h = first.hash;
    Slot slot;
    slot.length = static_cast<uint32_t>(key.size());
    for (size_t k = 0; k < key.size() && k < kHeadBytes; ++k) {
      slot.head |= uint64_t{static_cast<unsigned char>(key[k])} << (8 * k);
    }
    slot.tail = static_cast<uint32_t>(keys_.size());
    if (key.size() > kHeadBytes) keys_.append(key.substr(kHeadBytes));
    slot.first = static_cast<uint32_t>(candidates_.size());
    for (; i < pending_.size() && same_key(pending_[i], first); ++i) {
      const Pending& p = pending_[i];
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
  sorted_ = false;
}

}  // namespace annalist
