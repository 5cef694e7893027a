// Name chunks: the runs of letters and digits that place names are matched on.
//
// Both the gazetteer's names and an article's words are cut into chunks, so
// "Guinea-Bissau", "Guinea Bissau" and the tokens "Guinea" "-" "Bissau" all
// give the chunks GUINEA BISSAU whatever the tokenizer did with the hyphen,
// and "Pakistan's" gives PAKISTAN S, so the possessive never hides a name.
#ifndef ANNALIST_SRC_PLACES_NAME_CHUNKS_H_
#define ANNALIST_SRC_PLACES_NAME_CHUNKS_H_

#include <string>
#include <string_view>
#include <vector>

#include "annalist/document.h"

namespace annalist {

struct NameChunk {
  Span span;              // bytes in the text the chunk was cut from
  std::string key;        // upper case, accents removed: "COTE"
  bool upper_initial = false;  // written with a capital first letter
  bool all_upper = false;      // every letter is a capital ("UK", "KABUL")
};

// Appends the chunks of text[begin, end) to `out`; spans are offsets in `text`.
void AppendNameChunks(std::string_view text, uint32_t begin, uint32_t end,
                      std::vector<NameChunk>* out);

}  // namespace annalist

#endif  // ANNALIST_SRC_PLACES_NAME_CHUNKS_H_
