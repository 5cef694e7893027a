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

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "annalist/document.h"
#include "annalist/status.h"

namespace annalist {

class PhraseLists {
 public:
  // A phrase found in a token range.
  struct Match {
    uint32_t length = 0;      // tokens matched, 0 when nothing matched
    std::string_view value;   // the text after '=', "" if none
  };

  // Reads `path`; errors name the file and line.
  static Status Load(const std::string& path, PhraseLists* out);
  // Parses file contents; `name` is used in error messages.
  static Status Parse(std::string_view text, std::string_view name, PhraseLists* out);

  // The longest phrase of `section` that starts at tokens[i] and ends before
  // tokens[end]. Unknown sections match nothing.
  Match MatchAt(std::string_view section, const std::vector<Token>& tokens, uint32_t i,
                uint32_t end) const;
  // The longest phrase of `section` that ends just before tokens[end] and
  // starts at or after tokens[begin].
  Match MatchEndingAt(std::string_view section, const std::vector<Token>& tokens,
                      uint32_t begin, uint32_t end) const;
  // Whether the single word `norm` is a phrase of `section`.
  bool Contains(std::string_view section, std::string_view norm) const;
  // The value of the one-word phrase `norm` in `section`, "" if none.
  std::string_view ValueOf(std::string_view section, std::string_view norm) const;

 private:
  struct Phrase {
    std::vector<std::string> words;
    std::string value;
  };
  // Looks words up by string_view without building a std::string.
  struct WordHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  // Phrases of one section, indexed by their first word.
  using Section = std::unordered_multimap<std::string, Phrase, WordHash, std::equal_to<>>;
  const Section* Find(std::string_view section) const;

  std::unordered_map<std::string, Section, WordHash, std::equal_to<>> sections_;
};

// Where the extraction data files live: <data_dir>/data/extract/<file>.
std::string ExtractDataFile(const std::string& data_dir, std::string_view file);

}  // namespace annalist

#endif  // ANNALIST_SRC_EXTRACT_PHRASE_LISTS_H_
