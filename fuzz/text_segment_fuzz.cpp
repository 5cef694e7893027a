// Fuzzes the tokenizer and segmenter with arbitrary bytes as article text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  annalist::Document doc;
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  annalist::SegmentAndCheck(&doc);
  return 0;
}
