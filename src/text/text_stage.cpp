#include "text/text_stage.h"

#include "text/dateline.h"

#include <cstdint>

#include "text/tokenizer.h"

namespace annalist {

Status TextStage::Process(Document* doc) const {
  // Spans are 32-bit byte offsets; refuse what they cannot address.
  if (doc->text.size() >= UINT32_MAX) {
    return Status::InvalidArgument("article of " + std::to_string(doc->text.size()) +
                                   " bytes is too large (limit 4 GB)");
  }
  doc->tokens.clear();
  doc->sentences.clear();
  // News text averages about six bytes per token; reserving avoids regrowth.
  doc->tokens.reserve(doc->text.size() / 5 + 1);
  Tokenize(doc->text, &doc->tokens);
  if (doc->presegmented) {
    if (!doc->tokens.empty()) {
      Sentence s;
      s.first_token = 0;
      s.end_token = static_cast<uint32_t>(doc->tokens.size());
      s.span = {doc->tokens.front().span.begin, doc->tokens.back().span.end};
      doc->sentences.push_back(s);
    }
  } else {
    segmenter_.Segment(doc->text, doc->tokens, &doc->sentences);
  }
  doc->dateline = FindDateline(*doc);
  return Status::OK();
}

}  // namespace annalist
