// Invariants the fuzz targets check on whatever their input turns into:
// segmentation stays inside the text and covers every token, and the record
// written for the Document is valid UTF-8. A violation aborts, which
// libFuzzer reports as a crash.
#ifndef ANNALIST_FUZZ_FUZZ_CHECKS_H_
#define ANNALIST_FUZZ_FUZZ_CHECKS_H_

#include <cstdlib>
#include <memory>

#include "annalist/pipeline.h"
#include "annalist/record_io.h"
#include "text/segmentation_rules.h"
#include "text/text_stage.h"
#include "text/utf8.h"

namespace annalist {

inline const TextStage& FuzzTextStage() {
  static const TextStage* stage = [] {
    std::unique_ptr<SegmentationRules> rules;
    if (!SegmentationRules::LoadDefault(FindDataDir(), &rules).ok()) std::abort();
    return new TextStage(std::move(rules));
  }();
  return *stage;
}

// Segments `doc`, checks the layers and writes its record.
inline void SegmentAndCheck(Document* doc) {
  if (!FuzzTextStage().Process(doc).ok()) return;
  uint32_t next_token = 0;
  for (const Sentence& s : doc->sentences) {
    if (s.first_token != next_token || s.end_token <= s.first_token) std::abort();
    if (s.end_token > doc->tokens.size() || s.span.end > doc->text.size()) std::abort();
    next_token = s.end_token;
  }
  if (next_token != doc->tokens.size()) std::abort();
  for (const Token& t : doc->tokens) {
    if (t.span.empty() || t.span.end > doc->text.size() || t.norm.empty()) std::abort();
  }
  std::string record = WriteRecord(*doc);
  if (FindInvalidUtf8(record) != std::string::npos) std::abort();
}

}  // namespace annalist

#endif  // ANNALIST_FUZZ_FUZZ_CHECKS_H_
