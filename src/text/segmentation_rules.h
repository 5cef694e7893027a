// SegmentationRules: the word lists that decide whether a period ends a
// sentence (titles, months, other abbreviations, sentence starters).
//
// They are data, in data/text/segmentation.tsv (format described at the top
// of that file). Lookups take the upper-cased word without its period.
#ifndef ANNALIST_SRC_TEXT_SEGMENTATION_RULES_H_
#define ANNALIST_SRC_TEXT_SEGMENTATION_RULES_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "annalist/status.h"

namespace annalist {

class SegmentationRules {
 public:
  enum class WordKind : unsigned char { kNone, kTitle, kMonth, kAbbrev, kStarter };

  // Parses the table in `content`; errors name file_name:line.
  static Status Parse(std::string_view content, const std::string& file_name,
                      std::unique_ptr<SegmentationRules>* out);
  // Reads and parses data_dir/data/text/segmentation.tsv.
  static Status LoadDefault(const std::string& data_dir, std::unique_ptr<SegmentationRules>* out);

  // The abbreviation kind of `word` (kTitle, kMonth, kAbbrev or kNone).
  WordKind AbbreviationKind(std::string_view word) const;
  bool IsSentenceStarter(std::string_view word) const;

 private:
  // Lets the maps be searched with a string_view without building a string.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  // A word can be both an abbreviation and a starter ("NO").
  std::unordered_map<std::string, WordKind, Hash, std::equal_to<>> abbreviations_;
  std::unordered_set<std::string, Hash, std::equal_to<>> starters_;
};

}  // namespace annalist

#endif  // ANNALIST_SRC_TEXT_SEGMENTATION_RULES_H_
