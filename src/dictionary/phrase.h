// Phrases: the word sequences of TABARI dictionary entries, and how a word of
// a phrase matches a word of text.
//
// In TABARI syntax a phrase is written with blanks and underscores:
//   SYRI        a stem: matches SYRIA, SYRIAN, SYRIANS
//   SYRIA_      a whole word: matches SYRIA and its regular endings
//   SYRIA=      exactly SYRIA
//   AL_GORE     AL must be followed immediately by GORE
//   AL GORE     other words may come between AL and GORE
//   BACK~ POLICY  BACK is a stem that must be followed immediately by POLICY
// Hyphens are read as underscores (TABARI replaces hyphens in text by blanks).
#ifndef ANNALIST_SRC_DICTIONARY_PHRASE_H_
#define ANNALIST_SRC_DICTIONARY_PHRASE_H_

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>

#include "dictionary/arena.h"
#include "dictionary/word_signature.h"

namespace annalist {

enum class WordMatch : uint8_t {
  kStem,   // any text word that starts with the pattern word
  kWord,   // the word itself or the word plus an allowed regular ending
  kExact,  // the word itself only ('=')
};

// Which regular endings a kWord accepts (TABARI 5.2.3).
enum class Endings : uint8_t {
  kNone,
  kNoun,  // S, 'S, ' (plural and possessive)
  kVerb,  // S, ED, ES, EN, ING, D
};

struct PatternWord {
  std::string_view text;  // upper case, without connector marks
  WordMatch match = WordMatch::kStem;
};

// True when `suffix` (non-empty) is one of the regular endings `endings`.
bool EndingAllowed(std::string_view suffix, Endings endings);

// True when a text word that starts with a pattern word matches it, given
// `rest`, the characters of the text word after the pattern word.
inline bool RestMatches(WordMatch match, std::string_view rest, Endings endings) {
  if (match == WordMatch::kStem || rest.empty()) return true;
  return match == WordMatch::kWord && EndingAllowed(rest, endings);
}

// True when text word `word` (upper case) matches `p`. Inline, and the first
// characters compared before calling memcmp, because the coder calls it for
// most word pairs of a sentence and most pairs differ at once.
inline bool WordMatches(const PatternWord& p, std::string_view word, Endings endings) {
  size_t n = p.text.size();
  if (word.size() < n || (n > 0 && word[0] != p.text[0])) return false;
  if (n > 1 && std::memcmp(word.data() + 1, p.text.data() + 1, n - 1) != 0) return false;
  return RestMatches(p.match, word.substr(n), endings);
}

// A phrase's words, their texts and its adjacency flags are in the Arena
// the phrase was parsed into (arena.h), and live as long as it.
struct Phrase {
  std::string_view text;  // in NormalizePhraseText() form: the words are views into it
  std::span<const PatternWord> words;
  WordSignature rest_words;  // of the words after the first
  // adjacent[i]: word i + 1 must follow word i immediately (size = words.size()).
  std::span<const uint8_t> adjacent;
  int length = 0;  // characters counted for longest-first ordering (TABARI 5.7.1)
};

// Parses a dictionary phrase such as "AL_GORE" or "DURTHANG ORC" into
// `arena`. Returns false (with *error set) when the phrase has no word.
bool ParsePhrase(std::string_view text, Arena* arena, Phrase* out, std::string* error);

// ParsePhrase() of a phrase already in NormalizePhraseText() form.
bool ParseNormalizedPhrase(std::string_view text, Arena* arena, Phrase* out, std::string* error);

// Parses one word with its trailing connector ("IN_" -> IN, kWord when
// another word of its chunk follows). The text is a view into `word`.
PatternWord ParseWord(std::string_view word);

// TABARI's pattern length: characters other than blanks and the actor and verb
// markers (+ $ % ^ * @).
int PhraseLength(std::string_view text);

// Canonical upper-case form: hyphens become underscores, tabs blanks, runs of
// blanks one blank, outer blanks trimmed.
std::string NormalizePhraseText(std::string_view text);
// The same into *out (replacing its content), which keeps its buffer: the
// readers normalize every entry's phrase.
void NormalizePhraseText(std::string_view text, std::string* out);

// Text words end without periods ("U.N." and "U.N" are the same word).
std::string_view StripTrailingPeriods(std::string_view word);

}  // namespace annalist

#endif  // ANNALIST_SRC_DICTIONARY_PHRASE_H_
