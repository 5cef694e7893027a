// EventDiff: how an article's events changed between two codings (for
// `annalist recode`).
//
// Events are matched within a sentence: same source, target, CAMEO code and
// negation is unchanged; same source and target with another code is
// recoded; what is left over is added (new coding) or removed (old coding).
#ifndef ANNALIST_SRC_STORE_EVENT_DIFF_H_
#define ANNALIST_SRC_STORE_EVENT_DIFF_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "annalist/document.h"

namespace annalist::store {

class EventDiffSummary {
 public:
  explicit EventDiffSummary(size_t max_examples) : max_examples_(max_examples) {}

  // Compares one article's events before and after; true when they differ.
  bool Add(const Document& before, const Document& after);

  uint64_t unchanged = 0, added_total = 0, removed_total = 0, recoded_total = 0;
  std::map<std::string, uint64_t> added, removed;  // by CAMEO code
  std::map<std::string, uint64_t> recoded;         // "020 -> 036"
  // "article ID: added 020 PAKGOV>AFGGOV in \"...sentence...\""
  std::vector<std::string> examples;

 private:
  void Example(const Document& doc, const Event& e, const std::string& what);
  size_t max_examples_;
};

}  // namespace annalist::store

#endif  // ANNALIST_SRC_STORE_EVENT_DIFF_H_
