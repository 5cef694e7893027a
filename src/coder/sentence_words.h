// SentenceWords: a sentence's tokens in the form TABARI dictionaries match.
//
// TABARI filters its input before matching (manual 7.3): upper case, hyphens
// become blanks, commas inside numbers disappear, semicolons become commas,
// other punctuation is dropped, and a possessive 'S stays on its word. The
// text stage tokenizes differently, so the coder stages rebuild that view from
// Document::tokens here rather than changing the tokenizer.
#ifndef ANNALIST_SRC_CODER_SENTENCE_WORDS_H_
#define ANNALIST_SRC_CODER_SENTENCE_WORDS_H_

#include <string>
#include <string_view>
#include <vector>

#include "annalist/document.h"
#include "dictionary/compiled.h"

namespace annalist {

struct Word {
  std::string text;  // upper case, no trailing periods; "," for a comma
  Span span;
  uint32_t first_token = 0, end_token = 0;  // Document::tokens covered
  bool capitalized = false;
  bool comma = false;
  bool number = false;
};

// Fills *words for sentence `s` of `doc` (cleared first).
void BuildSentenceWords(const Document& doc, const Sentence& s, std::vector<Word>* words);

// Index of the word containing token `token`, or kNone.
uint32_t WordOfToken(const std::vector<Word>& words, uint32_t token);

// The words of one sentence with their signature.
struct SentenceWords {
  std::vector<Word> words;
  WordSignature words_present;
};

// Fills *out for sentence `s` of `doc`.
void BuildSentenceWords(const Document& doc, const Sentence& s, SentenceWords* out);

// The longest phrase of `index` that matches the words at `start`: returns
// its id and sets *end (one past the last word) and *length, or returns kNone.
// `phrase_of(id)` gives the Phrase of an id.
template <typename PhraseOf>
uint32_t LongestMatch(const PhraseIndex& index, PhraseOf phrase_of, const SentenceWords& sw,
                      uint32_t start, Endings endings, uint32_t* end, int* length);

// Matches the words after the first of phrase `p` (two or more words),
// whose first word matches the word at `start` (PhraseIndex checked it);
// returns one past its last word or 0. `endings` apply to the last word.
uint32_t MatchRestAt(const Phrase& p, const std::vector<Word>& words, uint32_t start,
                     Endings endings);

// An article's dateline ("KABUL, AFGHANISTAN -", Document::dateline) names
// where it was written, not an actor or a clause of the sentence it opens:
// returns the first of `words` (one sentence's) after it, or 0 when the
// sentence does not open with the dateline.
uint32_t DatelineEnd(const Document& doc, const std::vector<Word>& words);

// Closed word classes TABARI knows without dictionaries.
bool IsDeterminer(std::string_view w);   // A, AN, THE
bool IsConjunction(std::string_view w);  // AND, BUT, OR, NOR
bool IsAuxiliary(std::string_view w);    // WAS, WERE, BEEN, BE, IS, ARE, BEING (passive)
bool IsPronoun(std::string_view w);

template <typename PhraseOf>
uint32_t LongestMatch(const PhraseIndex& index, PhraseOf phrase_of, const SentenceWords& sw,
                      uint32_t start, Endings endings, uint32_t* end, int* length) {
  uint32_t best = kNone;
  int best_length = -1;
  const std::string& word = sw.words[start].text;
  index.ForEachCandidate(word, endings, sw.words_present, [&](const PhraseCandidate& c) {
    if (c.length <= best_length) return true;  // the rest of this key is shorter
    // The index matched the first word; only longer phrases need the phrase.
    uint32_t e = c.multi_word ? MatchRestAt(phrase_of(c.id), sw.words, start, endings) : start + 1;
    if (e == 0) return false;
    best = c.id;
    best_length = c.length;
    *end = e;
    return true;
  });
  *length = best_length;
  return best;
}

}  // namespace annalist

#endif  // ANNALIST_SRC_CODER_SENTENCE_WORDS_H_
