#include <cctype>
#include <fstream>
#include <sstream>
#include <string>

#include "annalist/record_io.h"
#include "io/tabari_parser.h"

namespace annalist {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// "YYMMDD ID". Real files are looser than the manual: the date word may carry
// extra digits ("9501201  ACTORSYN-01", a typo TABARI tolerates) and the id
// may follow without a space ("950101*INTRO"). The date is the first six
// digits; the id is what follows the date word, or the non-digit remainder.
bool ParseHeader(std::string_view line, TabariRecord* rec) {
  if (line.size() < 7) return false;
  for (int i = 0; i < 6; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(line[i]))) return false;
  }
  size_t word_end = 6;
  while (word_end < line.size() && std::isdigit(static_cast<unsigned char>(line[word_end]))) {
    ++word_end;
  }
  std::string_view rest = line.substr(word_end);
  while (!rest.empty() && !std::isalnum(static_cast<unsigned char>(rest.front()))) {
    rest.remove_prefix(1);
  }
  std::string_view id = Trim(rest);
  if (id.empty()) return false;
  rec->date.assign(line.substr(0, 6));
  rec->id.assign(id);
  return true;
}

}  // namespace

bool LooksLikeTabariHeader(std::string_view line) {
  TabariRecord rec;
  return ParseHeader(Trim(line), &rec);
}

bool TabariParser::NextLine(std::string_view* line) {
  if (pos_ >= content_.size()) return false;
  size_t nl = content_.find('\n', pos_);
  if (nl == std::string_view::npos) nl = content_.size();
  *line = Trim(content_.substr(pos_, nl - pos_));
  pos_ = nl + 1;
  ++line_no_;
  return true;
}

bool TabariParser::Next(TabariRecord* rec, Status* status) {
  // Cleared rather than replaced: a caller that reuses *rec keeps its buffers.
  rec->date.clear();
  rec->id.clear();
  rec->text.clear();
  rec->comment.clear();
  rec->line = 0;
  *status = Status::OK();
  std::string_view line;
  // Find the header, skipping blank lines and '#' comments between records.
  for (;;) {
    if (!NextLine(&line)) return false;
    if (!line.empty() && line.front() != '#') break;
  }
  rec->line = line_no_;
  if (!ParseHeader(line, rec)) {
    *status = Status::Corruption(file_name_ + ":" + std::to_string(line_no_) +
                                 ": expected a record header 'YYMMDD ID', found '" +
                                 std::string(line.substr(0, 60)) + "'");
    while (NextLine(&line) && !line.empty()) {
    }
    return true;
  }
  bool in_comment = false;
  while (NextLine(&line)) {
    if (in_comment) {
      size_t close = line.find("*/");
      if (close == std::string_view::npos) {
        rec->comment.append(line).push_back('\n');
        continue;
      }
      rec->comment.append(line.substr(0, close));
      in_comment = false;
      continue;
    }
    if (line.empty()) break;
    size_t open = line.find("/*");
    std::string_view text = open == std::string_view::npos ? line : Trim(line.substr(0, open));
    if (!text.empty()) {
      if (!rec->text.empty()) rec->text += ' ';
      rec->text.append(text);
    }
    if (open != std::string_view::npos) {
      std::string_view rest = line.substr(open + 2);
      size_t close = rest.find("*/");
      if (close == std::string_view::npos) {
        rec->comment.append(rest).push_back('\n');
        in_comment = true;
      } else {
        rec->comment.append(rest.substr(0, close));
      }
    }
  }
  if (in_comment) {
    *status = Status::Corruption(file_name_ + ":" + std::to_string(rec->line) + ": record " +
                                 rec->id + ": comment '/*' is never closed");
  }
  return true;
}

Status ParseTabariRecords(std::string_view content, const std::string& file_name,
                          std::vector<TabariRecord>* out) {
  TabariParser parser(content, file_name);
  TabariRecord rec;
  Status status;
  while (parser.Next(&rec, &status)) {
    if (!status.ok()) return status;
    out->push_back(std::move(rec));
  }
  return Status::OK();
}

Status LoadTabariRecords(const std::string& path, std::vector<TabariRecord>* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open");
  std::stringstream content;
  content << in.rdbuf();
  return ParseTabariRecords(content.str(), path, out);
}

}  // namespace annalist
