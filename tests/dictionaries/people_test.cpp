// Structural checks on annalist's own dictionary of people
// (dictionaries/actors/people/*.actors), stricter than the loader, which
// accepts what TABARI accepts: every line is a comment, a phrase, a synonym or
// one indented [...] block; dates are real calendar days; each person's dated
// codes are ordered, do not overlap and end with one default; every code
// starts with a country (ISO 3166 alpha-3, as CAMEO uses) or a transnational
// root; no phrase names two people. Code blocks are split and parsed by the
// coder's own functions (src/dictionary/code_block.h).
#include <gtest/gtest.h>
#include <unicode/uloc.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "annalist/document.h"
#include "dictionary/code_block.h"

namespace annalist {
namespace {

namespace fs = std::filesystem;

fs::path PeopleDir() {
  return fs::path(ANNALIST_TEST_DATA).parent_path() / "../dictionaries/actors/people";
}

struct Entry {
  std::string where;  // "file:line" of the head phrase
  std::vector<std::string> phrases;
  std::vector<DatedCode> codes;
};

struct Dictionary {
  std::vector<Entry> entries;
  std::vector<std::string> errors;
  std::vector<std::string> files;
};

// True when yyyymmdd is a day of the calendar (ParseDictionaryDate lets
// 20230231 through; Date::Parse does not).
bool IsCalendarDay(int yyyymmdd) {
  char iso[16];
  std::snprintf(iso, sizeof(iso), "%04d-%02d-%02d", yyyymmdd / 10000, yyyymmdd / 100 % 100,
                yyyymmdd % 100);
  Date date;
  return Date::Parse(iso, &date);
}

// The inclusive day range a dated code covers; open ends are 0 and 99999999.
std::pair<int, int> Bounds(const DatedCode& c) {
  switch (c.restriction) {
    case DatedCode::Restriction::kUntil: return {0, c.until};
    case DatedCode::Restriction::kFrom: return {c.from, 99999999};
    case DatedCode::Restriction::kBetween: return {c.from, c.until};
    case DatedCode::Restriction::kNone: break;
  }
  return {0, 99999999};
}

bool IsPhrase(const std::string& p) {
  return !p.empty() && std::all_of(p.begin(), p.end(), [](unsigned char c) {
    // Bytes from 0x80 up belong to UTF-8 letters (the accented spellings).
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80 || c == '_' ||
           c == '-' || c == '\'' || c == '=';
  });
}

// Parses the [...] blocks of `line` into `entry`; returns an error or "".
std::string AddBlocks(const std::vector<std::string_view>& blocks, Entry* entry) {
  for (std::string_view block : blocks) {
    DatedCode code;
    std::string error;
    if (!ParseDatedCode(block, /*four_digit_years=*/false, &code, &error)) return error;
    auto [from, until] = Bounds(code);
    for (int day : {from, until}) {
      if (day != 0 && day != 99999999 && !IsCalendarDay(day)) {
        return "not a calendar day in [" + std::string(block) + "]";
      }
    }
    if (from > until) return "range ends before it starts in [" + std::string(block) + "]";
    entry->codes.push_back(code);
  }
  return "";
}

void ParseFile(const fs::path& path, Dictionary* dict) {
  std::ifstream in(path);
  std::string line, name = path.filename().string();
  dict->files.push_back(name);
  int number = 0;
  bool saw_kind = false;
  auto fail = [&](const std::string& what) {
    dict->errors.push_back(name + ":" + std::to_string(number) + ": " + what);
  };
  while (std::getline(in, line)) {
    ++number;
    if (line.rfind("#kind:", 0) == 0) {
      saw_kind = line == "#kind: person";
      if (!saw_kind) fail("kind must be person");
      continue;
    }
    if (line.empty() || line[0] == '#' || line[0] == '/') continue;
    // TABARI takes ';' as a comment only after a phrase or code block.
    if (line[0] == ';') { fail("comment lines start with '#', not ';'"); continue; }
    std::string_view phrase;
    std::vector<std::string_view> blocks;
    std::string error;
    if (!SplitCodeBlocks(line, &phrase, &blocks, &error)) { fail(error); continue; }
    Entry* current = dict->entries.empty() ? nullptr : &dict->entries.back();
    if (line[0] == ' ' || line[0] == '\t') {  // a multi-line code block
      if (current == nullptr) fail("code line before any phrase");
      else if (!phrase.empty() || blocks.size() != 1) fail("indented line must be one [...]");
      else if (!(error = AddBlocks(blocks, current)).empty()) fail(error);
      continue;
    }
    bool synonym = line[0] == '+';
    std::string text(synonym ? phrase.substr(1) : phrase);
    if (!IsPhrase(text)) { fail("bad phrase '" + text + "'"); continue; }
    if (synonym) {
      if (current == nullptr) fail("synonym before any phrase");
      else if (!blocks.empty()) fail("synonym lines carry no codes");
      else current->phrases.push_back(text);
      continue;
    }
    dict->entries.push_back(Entry{name + ":" + std::to_string(number), {text}, {}});
    if (!(error = AddBlocks(blocks, &dict->entries.back())).empty()) fail(error);
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

// ISO 3166 alpha-3 codes known to ICU, plus XKX (Kosovo's user-assigned code,
// which the country dictionary uses) and the CAMEO transnational roots.
const std::set<std::string>& CodeRoots() {
  static const std::set<std::string>* roots = [] {
    auto* s = new std::set<std::string>{"XKX", "IGO", "NGO", "IMG", "MNC", "UIS"};
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
  EXPECT_GE(dict.entries.size(), 1000u) << "the dictionary should cover a thousand people";
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
      bool dated = e.codes[i].restriction != DatedCode::Restriction::kNone;
      if (!dated) {
        ++defaults;
        EXPECT_EQ(i + 1, e.codes.size()) << who << ": the default code must come last";
      } else if (i > 0 && e.codes[i - 1].restriction != DatedCode::Restriction::kNone) {
        EXPECT_GT(Bounds(e.codes[i]).first, Bounds(e.codes[i - 1]).second)
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
// match longer words (MODI would match MODIFY). '=' is stricter still: the word
// without its regular endings (TUSK= is not "tusks").
TEST(PeopleDictionaryTest, PhrasesEndAsWholeWords) {
  for (const Entry& e : People().entries) {
    for (const std::string& p : e.phrases) {
      EXPECT_TRUE(p.back() == '_' || p.back() == '=')
          << e.where << ": '" << p << "' would match as a stem";
    }
  }
}

}  // namespace
}  // namespace annalist
