// ToneStage ("tone"): article tone (Document::tone) and the tone of each
// event's clause (Event::tone) from the AFINN-165 lexicon.
//
// Score of a stretch of text = 100 x (sum of the valences of its lexicon
// words) / (number of its words): valence points per 100 words. GDELT's tone
// is likewise per 100 words but counts positive minus negative words; AFINN
// weights them -5..+5, so our figures run about twice as far from zero. A
// negator ("not", "no", "never", "n't", "without") up to 3 tokens before a
// lexicon word flips its sign.
#ifndef ANNALIST_SRC_TONE_TONE_STAGE_H_
#define ANNALIST_SRC_TONE_TONE_STAGE_H_

#include <memory>

#include "annalist/stage.h"
#include "extract/grammar.h"
#include "extract/lexical.h"
#include "tone/tone_lexicon.h"

namespace annalist {

class ToneStage : public Stage {
 public:
  ToneStage(ToneLexicon lexicon, Grammar grammar)
      : lexicon_(std::move(lexicon)), grammar_(std::move(grammar)) {}

  std::string_view name() const override { return "tone"; }
  Status Process(Document* doc) const override;

  // The tone of tokens [r.begin, r.end), 0 when they hold no words.
  double Score(const Document& doc, TokenRange r) const;

 private:
  ToneLexicon lexicon_;
  Grammar grammar_;  // for the [negator] words
};

}  // namespace annalist

#endif  // ANNALIST_SRC_TONE_TONE_STAGE_H_
