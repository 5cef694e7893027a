#include "places/place_lexicon.h"

#include "core/read_file.h"

#include <sstream>

namespace annalist {

std::string AsciiLower(std::string_view s) {
  std::string lower(s);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

bool PlaceLexicon::IsFunctionWord(std::string_view w) const {
  return function_.count(AsciiLower(w)) > 0;
}

Status PlaceLexicon::Load(const std::string& path, PlaceLexicon* out) {
  std::string text;
  ANNALIST_RETURN_IF_ERROR(ReadFile(path, "the place context words", &text));
  return Parse(text, path, out);
}

Status PlaceLexicon::Parse(std::string_view text, std::string_view source, PlaceLexicon* out) {
  PlaceLexicon lexicon;
  std::istringstream in{std::string(text)};
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    std::string where = std::string(source) + ":" + std::to_string(line_no);
    if (tab == std::string::npos) {
      return Status::Corruption(where + ": expected category<TAB>words");
    }
    std::string category = line.substr(0, tab);
    WordSet* set =
        category == "locative"       ? &lexicon.locative_
        : category == "direction"    ? &lexicon.direction_
        : category == "honorific"    ? &lexicon.honorific_
        : category == "organisation" ? &lexicon.organisation_
        : category == "place-word"   ? &lexicon.place_word_
        : category == "follower"     ? &lexicon.follower_
        : category == "article"      ? &lexicon.article_
        : category == "calendar"     ? &lexicon.calendar_
        : category == "function"     ? &lexicon.function_
        : category == "admin-kind"   ? &lexicon.admin_kind_
        : category == "city-kind"    ? &lexicon.city_kind_
                                     : nullptr;
    if (set == nullptr) return Status::Corruption(where + ": unknown category '" + category + "'");
    std::istringstream words(line.substr(tab + 1));
    std::string word;
    while (words >> word) set->insert(word);
  }
  *out = std::move(lexicon);
  return Status::OK();
}

}  // namespace annalist
