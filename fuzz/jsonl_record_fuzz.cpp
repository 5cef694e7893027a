// Fuzzes one JSONL article line through parsing, segmentation and the writer.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace annalist;
  std::string_view line(reinterpret_cast<const char*>(data), size);
  Document doc;
  Status s = ParseJsonlArticle(line, "fuzz:1", 1, ReaderOptions{}, &doc);
  if (!s.ok()) {
    doc.error = ArticleError{s.message()};
    if (FindInvalidUtf8(WriteRecord(doc)) != std::string::npos) std::abort();
    return 0;
  }
  SegmentAndCheck(&doc);
  return 0;
}
