// Fuzzes a TABARI .text buffer through the record parser, then segments and
// writes every record it yields.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.h"
#include "io/tabari_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace annalist;
  std::string_view content(reinterpret_cast<const char*>(data), size);
  TabariParser parser(content, "fuzz.text");
  TabariRecord rec;
  Status status;
  size_t records = 0;
  while (parser.Next(&rec, &status)) {
    if (++records > size + 1) std::abort();  // the parser must make progress
    if (!status.ok()) continue;
    Document doc;
    doc.id = rec.id;
    doc.text = rec.text;
    doc.presegmented = true;
    Date::Parse(rec.date, &doc.published);
    SegmentAndCheck(&doc);
  }
  // The all-at-once parser shares the code but stops at the first error.
  std::vector<TabariRecord> all;
  if (ParseTabariRecords(content, "fuzz.text", &all).ok() && all.size() != records) std::abort();
  return 0;
}
