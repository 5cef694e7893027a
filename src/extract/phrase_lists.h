// PhraseLists: named lists of word phrases read from a small data file.
//
// The extraction stages (quotes, times, quantities, claims) recognise closed
// sets of cue words: reporting verbs, denial verbs, approximators, units. They
// live in data files under data/extract/ so they can be extended without
// touching code. Format, one phrase per line:
//
//   # comment
//   [section]
//   ACCORDING TO          <- words are matched against Token::norm
//   DOLLARS = USD         <- an optional value after '='
//
// Phrases are upper case and space-separated, one token per word, as the
// tokenizer splits them ("POINTED OUT", "AT LEAST"). A token's possessive
// "'S" ending is ignored when matching, whichever tokenizer produced it.
#ifndef ANNALIST_SRC_EXTRACT_PHRASE_LISTS_H_
#define ANNALIST_SRC_EXTRACT_PHRASE_LISTS_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "annalist/document.h"
#include "annalist/status.h"
#include "extract/string_index.h"

namespace annalist {

class PhraseLists {
 public:
  // A phrase found in a token range.
  struct Match {
    uint32_t length = 0;       // tokens matched, 0 when nothing matched
    std::string_view value;    // the text after '=', "" if none
    std::string_view section;  // the phrase's section, "" when nothing matched
  };

  // Reads `path`; errors name the file and line.
  static Status Load(const std::string& path, PhraseLists* out);
  // Parses file contents; `name` is used in error messages.
  static Status Parse(std::string_view text, std::string_view name, PhraseLists* out);

  // The longest phrase of `section` that starts at tokens[i] and ends before
  // tokens[end]. Unknown sections match nothing.
  Match MatchAt(std::string_view section, const std::vector<Token>& tokens, uint32_t i,
                uint32_t end) const;
  // The longest phrase of any of `sections` that starts at tokens[i] and
  // ends before tokens[end]; of equally long ones, that of the section listed
  // first. One lookup of the token however many sections are asked about.
  Match MatchAnyAt(std::span<const std::string_view> sections, const std::vector<Token>& tokens,
                   uint32_t i, uint32_t end) const;
  // The longest phrase of `section` that ends just before tokens[end] and
  // starts at or after tokens[begin].
  Match MatchEndingAt(std::string_view section, const std::vector<Token>& tokens,
                      uint32_t begin, uint32_t end) const;
  // Whether the single word `norm` is a phrase of `section`.
  bool Contains(std::string_view section, std::string_view norm) const;
  // The value of the one-word phrase `norm` in `section`, "" if none.
  std::string_view ValueOf(std::string_view section, std::string_view norm) const;
  // The first of `sections` of which `norm` is a one-word phrase, "" if
  // none: one lookup of the word, however many sections are asked about.
  std::string_view SectionOf(std::span<const std::string_view> sections,
                             std::string_view norm) const;
  // Whether `norm` begins a phrase of any section: a cheap first test for a
  // recogniser that reads several sections at the same token.
  bool StartsPhrase(std::string_view norm) const { return StartingWith(norm) != nullptr; }

 private:
  struct Phrase {
    uint32_t section = 0;            // number in sections_
    std::vector<std::string> words;  // the first word included
    std::string value;
  };
  // The phrases of any section whose first word is `word`, in file order;
  // null when none. Most tokens start no phrase, so lookups begin here and
  // never read the section name for them.
  const std::vector<Phrase>* StartingWith(std::string_view word) const;
  bool InSection(const Phrase& p, std::string_view section) const;
  // The first one-word phrase `norm` of `section`, null if none.
  const Phrase* OneWord(std::string_view section, std::string_view norm) const;

  StringIndex sections_;                       // section names
  StringIndex first_words_;                    // first words of phrases
  std::vector<std::vector<Phrase>> by_first_;  // by number in first_words_
};

// Where the extraction data files live: <data_dir>/data/extract/<file>.
std::string ExtractDataFile(const std::string& data_dir, std::string_view file);

}  // namespace annalist

#endif  // ANNALIST_SRC_EXTRACT_PHRASE_LISTS_H_
