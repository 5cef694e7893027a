#include "dictionary/arena.h"

#include <cstdint>

namespace annalist {

std::string_view Arena::Keep(std::string text) {
  texts_.push_back(std::make_unique<std::string>(std::move(text)));
  return *texts_.back();
}

std::string_view Arena::CopyString(std::string_view s) {
  if (s.empty()) return {};
  char* p = static_cast<char*>(Allocate(s.size(), 1));
  std::memcpy(p, s.data(), s.size());
  return {p, s.size()};
}

void* Arena::Allocate(size_t bytes, size_t align) {
  size_t pad = (align - reinterpret_cast<uintptr_t>(next_) % align) % align;
  if (next_ != nullptr && pad + bytes <= left_) {
    char* p = next_ + pad;
    next_ = p + bytes;
    left_ -= pad + bytes;
    return p;
  }
  // A request larger than a quarter block gets a block of its own, so the
  // free rest of the current block is not given up for it. (new[] memory is
  // aligned for any fundamental type.)
  if (bytes > kBlockBytes / 4) {
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(bytes));
    return blocks_.back().get();
  }
  blocks_.push_back(std::make_unique_for_overwrite<char[]>(kBlockBytes));
  next_ = blocks_.back().get() + bytes;
  left_ = kBlockBytes - bytes;
  return blocks_.back().get();
}

void Arena::Absorb(Arena&& other) {
  // Where the free space is does not depend on the order of the blocks.
  for (auto& b : other.blocks_) blocks_.push_back(std::move(b));
  for (auto& t : other.texts_) texts_.push_back(std::move(t));
  if (next_ == nullptr || other.left_ > left_) {
    next_ = other.next_;
    left_ = other.left_;
  }
  other.blocks_.clear();
  other.texts_.clear();
  other.next_ = nullptr;
  other.left_ = 0;
}

}  // namespace annalist
