// Structural checks on annalist's own dictionary of people
// (dictionaries/actors/people/*.actors), independent of the coder's loader:
// every entry is a phrase with synonyms and bracketed codes, dates are real
// YYYYMMDD days, each person's dated codes are ordered and do not overlap, the
// unrestricted default comes last, and every code starts with a country
// (ISO 3166 alpha-3, as CAMEO uses) or a transnational root.
#include <gtest/gtest.h>
#include <unicode/uloc.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace annalist {
namespace {

namespace fs = std::filesystem;

fs::path PeopleDir() {
  return fs::path(ANNALIST_TEST_DATA).parent_path() / "../dictionaries/actors/people";
}

// One [...] block: a code and an optional date restriction as inclusive
// bounds (0 and 99999999 stand for "open").
struct DatedCode {
  std::string code;
  bool restricted = false;
  int from = 0;
  int to = 99999999;
};

struct Entry {
  std::string where;  // "file:line" of the head phrase
  std::vector<std::string> phrases;
  std::vector<DatedCode> codes;
};

bool IsValidDay(const std::string& s, int* out) {
  if (s.size() != 8 || !std::all_of(s.begin(), s.end(), ::isdigit)) return false;
  int v = std::stoi(s);
  int y = v / 10000, m = v / 100 % 100, d = v % 100;
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  if (d > kDays[m - 1] || (m == 2 && d == 29 && !leap)) return false;
  *out = v;
  return true;
}

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

// Parses "CODE", "CODE >D", "CODE <D" or "CODE D-D" (the inside of [...]).
// Returns an error description, or "" when it parsed.
std::string ParseBlock(const std::string& inside, DatedCode* out) {
  std::string text = Trim(inside);
  size_t space = text.find(' ');
  out->code = text.substr(0, space);
  if (space == std::string::npos) return "";
  std::string r = Trim(text.substr(space + 1));
  out->restricted = true;
  if (r.size() > 1 && (r[0] == '<' || r[0] == '>')) {
    int day;
    if (!IsValidDay(Trim(r.substr(1)), &day)) return "bad date '" + r + "'";
    (r[0] == '<' ? out->to : out->from) = day;
    return "";
  }
  size_t dash = r.find('-');
  if (dash == std::string::npos) return "bad restriction '" + r + "'";
  if (!IsValidDay(r.substr(0, dash), &out->from) ||
      !IsValidDay(r.substr(dash + 1), &out->to)) {
    return "bad date range '" + r + "'";
  }
  if (out->from > out->to) return "range ends before it starts '" + r + "'";
  return "";
}

// Appends the [...] blocks of `text` to `entry`; returns an error or "".
std::string ParseBlocks(const std::string& text, Entry* entry) {
  size_t pos = 0;
  while ((pos = text.find('[', pos)) != std::string::npos) {
    size_t close = text.find(']', pos);
    if (close == std::string::npos) return "unclosed '['";
    DatedCode code;
    std::string error = ParseBlock(text.substr(pos + 1, close - pos - 1), &code);
    if (!error.empty()) return error;
    entry->codes.push_back(code);
    pos = close + 1;
  }
  return "";
}

bool IsPhrase(const std::string& p) {
  return !p.empty() && std::all_of(p.begin(), p.end(), [](unsigned char c) {
    // Bytes from 0x80 up belong to UTF-8 letters (the accented spellings).
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80 || c == '_' ||
           c == '-' || c == '\'';
  });
}

struct Dictionary {
  std::vector<Entry> entries;
  std::vector<std::string> errors;
  std::vector<std::string> files;
};

void ParseFile(const fs::path& path, Dictionary* dict) {
  std::ifstream in(path);
  std::string line, name = path.filename().string();
  dict->files.push_back(name);
  int number = 0;
  bool saw_kind = false;
  Entry* current = nullptr;
  auto fail = [&](const std::string& what) {
    dict->errors.push_back(name + ":" + std::to_string(number) + ": " + what);
  };
  while (std::getline(in, line)) {
    ++number;
    if (line.rfind("#kind:", 0) == 0) {
      saw_kind = Trim(line.substr(6)) == "person";
      if (!saw_kind) fail("kind must be person");
      continue;
    }
    if (line.empty() || line[0] == '#' || line[0] == '/') continue;
    // TABARI takes ';' as a comment only after a phrase or code block.
    if (line[0] == ';') { fail("comment lines start with '#', not ';'"); continue; }
    std::string body = line.substr(0, line.find(';'));
    if (Trim(body).empty()) continue;
    if (body[0] == ' ' || body[0] == '\t') {  // a multi-line code block
      if (current == nullptr) { fail("code line before any phrase"); continue; }
      std::string t = Trim(body);
      if (t.front() != '[' || t.back() != ']' || std::count(t.begin(), t.end(), '[') != 1) {
        fail("indented line must hold exactly one [...] block");
        continue;
      }
      std::string error = ParseBlocks(t, current);
      if (!error.empty()) fail(error);
      continue;
    }
    bool synonym = body[0] == '+';
    std::string text = Trim(synonym ? body.substr(1) : body);
    std::string phrase = Trim(text.substr(0, text.find('[')));
    if (!IsPhrase(phrase)) { fail("bad phrase '" + phrase + "'"); continue; }
    if (synonym) {
      if (current == nullptr) { fail("synonym before any phrase"); continue; }
      if (text.find('[') != std::string::npos) fail("synonym lines carry no codes");
      current->phrases.push_back(phrase);
      continue;
    }
    dict->entries.push_back(Entry{name + ":" + std::to_string(number), {phrase}, {}});
    current = &dict->entries.back();
    std::string error = ParseBlocks(text, current);
    if (!error.empty()) fail(error);
  }
  if (!saw_kind) dict->errors.push_back(name + ": missing '#kind: person' line");
}

const Dictionary& People() {
  static const Dictionary* dict = [] {
    auto* d = new Dictionary;
    std::vector<fs::path> paths;
    for (const auto& f : fs::directory_iterator(PeopleDir())) {
      if (f.path().extension() == ".actors") paths.push_back(f.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) ParseFile(p, d);
    return d;
  }();
  return *dict;
}

// ISO 3166 alpha-3 codes known to ICU, plus the CAMEO transnational roots.
const std::set<std::string>& CodeRoots() {
  static const std::set<std::string>* roots = [] {
    auto* s = new std::set<std::string>{"IGO", "NGO", "IMG", "MNC", "UIS"};
    for (const char* const* c = uloc_getISOCountries(); *c != nullptr; ++c) {
      std::string locale = std::string("und_") + *c;
      s->insert(uloc_getISO3Country(locale.c_str()));
    }
    return s;
  }();
  return *roots;
}

TEST(PeopleDictionaryTest, FilesParse) {
  const Dictionary& dict = People();
  EXPECT_GE(dict.files.size(), 6u);
  for (const auto& e : dict.errors) ADD_FAILURE() << e;
  EXPECT_GE(dict.entries.size(), 400u) << "the dictionary should cover hundreds of people";
}

TEST(PeopleDictionaryTest, EveryEntryHasWellFormedCodes) {
  for (const Entry& e : People().entries) {
    ASSERT_FALSE(e.codes.empty()) << e.where << ": " << e.phrases[0] << " has no code";
    for (const DatedCode& c : e.codes) {
      bool shape = c.code.size() >= 3 && c.code.size() % 3 == 0 &&
                   std::all_of(c.code.begin(), c.code.end(), ::isupper);
      EXPECT_TRUE(shape) << e.where << ": code '" << c.code << "' is not 3-letter groups";
      EXPECT_TRUE(CodeRoots().count(c.code.substr(0, 3)))
          << e.where << ": code '" << c.code << "' has no country or IGO/NGO root";
    }
  }
}

TEST(PeopleDictionaryTest, DatedCodesAreOrderedDisjointAndEndWithDefault) {
  for (const Entry& e : People().entries) {
    const std::string who = e.where + " " + e.phrases[0];
    int defaults = 0;
    for (size_t i = 0; i < e.codes.size(); ++i) {
      if (!e.codes[i].restricted) {
        ++defaults;
        EXPECT_EQ(i + 1, e.codes.size()) << who << ": the default code must come last";
      } else if (i > 0 && e.codes[i - 1].restricted) {
        EXPECT_GT(e.codes[i].from, e.codes[i - 1].to)
            << who << ": dated codes overlap or are out of order";
      }
    }
    EXPECT_EQ(defaults, 1) << who << ": needs exactly one undated default code";
  }
}

// TABARI reads a hyphen in a phrase as '_', so KIM_JONG-UN_ and KIM_JONG_UN_
// are the same phrase.
TEST(PeopleDictionaryTest, NoPhraseNamesTwoPeople) {
  std::map<std::string, std::string> first_seen;
  for (const Entry& e : People().entries) {
    for (std::string p : e.phrases) {
      std::replace(p.begin(), p.end(), '-', '_');
      auto [it, inserted] = first_seen.emplace(p, e.where);
      EXPECT_TRUE(inserted) << e.where << ": '" << p << "' already at " << it->second;
    }
  }
}

// Bare words are stems in TABARI: a surname without a trailing '_' would also
// match longer words (MODI would match MODIFY).
TEST(PeopleDictionaryTest, PhrasesEndAsWholeWords) {
  for (const Entry& e : People().entries) {
    for (const std::string& p : e.phrases) {
      EXPECT_EQ(p.back(), '_') << e.where << ": '" << p << "' would match as a stem";
    }
  }
}

}  // namespace
}  // namespace annalist
