#include "text/segmentation_rules.h"

#include "core/read_file.h"


namespace annalist {

Status SegmentationRules::Parse(std::string_view content, const std::string& file_name,
                                std::unique_ptr<SegmentationRules>* out) {
  auto rules = std::make_unique<SegmentationRules>();
  size_t pos = 0;
  int line_no = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    size_t tab = line.find('\t');
    std::string_view kind = line.substr(0, tab);
    std::string_view word = tab == std::string_view::npos ? "" : line.substr(tab + 1);
    auto error = [&](const std::string& what) {
      return Status::Corruption(file_name + ":" + std::to_string(line_no) + ": " + what);
    };
    if (word.empty()) return error("expected 'kind<TAB>word'");
    WordKind wk;
    if (kind == "title") {
      wk = WordKind::kTitle;
    } else if (kind == "month") {
      wk = WordKind::kMonth;
    } else if (kind == "abbrev") {
      wk = WordKind::kAbbrev;
    } else if (kind == "starter") {
      rules->starters_.emplace(word);
      continue;
    } else {
      return error("unknown kind '" + std::string(kind) + "' (title, month, abbrev, starter)");
    }
    rules->abbreviations_[std::string(word)] = wk;
  }
  *out = std::move(rules);
  return Status::OK();
}

Status SegmentationRules::LoadDefault(const std::string& data_dir,
                                      std::unique_ptr<SegmentationRules>* out) {
  std::string path = data_dir + "/data/text/segmentation.tsv";
  std::string content;
  ANNALIST_RETURN_IF_ERROR(ReadFile(path, "the segmentation table", &content));
  return Parse(content, path, out);
}

SegmentationRules::WordKind SegmentationRules::AbbreviationKind(std::string_view word) const {
  auto it = abbreviations_.find(word);
  return it == abbreviations_.end() ? WordKind::kNone : it->second;
}

bool SegmentationRules::IsSentenceStarter(std::string_view word) const {
  return starters_.find(word) != starters_.end();
}

}  // namespace annalist
