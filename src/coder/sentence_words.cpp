#include "coder/sentence_words.h"

#include <cctype>

namespace annalist {
namespace {

// Words that may come between blank-separated words of a phrase: TABARI
// allows any number within the sentence ("Durthang ... rebel Orc").
constexpr uint32_t kMaxGap = 64;

bool IsWordChar(unsigned char c) { return c >= 0x80 || std::isalnum(c) || c == '\'' || c == '.'; }

void AppendUpper(std::string* out, std::string_view s) {
  for (char c : s) out->push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
}

// Adds the pieces of a token split at hyphens as separate words.
void AddTokenWords(const Document& doc, uint32_t ti, std::vector<Word>* words) {
  const Token& t = doc.tokens[ti];
  std::string_view norm = t.norm;
  size_t i = 0;
  while (i < norm.size()) {
    size_t j = norm.find('-', i);
    if (j == std::string_view::npos) j = norm.size();
    std::string_view piece = StripTrailingPeriods(norm.substr(i, j - i));
    bool has_word_char = false;
    for (char c : piece) has_word_char = has_word_char || std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80);
    if (has_word_char) {
      Word w;
      w.text = std::string(piece == "." ? "" : piece);
      w.span = t.span;
      w.first_token = ti;
      w.end_token = ti + 1;
      w.capitalized = i == 0 && t.capitalized;
      w.number = std::isdigit(static_cast<unsigned char>(piece[0]));
      words->push_back(std::move(w));
    }
    i = j + 1;
  }
}

}  // namespace

void BuildSentenceWords(const Document& doc, const Sentence& s, std::vector<Word>* words) {
  words->clear();
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
                       std::isdigit(static_cast<unsigned char>(doc.tokens[ti + 1].norm[0]));
      if (in_number) {
        prev->text += doc.tokens[ti + 1].norm;
        prev->span.end = doc.tokens[ti + 1].span.end;
        prev->end_token = ti + 2;
        ++ti;
        continue;
      }
      Word w;
      w.text = ",";
      w.comma = true;
      w.span = t.span;
      w.first_token = ti;
      w.end_token = ti + 1;
      words->push_back(std::move(w));
      continue;
    }
    if (!IsWordChar(static_cast<unsigned char>(norm[0]))) continue;
    if (norm.find_first_not_of(".'") == std::string_view::npos) continue;
    AddTokenWords(doc, ti, words);
  }
}

void BuildSentenceWords(const Document& doc, const Sentence& s, SentenceWords* out) {
  BuildSentenceWords(doc, s, &out->words);
  out->bits = 0;
  for (const Word& w : out->words) out->bits |= WordBit(w.text);
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

uint32_t MatchPhraseAt(const Phrase& p, const std::vector<Word>& words, uint32_t start,
                       Endings endings) {
  uint32_t pos = start;
  size_t n = p.words.size();
  for (size_t k = 0; k < n; ++k) {
    Endings e = k + 1 == n ? endings : Endings::kNone;
    if (k == 0) {
      if (!WordMatches(p.words[0], words[pos].text, e)) return 0;
    } else if (p.adjacent[k - 1]) {
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
  uint32_t w = 0;
  while (w < words.size() && words[w].span.end <= doc.dateline.end) ++w;
  return w;
}

bool IsDeterminer(const std::string& w) { return w == "THE" || w == "A" || w == "AN"; }
bool IsConjunction(const std::string& w) {
  return w == "AND" || w == "BUT" || w == "OR" || w == "NOR";
}
bool IsAuxiliary(const std::string& w) {
  return w == "WAS" || w == "WERE" || w == "BEEN" || w == "BE" || w == "IS" || w == "ARE" ||
         w == "BEING";
}
bool IsPronoun(const std::string& w) {
  return w == "HE" || w == "SHE" || w == "IT" || w == "HIM" || w == "HER" || w == "HIS" ||
         w == "ITS" || w == "THEY" || w == "THEM" || w == "THEIR";
}

}  // namespace annalist
