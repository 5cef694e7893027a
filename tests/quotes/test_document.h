// Helpers for the extraction stages' tests: hand-built Documents segmented
// by SimpleSegment, and the source tree's data directory.
#ifndef ANNALIST_TESTS_QUOTES_TEST_DOCUMENT_H_
#define ANNALIST_TESTS_QUOTES_TEST_DOCUMENT_H_

#include <string>
#include <string_view>

#include "annalist/document.h"
#include "extract/simple_segmenter.h"

namespace annalist::testing {

// The source tree root, where data/extract/ lives.
// ANNALIST_TEST_DATA is <source>/tests/data, which need not exist.
inline std::string SourceDataDir() {
  std::string dir = ANNALIST_TEST_DATA;
  return dir.substr(0, dir.rfind("/tests/data"));
}

inline Document MakeDocument(std::string text, std::string_view published = "") {
  Document doc;
  doc.id = "test";
  doc.text = std::move(text);
  if (!published.empty()) Date::Parse(published, &doc.published);
  SimpleSegment(&doc);
  return doc;
}

// The byte span of the `occurrence`-th (0-based) `needle` in doc.text.
inline Span Find(const Document& doc, std::string_view needle, int occurrence = 0) {
  size_t pos = std::string::npos;
  for (int i = 0; i <= occurrence; ++i) {
    pos = doc.text.find(needle, pos == std::string::npos ? 0 : pos + 1);
    if (pos == std::string::npos) return Span{};
  }
  return Span{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + needle.size())};
}

// An event on the words `verb` (the coder's output, built by hand).
inline Event MakeEvent(const Document& doc, std::string_view verb, std::string cameo,
                       uint32_t sentence) {
  Event e;
  e.sentence = sentence;
  e.cameo = cameo;
  e.cameo_root = cameo.substr(0, 2);
  e.evidence.span = Find(doc, verb);
  e.date = doc.published;
  return e;
}

}  // namespace annalist::testing

#endif  // ANNALIST_TESTS_QUOTES_TEST_DOCUMENT_H_
