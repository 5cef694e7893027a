// QuantityStage ("quantities"): numbers in digits and words with what they
// count, approximation ("up to", "at least"), change ("increased by 65%",
// "doubled"), unit (%, currency codes) and, for the counts analysts track
// (killed, wounded, arrested, displaced, kidnapped), the event of the same
// clause. Numbers inside time expressions are the times stage's and are
// skipped, so the times stage must run first. See docs/extraction.md.
#ifndef ANNALIST_SRC_QUANTITIES_QUANTITY_STAGE_H_
#define ANNALIST_SRC_QUANTITIES_QUANTITY_STAGE_H_

#include <memory>
#include <string>

#include "annalist/stage.h"
#include "extract/grammar.h"
#include "extract/phrase_lists.h"

namespace annalist {

class QuantityStage : public Stage {
 public:
  // Loads data/extract/{quantity-words,numbers,grammar}.txt under `data_dir`.
  static Status Create(const std::string& data_dir, std::unique_ptr<QuantityStage>* out);

  std::string_view name() const override { return "quantities"; }
  Status Process(Document* doc) const override;

 private:
  // Reads the quantity whose number starts at token t of sentence s; returns
  // the tokens it used (0 if none).
  uint32_t ReadQuantity(const Document& doc, const SpanIndex& verbs, const Sentence& s,
                        uint32_t t, Quantity* out) const;
  std::string Approximation(const Document& doc, const Sentence& s, uint32_t start) const;
  std::string Change(const Document& doc, const Sentence& s, uint32_t start) const;
  std::string About(const Document& doc, uint32_t after, uint32_t end) const;
  std::string Tracked(const Document& doc, uint32_t first, uint32_t end) const;

  PhraseLists words_;
  PhraseLists numbers_;
  Grammar grammar_;
};

}  // namespace annalist

#endif  // ANNALIST_SRC_QUANTITIES_QUANTITY_STAGE_H_
