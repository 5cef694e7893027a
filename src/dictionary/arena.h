// Arena: the storage behind the many small pieces of a compiled dictionary.
//
// The CAMEO dictionaries hold about 50,000 phrases and verb patterns. Each
// used to own its words, rule text and "file:line" in strings and vectors of
// its own, several heap allocations per entry: allocating them and faulting
// in the pages they spread over was a third of loading, the serial start of
// every run. Entries now hold views into an Arena instead: the dictionary
// files' text, kept whole (a rule is a view into its line), and blocks that
// parsed words and arrays are copied into one after another.
//
// What an Arena hands out keeps its address for the Arena's lifetime, also
// when the Arena is moved or absorbed into another (Absorb), so entries read
// into a separate CompiledDictionaries can be moved into the final one.
// Arrays must be of trivially copyable and destructible types: nothing in
// an Arena is destroyed but its bytes.
#ifndef ANNALIST_SRC_DICTIONARY_ARENA_H_
#define ANNALIST_SRC_DICTIONARY_ARENA_H_

#include <cstddef>
#include <cstring>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace annalist {

class Arena {
 public:
  Arena() = default;
  // A moved-from Arena is empty (it must not go on filling a block it no
  // longer owns).
  Arena(Arena&& other) noexcept { *this = std::move(other); }
  Arena& operator=(Arena&& other) noexcept {
    blocks_ = std::move(other.blocks_);
    texts_ = std::move(other.texts_);
    next_ = std::exchange(other.next_, nullptr);
    left_ = std::exchange(other.left_, 0);
    other.blocks_.clear();
    other.texts_.clear();
    return *this;
  }

  // Takes `text` (a dictionary file's content) and returns a view of it that
  // lives as long as the Arena. The text is not copied.
  std::string_view Keep(std::string text);

  // Copies `s` into the Arena.
  std::string_view CopyString(std::string_view s);

  // Copies `items` into the Arena; an empty span for no items.
  template <typename T>
  std::span<const T> CopyArray(std::span<const T> items) {
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);
    if (items.empty()) return {};
    void* p = Allocate(items.size_bytes(), alignof(T));
    std::memcpy(p, items.data(), items.size_bytes());
    return {static_cast<const T*>(p), items.size()};
  }

  // Moves everything `other` holds into this Arena; views into it stay valid.
  void Absorb(Arena&& other);

 private:
  static constexpr size_t kBlockBytes = 64 * 1024;

  void* Allocate(size_t bytes, size_t align);

  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;  // free space in the last block
  size_t left_ = 0;
  std::vector<std::unique_ptr<std::string>> texts_;
};

}  // namespace annalist

#endif  // ANNALIST_SRC_DICTIONARY_ARENA_H_
