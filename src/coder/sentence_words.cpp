#include "coder/sentence_words.h"

#include <algorithm>

#include "text/ascii.h"

namespace annalist {
namespace {

// Words that may come between blank-separated words of a phrase: TABARI
// allows any number within the sentence ("Durthang ... rebel Orc").
constexpr uint32_t kMaxGap = 64;

bool IsAlnumOrNonAscii(char c) { return (c & 0x80) || IsAsciiAlnum(c); }
bool IsWordChar(char c) { return IsAlnumOrNonAscii(c) || c == '\'' || c == '.'; }

void AppendUpper(std::string* out, std::string_view s) {
  for (char c : s) out->push_back(AsciiUpper(c));
}

// Adds the pieces of a token split at hyphens as separate words.
void AddTokenWords(const Document& doc, uint32_t ti, std::vector<Word>* words) {
  const Token& t = doc.tokens[ti];
  std::string_view norm = t.norm;
  size_t i = 0;
  while (i < norm.size()) {
    size_t j = std::find(norm.begin() + i, norm.end(), '-') - norm.begin();
    std::string_view piece = StripTrailingPeriods(norm.substr(i, j - i));
    bool has_word_char = std::any_of(piece.begin(), piece.end(), IsAlnumOrNonAscii);
    if (has_word_char) {
      Word& w = words->emplace_back();
      w.text.assign(piece == "." ? std::string_view() : piece);
      w.span = t.span;
      w.first_token = ti;
      w.end_token = ti + 1;
      w.capitalized = i == 0 && t.capitalized;
      w.number = IsAsciiDigit(piece[0]);
    }
    i = j + 1;
  }
}

}  // namespace

void BuildSentenceWords(const Document& doc, const Sentence& s, std::vector<Word>* words) {
  words->clear();
  words->reserve(s.end_token - s.first_token);
  for (uint32_t ti = s.first_token; ti < s.end_token; ++ti) {
    const Token& t = doc.tokens[ti];
    std::string_view norm = t.norm;
    if (norm.empty()) continue;
    Word* prev = words->empty() ? nullptr : &words->back();
    bool attached = !t.space_before && prev && !prev->comma && prev->end_token == ti;
    // Possessive and contraction pieces the tokenizer split off: "'S", "N'T".
    if (attached && (norm[0] == '\'' || norm == "N'T") && norm.size() > 1) {
      AppendUpper(&prev->text, StripTrailingPeriods(norm));
      prev->span.end = t.span.end;
      prev->end_token = ti + 1;
      continue;
    }
    if (norm == "," || norm == ";") {
      // "1,500" is one number.
      bool in_number = prev && prev->number && !t.space_before && ti + 1 < s.end_token &&
                       !doc.tokens[ti + 1].space_before &&
                       IsAsciiDigit(doc.tokens[ti + 1].norm[0]);
      if (in_number) {
        prev->text += doc.tokens[ti + 1].norm;
        prev->span.end = doc.tokens[ti + 1].span.end;
        prev->end_token = ti + 2;
        ++ti;
        continue;
      }
      Word& w = words->emplace_back();
      w.text.push_back(',');
      w.comma = true;
      w.span = t.span;
      w.first_token = ti;
      w.end_token = ti + 1;
      continue;
    }
    if (!IsWordChar(norm[0])) continue;
    // A plain loop: find_first_not_of calls memchr for every character.
    if (std::all_of(norm.begin(), norm.end(), [](char c) { return c == '.' || c == '\''; })) {
      continue;
    }
    AddTokenWords(doc, ti, words);
  }
}

void BuildSentenceWords(const Document& doc, const Sentence& s, SentenceWords* out) {
  BuildSentenceWords(doc, s, &out->words);
  out->words_present.Clear();
  for (const Word& w : out->words) out->words_present.AddTextWord(w.text);
}

uint32_t WordOfToken(const std::vector<Word>& words, uint32_t token) {
  size_t lo = 0, hi = words.size();
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (words[mid].end_token <= token) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  if (lo < words.size() && words[lo].first_token <= token) return static_cast<uint32_t>(lo);
  return kNone;
}

uint32_t MatchRestAt(const Phrase& p, const std::vector<Word>& words, uint32_t start,
                     Endings endings) {
  uint32_t pos = start + 1;
  size_t n = p.words.size();
  for (size_t k = 1; k < n; ++k) {
    Endings e = k + 1 == n ? endings : Endings::kNone;
    if (p.adjacent[k - 1]) {
      if (pos >= words.size() || words[pos].comma || !WordMatches(p.words[k], words[pos].text, e)) {
        return 0;
      }
    } else {
      uint32_t limit = pos + kMaxGap + 1;
      while (pos < words.size() && pos < limit && !words[pos].comma &&
             !WordMatches(p.words[k], words[pos].text, e)) {
        ++pos;
      }
      if (pos >= words.size() || pos >= limit || words[pos].comma) return 0;
    }
    ++pos;
  }
  return pos;
}

uint32_t DatelineEnd(const Document& doc, const std::vector<Word>& words) {
  if (doc.dateline.empty() || words.empty() || words[0].span.begin != doc.dateline.begin) {
    return 0;
  }
  uint32_t w = 0;
  while (w < words.size() && words[w].span.end <= doc.dateline.end) ++w;
  return w;
}

namespace {

// string_view comparisons test the length first, unlike comparing a
// std::string with a C string; these run for most words of every sentence.
template <size_t N>
bool OneOf(std::string_view w, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

}  // namespace

bool IsDeterminer(std::string_view w) {
  static constexpr std::string_view kWords[] = {"THE", "A", "AN"};
  return OneOf(w, kWords);
}
bool IsConjunction(std::string_view w) {
  static constexpr std::string_view kWords[] = {"AND", "BUT", "OR", "NOR"};
  return OneOf(w, kWords);
}
bool IsAuxiliary(std::string_view w) {
  static constexpr std::string_view kWords[] = {"WAS", "WERE", "BEEN", "BE",
                                                "IS",  "ARE",  "BEING"};
  return OneOf(w, kWords);
}
bool IsPronoun(std::string_view w) {
  static constexpr std::string_view kWords[] = {"HE",  "SHE",  "IT",   "HIM",  "HER",
                                                "HIS", "ITS", "THEY", "THEM", "THEIR"};
  return OneOf(w, kWords);
}

}  // namespace annalist
