#include "places/name_chunks.h"

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "annalist/gazetteer.h"

namespace annalist {
namespace {

void AppendUtf8(UChar32 c, std::string* out) {
  char buf[U8_MAX_LENGTH];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buf, n, U8_MAX_LENGTH, c, error);
  if (!error) out->append(buf, n);
}

// Appends the non-ASCII `c` upper-cased and without its accents ("é" -> "E").
void AppendFolded(UChar32 c, std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString parts;
  if (U_FAILURE(status) || !nfd->getDecomposition(c, parts)) parts = icu::UnicodeString(c);
  for (int32_t i = 0; i < parts.length();) {
    UChar32 p = parts.char32At(i);
    i += U16_LENGTH(p);
    if (u_charType(p) == U_NON_SPACING_MARK) continue;
    AppendUtf8(u_toupper(p), out);
  }
}

}  // namespace

void AppendNameChunks(std::string_view text, uint32_t begin, uint32_t end,
                      std::vector<NameChunk>* out) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(begin);
  const int32_t limit = static_cast<int32_t>(std::min<size_t>(end, text.size()));
  // The open chunk is built in place at the back of `out`: no copy of its key.
  NameChunk* chunk = nullptr;
  bool has_letter = false;
  auto close = [&](int32_t at) {
    if (chunk == nullptr) return;
    chunk->span.end = static_cast<uint32_t>(at);
    if (!has_letter) chunk->all_upper = false;
    chunk = nullptr;
  };
  // Opens a chunk at `start` unless one is open; a letter in it that is not
  // upper case clears all_upper.
  auto extend = [&](int32_t start, bool upper, bool alpha) {
    if (chunk == nullptr) {
      chunk = &out->emplace_back();
      has_letter = false;
      chunk->span.begin = static_cast<uint32_t>(start);
      chunk->upper_initial = upper;
      chunk->all_upper = true;
    }
    if (alpha) {
      has_letter = true;
      if (!upper) chunk->all_upper = false;
    }
  };
  while (i < limit) {
    int32_t start = i;
    if (s[i] < 0x80) {  // most text is ASCII: classify and fold it without ICU
      char c = static_cast<char>(s[i++]);
      bool upper = c >= 'A' && c <= 'Z';
      bool alpha = upper || (c >= 'a' && c <= 'z');
      if (!alpha && !(c >= '0' && c <= '9')) {
        close(start);
        continue;
      }
      extend(start, upper, alpha);
      chunk->key.push_back(alpha && !upper ? static_cast<char>(c - 'a' + 'A') : c);
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, limit, c);
    if (c < 0 || !u_isalnum(c)) {
      close(start);
      continue;
    }
    extend(start, u_isupper(c), u_isalpha(c));
    AppendFolded(c, &chunk->key);
  }
  close(limit);
}

std::string NameKey(std::string_view name) {
  bool ascii = std::all_of(name.begin(), name.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  std::string key;
  if (ascii) {
    // The gazetteer's names are ASCII: fold them without ICU, as it loads.
    bool gap = false;
    key.reserve(name.size());
    for (char c : name) {
      // Plain comparisons rather than <cctype>, whose calls go through the locale.
      bool lower = c >= 'a' && c <= 'z';
      if (lower || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        if (gap && !key.empty()) key.push_back(' ');
        gap = false;
        key.push_back(lower ? static_cast<char>(c - 'a' + 'A') : c);
      } else {
        gap = true;
      }
    }
    return key;
  }
  std::vector<NameChunk> chunks;
  AppendNameChunks(name, 0, static_cast<uint32_t>(name.size()), &chunks);
  for (const NameChunk& c : chunks) {
    if (!key.empty()) key.push_back(' ');
    key += c.key;
  }
  return key;
}

}  // namespace annalist
