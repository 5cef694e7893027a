#include "tone/tone_lexicon.h"

#include <charconv>
#include <fstream>
#include <sstream>

namespace annalist {
namespace {

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

}  // namespace

Status ToneLexicon::Load(const std::string& path, ToneLexicon* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::NotFound(path + ": cannot open (run scripts/build.sh, which builds it "
                                   "with tools/tone-data)");
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  return Parse(buffer.str(), path, out);
}

Status ToneLexicon::Parse(std::string_view text, std::string_view name, ToneLexicon* out) {
  ToneLexicon lexicon;
  uint32_t line_number = 0;
  while (!text.empty()) {
    size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    size_t tab = line.find('\t');
    int valence = 0;
    std::string_view number = tab == std::string_view::npos ? "" : line.substr(tab + 1);
    auto [ptr, ec] = std::from_chars(number.data(), number.data() + number.size(), valence);
    if (tab == 0 || tab == std::string_view::npos || ec != std::errc() ||
        ptr != number.data() + number.size()) {
      return Status::Corruption(std::string(name) + ":" + std::to_string(line_number) +
                                ": expected \"word<TAB>valence\"");
    }
    std::istringstream words{Upper(line.substr(0, tab))};
    std::string first;
    words >> first;
    Entry entry;
    entry.valence = valence;
    for (std::string w; words >> w;) entry.rest.push_back(w);
    uint32_t id = lexicon.first_words_.Insert(first);
    if (id == lexicon.by_first_.size()) lexicon.by_first_.emplace_back();
    lexicon.by_first_[id].push_back(std::move(entry));
    ++lexicon.size_;
  }
  *out = std::move(lexicon);
  return Status::OK();
}

ToneLexicon::Match ToneLexicon::MatchAt(const std::vector<Token>& tokens, uint32_t i,
                                        uint32_t end) const {
  Match best;
  uint32_t id = first_words_.Find(tokens[i].norm);
  if (id == StringIndex::kMissing) return best;
  for (const Entry& e : by_first_[id]) {
    uint32_t n = static_cast<uint32_t>(e.rest.size()) + 1;
    if (i + n > end || n <= best.length) continue;
    bool same = true;
    for (uint32_t k = 1; k < n && same; ++k) same = tokens[i + k].norm == e.rest[k - 1];
    if (same) best = Match{n, e.valence};
  }
  return best;
}

}  // namespace annalist
