// TextStage ("segment"): tokenizes a Document's text and splits it into
// sentences. A presegmented Document (TABARI input: one sentence per record)
// becomes a single sentence.
#ifndef ANNALIST_SRC_TEXT_TEXT_STAGE_H_
#define ANNALIST_SRC_TEXT_TEXT_STAGE_H_

#include <memory>

#include "annalist/stage.h"
#include "text/segmentation_rules.h"
#include "text/segmenter.h"

namespace annalist {

class TextStage : public Stage {
 public:
  explicit TextStage(std::unique_ptr<SegmentationRules> rules)
      : rules_(std::move(rules)), segmenter_(rules_.get()) {}

  std::string_view name() const override { return "segment"; }
  Status Process(Document* doc) const override;

 private:
  std::unique_ptr<SegmentationRules> rules_;
  Segmenter segmenter_;
};

}  // namespace annalist

#endif  // ANNALIST_SRC_TEXT_TEXT_STAGE_H_
