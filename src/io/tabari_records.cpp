#include <cctype>
#include <string>

#include "annalist/record_io.h"

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
  rec->date = std::string(line.substr(0, 6));
  rec->id = std::string(id);
  return true;
}

}  // namespace

Status ParseTabariRecords(std::string_view content, const std::string& file_name,
                          std::vector<TabariRecord>* out) {
  enum { kBetween, kText, kComment } state = kBetween;
  TabariRecord rec;
  uint32_t line_no = 0;
  size_t pos = 0;
  auto finish = [&] {
    if (!rec.id.empty()) out->push_back(std::move(rec));
    rec = TabariRecord{};
    state = kBetween;
  };
  while (pos <= content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view raw = content.substr(pos, nl - pos);
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    pos = nl + 1;
    ++line_no;
    std::string_view line = Trim(raw);
    if (state == kComment) {
      size_t close = line.find("*/");
      if (close == std::string_view::npos) {
        rec.comment += std::string(line) + "\n";
      } else {
        rec.comment += std::string(line.substr(0, close));
        state = kText;
      }
      if (nl == content.size()) break;
      continue;
    }
    if (line.empty()) {
      if (state == kText) finish();
      if (nl == content.size()) break;
      continue;
    }
    if (state == kBetween) {
      if (line.front() == '#') {
        if (nl == content.size()) break;
        continue;
      }
      if (!ParseHeader(line, &rec)) {
        return Status::Corruption(file_name + ":" + std::to_string(line_no) +
                                  ": expected a record header 'YYMMDD ID', found '" +
                                  std::string(line.substr(0, 60)) + "'");
      }
      rec.line = line_no;
      state = kText;
    } else {
      size_t open = line.find("/*");
      std::string_view text = open == std::string_view::npos ? line : Trim(line.substr(0, open));
      if (!text.empty()) {
        if (!rec.text.empty()) rec.text += ' ';
        rec.text += std::string(text);
      }
      if (open != std::string_view::npos) {
        std::string_view rest = line.substr(open + 2);
        size_t close = rest.find("*/");
        if (close == std::string_view::npos) {
          rec.comment += std::string(rest) + "\n";
          state = kComment;
        } else {
          rec.comment += std::string(rest.substr(0, close));
        }
      }
    }
    if (nl == content.size()) break;
  }
  if (state == kComment) {
    return Status::Corruption(file_name + ":" + std::to_string(rec.line) + ": record " + rec.id +
                              ": comment '/*' is never closed");
  }
  finish();
  return Status::OK();
}

}  // namespace annalist
