#include "dictionary/phrase.h"

#include <vector>

#include "text/ascii.h"

namespace annalist {
namespace {

bool IsMarker(char c) {
  return c == '+' || c == '$' || c == '%' || c == '^' || c == '*' || c == '@';
}

}  // namespace

bool EndingAllowed(std::string_view suffix, Endings endings) {
  switch (endings) {
    case Endings::kNone:
      return false;
    case Endings::kNoun:
      return suffix == "S" || suffix == "'S" || suffix == "'" || suffix == "S'" ||
             suffix == "ES";
    case Endings::kVerb:
      return suffix == "S" || suffix == "ED" || suffix == "ES" || suffix == "EN" ||
             suffix == "ING" || suffix == "D";
  }
  return false;
}

std::string NormalizePhraseText(std::string_view text) {
  std::string out;
  NormalizePhraseText(text, &out);
  return out;
}

void NormalizePhraseText(std::string_view text, std::string* out) {
  out->resize(text.size());
  char* p = out->data();
  char* begin = p;
  for (char c : text) {
    if (c == '-') c = '_';
    if (c == '\t' || c == '\r' || c == '\n') c = ' ';
    if (c == ' ' && (p == begin || p[-1] == ' ')) continue;
    *p++ = AsciiUpper(c);
  }
  while (p != begin && p[-1] == ' ') --p;
  out->resize(static_cast<size_t>(p - begin));
}

std::string_view StripTrailingPeriods(std::string_view word) {
  while (word.size() > 1 && word.back() == '.') word.remove_suffix(1);
  return word;
}

PatternWord ParseWord(std::string_view word) {
  PatternWord w;
  w.match = WordMatch::kStem;
  if (!word.empty() && word.back() == '=') {
    w.match = WordMatch::kExact;
    word.remove_suffix(1);
  } else if (!word.empty() && word.back() == '~') {
    word.remove_suffix(1);
  }
  w.text = StripTrailingPeriods(word);
  return w;
}

int PhraseLength(std::string_view text) {
  int n = 0;
  for (char c : text) {
    if (c != ' ' && !IsMarker(c)) ++n;
  }
  return n;
}

bool ParsePhrase(std::string_view raw, Arena* arena, Phrase* out, std::string* error) {
  // Per thread, as the dictionary parts are read side by side.
  thread_local std::string text;
  NormalizePhraseText(raw, &text);
  return ParseNormalizedPhrase(text, arena, out, error);
}

bool ParseNormalizedPhrase(std::string_view text, Arena* arena, Phrase* out,
                           std::string* error) {
  // Parsed here, then copied into the arena whole.
  thread_local std::vector<PatternWord> words;
  thread_local std::vector<uint8_t> adjacent;
  words.clear();
  adjacent.clear();
  size_t i = 0;
  while (i < text.size()) {
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '_') ++j;
    std::string_view part(text.data() + i, j - i);
    bool underscore = j < text.size() && text[j] == '_';
    if (!part.empty()) {
      PatternWord w = ParseWord(part);
      bool tilde = part.back() == '~';
      if (underscore && !tilde && w.match == WordMatch::kStem) w.match = WordMatch::kWord;
      // A word is joined to the next by '_' or '~' when another word follows.
      size_t k = j + (underscore ? 1 : 0);
      bool next_in_chunk = underscore && k < text.size() && text[k] != ' ';
      if (!w.text.empty()) {
        words.push_back(w);
        adjacent.push_back(next_in_chunk || tilde ? 1 : 0);
      }
    }
    i = j + 1;
  }
  if (words.empty()) {
    *error = "phrase has no word";
    return false;
  }
  adjacent.back() = 0;
  // The word texts are views into `text` until copied: one copy for them all.
  out->text = arena->CopyString(text);
  for (PatternWord& w : words) {
    w.text = out->text.substr(static_cast<size_t>(w.text.data() - text.data()), w.text.size());
  }
  out->words = arena->CopyArray(std::span<const PatternWord>(words));
  out->adjacent = arena->CopyArray(std::span<const uint8_t>(adjacent));
  out->length = PhraseLength(text);
  out->rest_words = WordSignature();
  for (size_t k = 1; k < words.size(); ++k) out->rest_words.AddPatternWord(words[k].text);
  return true;
}

}  // namespace annalist
