// A quote found in the text before its speaker is resolved. The finders
// (direct_quotes.cpp, indirect_quotes.cpp) produce candidates; the stage then
// resolves speakers in text order, because "he" and "Mr Fox" refer back to
// speakers named earlier.
#ifndef ANNALIST_SRC_QUOTES_QUOTE_CANDIDATE_H_
#define ANNALIST_SRC_QUOTES_QUOTE_CANDIDATE_H_

#include <vector>

#include "annalist/document.h"
#include "extract/grammar.h"
#include "extract/phrase_lists.h"

namespace annalist {

struct QuoteCandidate {
  enum class Attribution : uint8_t {
    kPhrase,          // `speaker_phrase` names the speaker
    kSameSentence,    // a participle ("..., adding that") : the sentence's speaker
    kContinuation,    // an unattributed direct quote: the previous speaker
  };
  Quote quote;                // content, cue, sentence, direct; speaker unset
  TokenRange speaker_phrase;  // the words naming the speaker, as written
  Attribution attribution = Attribution::kPhrase;
  uint32_t anchor = 0;        // token where the attribution is read, for ordering
};

// The reporting cues of data/extract/speech-cues.txt and the grammar.
struct QuoteLexicon {
  PhraseLists cues;
  Grammar grammar;

  // The cue phrase starting at token t (any section), and its section.
  PhraseLists::Match CueAt(const Document& doc, uint32_t t, uint32_t end,
                           std::string_view* section) const;
};

// Quoted passages in quotation marks, with their attribution
// (direct_quotes.cpp). Also returns the token ranges the passages cover, in
// text order and not overlapping, so that reporting verbs inside them are not
// taken for the narrator's.
void FindDirectQuotes(const Document& doc, const QuoteLexicon& lexicon,
                      std::vector<QuoteCandidate>* out, std::vector<TokenRange>* passages);

// Reported speech outside quotation marks: "X said (that) ...", "..., X said",
// "according to X", "X told reporters ..." (indirect_quotes.cpp).
void FindIndirectQuotes(const Document& doc, const QuoteLexicon& lexicon,
                        const std::vector<TokenRange>& passages,
                        std::vector<QuoteCandidate>* out);

}  // namespace annalist

#endif  // ANNALIST_SRC_QUOTES_QUOTE_CANDIDATE_H_
