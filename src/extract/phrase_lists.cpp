#include "extract/phrase_lists.h"

#include "extract/lexical.h"

#include <fstream>
#include <sstream>

namespace annalist {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> words;
  std::istringstream in{std::string(s)};
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

}  // namespace

std::string ExtractDataFile(const std::string& data_dir, std::string_view file) {
  return data_dir + "/data/extract/" + std::string(file);
}

Status PhraseLists::Load(const std::string& path, PhraseLists* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return Parse(buffer.str(), path, out);
}

Status PhraseLists::Parse(std::string_view text, std::string_view name, PhraseLists* out) {
  PhraseLists lists;
  Section* section = nullptr;
  uint32_t line_number = 0;
  while (!text.empty()) {
    size_t eol = text.find('\n');
    std::string_view line = Trim(text.substr(0, eol));
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    auto where = [&] { return std::string(name) + ":" + std::to_string(line_number) + ": "; };
    if (line.front() == '[') {
      if (line.back() != ']' || line.size() < 3) {
        return Status::Corruption(where() + "bad section header '" + std::string(line) + "'");
      }
      section = &lists.sections_[std::string(line.substr(1, line.size() - 2))];
      continue;
    }
    if (section == nullptr) {
      return Status::Corruption(where() + "phrase before the first [section]");
    }
    Phrase phrase;
    size_t eq = line.find('=');
    phrase.words = SplitWords(line.substr(0, eq));
    if (eq != std::string_view::npos) phrase.value = std::string(Trim(line.substr(eq + 1)));
    if (phrase.words.empty()) return Status::Corruption(where() + "empty phrase");
    std::string first = phrase.words.front();
    section->emplace(std::move(first), std::move(phrase));
  }
  *out = std::move(lists);
  return Status::OK();
}

const PhraseLists::Section* PhraseLists::Find(std::string_view section) const {
  auto it = sections_.find(section);
  return it == sections_.end() ? nullptr : &it->second;
}

PhraseLists::Match PhraseLists::MatchAt(std::string_view section,
                                        const std::vector<Token>& tokens, uint32_t i,
                                        uint32_t end) const {
  Match best;
  const Section* s = Find(section);
  if (s == nullptr || i >= end || i >= tokens.size()) return best;
  auto [first, last] = s->equal_range(BaseForm(tokens[i].norm));
  for (auto it = first; it != last; ++it) {
    const Phrase& p = it->second;
    uint32_t n = static_cast<uint32_t>(p.words.size());
    if (i + n > end || n <= best.length) continue;
    bool same = true;
    for (uint32_t k = 1; k < n && same; ++k) same = BaseForm(tokens[i + k].norm) == p.words[k];
    if (same) best = Match{n, p.value};
  }
  return best;
}

PhraseLists::Match PhraseLists::MatchEndingAt(std::string_view section,
                                              const std::vector<Token>& tokens,
                                              uint32_t begin, uint32_t end) const {
  Match best;
  for (uint32_t start = end; start-- > begin;) {
    Match m = MatchAt(section, tokens, start, end);
    if (m.length == end - start && m.length > best.length) best = m;
    if (end - start >= 4) break;  // phrases are short; look no further back
  }
  return best;
}

bool PhraseLists::Contains(std::string_view section, std::string_view norm) const {
  const Section* s = Find(section);
  if (s == nullptr) return false;
  auto [first, last] = s->equal_range(BaseForm(norm));
  for (auto it = first; it != last; ++it) {
    if (it->second.words.size() == 1) return true;
  }
  return false;
}

std::string_view PhraseLists::ValueOf(std::string_view section, std::string_view norm) const {
  const Section* s = Find(section);
  if (s == nullptr) return {};
  auto [first, last] = s->equal_range(BaseForm(norm));
  for (auto it = first; it != last; ++it) {
    if (it->second.words.size() == 1) return it->second.value;
  }
  return {};
}

}  // namespace annalist
