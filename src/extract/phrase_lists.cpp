#include "extract/phrase_lists.h"

#include "core/read_file.h"
#include "extract/lexical.h"

#include <algorithm>
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
  std::string text;
  ANNALIST_RETURN_IF_ERROR(ReadFile(path, &text));
  return Parse(text, path, out);
}

Status PhraseLists::Parse(std::string_view text, std::string_view name, PhraseLists* out) {
  PhraseLists lists;
  uint32_t section = StringIndex::kMissing;
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
      section = lists.sections_.Insert(line.substr(1, line.size() - 2));
      continue;
    }
    if (section == StringIndex::kMissing) {
      return Status::Corruption(where() + "phrase before the first [section]");
    }
    Phrase phrase;
    phrase.section = section;
    size_t eq = line.find('=');
    phrase.words = SplitWords(line.substr(0, eq));
    if (eq != std::string_view::npos) phrase.value = std::string(Trim(line.substr(eq + 1)));
    if (phrase.words.empty()) return Status::Corruption(where() + "empty phrase");
    uint32_t first = lists.first_words_.Insert(phrase.words.front());
    if (first == lists.by_first_.size()) lists.by_first_.emplace_back();
    lists.by_first_[first].push_back(std::move(phrase));
  }
  *out = std::move(lists);
  return Status::OK();
}

const std::vector<PhraseLists::Phrase>* PhraseLists::StartingWith(std::string_view word) const {
  uint32_t first = first_words_.Find(BaseForm(word));
  return first == StringIndex::kMissing ? nullptr : &by_first_[first];
}

bool PhraseLists::InSection(const Phrase& p, std::string_view section) const {
  // A word starts phrases in few sections: comparing their names costs less
  // than hashing `section` to look it up.
  return sections_.key(p.section) == section;
}

PhraseLists::Match PhraseLists::MatchAt(std::string_view section,
                                        const std::vector<Token>& tokens, uint32_t i,
                                        uint32_t end) const {
  const std::string_view only[] = {section};
  return MatchAnyAt(only, tokens, i, end);
}

PhraseLists::Match PhraseLists::MatchAnyAt(std::span<const std::string_view> sections,
                                           const std::vector<Token>& tokens, uint32_t i,
                                           uint32_t end) const {
  Match best;
  size_t best_rank = 0;  // position in `sections` of the best match's section
  if (i >= end || i >= tokens.size()) return best;
  const std::vector<Phrase>* starting = StartingWith(tokens[i].norm);
  if (starting == nullptr) return best;
  for (const Phrase& p : *starting) {
    uint32_t n = static_cast<uint32_t>(p.words.size());
    if (i + n > end || n < best.length) continue;
    auto listed = std::find(sections.begin(), sections.end(), sections_.key(p.section));
    auto rank = static_cast<size_t>(listed - sections.begin());
    if (listed == sections.end() || (n == best.length && rank >= best_rank)) continue;
    bool same = true;
    for (uint32_t k = 1; k < n && same; ++k) same = BaseForm(tokens[i + k].norm) == p.words[k];
    if (!same) continue;
    best = Match{n, p.value, *listed};
    best_rank = rank;
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

const PhraseLists::Phrase* PhraseLists::OneWord(std::string_view section,
                                                std::string_view norm) const {
  const std::vector<Phrase>* starting = StartingWith(norm);
  if (starting == nullptr) return nullptr;
  for (const Phrase& p : *starting) {
    if (p.words.size() == 1 && InSection(p, section)) return &p;
  }
  return nullptr;
}

std::string_view PhraseLists::SectionOf(std::span<const std::string_view> sections,
                                        std::string_view norm) const {
  const std::vector<Phrase>* starting = StartingWith(norm);
  if (starting == nullptr) return {};
  for (std::string_view section : sections) {
    for (const Phrase& p : *starting) {
      if (p.words.size() == 1 && InSection(p, section)) return section;
    }
  }
  return {};
}

bool PhraseLists::Contains(std::string_view section, std::string_view norm) const {
  return OneWord(section, norm) != nullptr;
}

std::string_view PhraseLists::ValueOf(std::string_view section, std::string_view norm) const {
  const Phrase* p = OneWord(section, norm);
  return p == nullptr ? std::string_view() : std::string_view(p->value);
}

}  // namespace annalist
