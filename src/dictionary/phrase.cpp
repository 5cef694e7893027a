#include "dictionary/phrase.h"

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
  out.reserve(text.size());
  for (char c : text) {
    if (c == '-') c = '_';
    if (c == '\t' || c == '\r' || c == '\n') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(AsciiUpper(c));
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
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
  w.text = std::string(StripTrailingPeriods(word));
  return w;
}

int PhraseLength(std::string_view text) {
  int n = 0;
  for (char c : text) {
    if (c != ' ' && !IsMarker(c)) ++n;
  }
  return n;
}

bool ParsePhrase(std::string_view raw, Phrase* out, std::string* error) {
  std::string text = NormalizePhraseText(raw);
  out->words.clear();
  out->adjacent.clear();
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
        out->words.push_back(std::move(w));
        out->adjacent.push_back(next_in_chunk || tilde ? 1 : 0);
      }
    }
    i = j + 1;
  }
  if (out->words.empty()) {
    *error = "phrase has no word";
    return false;
  }
  out->adjacent.back() = 0;
  out->length = PhraseLength(text);
  for (size_t k = 1; k < out->words.size(); ++k) out->rest_words.AddPatternWord(out->words[k].text);
  return true;
}

}  // namespace annalist
