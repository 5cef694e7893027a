// Structural checks over annalist's own actor dictionaries
// (dictionaries/actors/**/*.actors), independent of the coder's loader:
// every line is a phrase, a synonym, a code line, a comment or blank; every
// code is a well-formed CAMEO actor code whose root and sectors are known;
// every date restriction is a real date; no phrase is entered twice; and every
// UN member and observer state has an entry.
//
// The reader here is deliberately strict (stricter than TABARI): our files
// are written by hand, so anything unusual is more likely a typo than intent.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace annalist {
namespace {

namespace fs = std::filesystem;

const fs::path& ActorsDir() {
  static const fs::path dir =
      fs::path(ANNALIST_TEST_DATA).parent_path().parent_path() / "dictionaries" / "actors";
  return dir;
}

// CAMEO actor code building blocks (three letters each) that may follow a
// root: sectors, religions, ethnic and organisation tags annalist uses.
const std::set<std::string>& KnownTags() {
  static const std::set<std::string> tags = {
      // sectors
      "GOV", "MIL", "REB", "INS", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS",
      "CRM", "CVL", "ELI", "HLH", "HRI", "LAB", "LEG", "NGO", "NGM", "REF", "MOD", "RAD",
      "AGR", "ENV", "DEV", "UAF", "SEP", "IGO", "IMG", "MNC", "SET", "RES", "OPP", "PRS",
      "FRM", "ELC", "BUS", "VET",
      // religions
      "MOS", "SUN", "SHI", "CHR", "CTH", "PRO", "ORT", "JEW", "HIN", "BUD", "SIK", "REL",
      // regions (also roots)
      "AFR", "ASA", "BLK", "CAS", "CAU", "CFR", "CRB", "EAF", "EEU", "EUR", "LAM", "MEA",
      "MDT", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SEA", "WAF", "WST", "ARB", "CMN",
      "SCN", "NAM", "CAM",
      // organisations (IGO, NGO and armed-group tags)
      "UNO", "EEC", "NAT", "AFU", "ASN", "SCO", "OIC", "GCC", "ARL", "SCE", "IMF", "WBK",
      "ICC", "ICJ", "OPC", "WAS", "SAD", "IGD", "CST", "ITP", "WTO", "HCR", "KID", "WFP",
      "WHO", "IAE", "HCH", "ILO", "FAO", "UNE", "CIS", "CWN", "SAA", "EAC", "OAS", "ADB",
      "AFB", "EBR", "AIB", "COE", "OEC", "ECB", "BRC", "GSV", "GTW", "APC", "MER", "ECC",
      "CEM", "PIF", "AMU", "ALB", "CEL", "ALQ", "ISI", "AMN", "HRW", "IRC", "MSF", "IFR",
      "PKO", "SNC", "RWA", "EEA", "CAR", "UNW", "ITU", "IOM", "UPU", "IMO", "WMO", "ICA",
      "NPT", "OPW", "CTB", "FTF", "HEZ", "HMS",
      // group tags used by the people dictionaries (Taliban, Islamic State)
      "TAL", "ISL"};
  return tags;
}

const std::set<std::string>& NonCountryRoots() {
  static const std::set<std::string> roots = {"IGO", "NGO", "IMG", "MNC", "UNO", "AFR", "ASA",
                                              "BLK", "CAS", "CAU", "CFR", "CRB", "EAF", "EEU",
                                              "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS",
                                              "SAF", "SAM", "SAS", "SEA", "WAF", "WST", "ARB",
                                              "SCN", "CAM", "MOS", "CHR", "JEW"};
  return roots;
}

// UN members (193) plus the two observer states.
const char kUnMembersAndObservers[] =
    "AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA "
    "BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE "
    "PRK DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD "
    "GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ "
    "LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE "
    "MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT "
    "QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF "
    "SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA "
    "USA URY UZB VUT VEN VNM YEM ZMB ZWE VAT PSE";

const std::set<std::string> kKinds = {"country",   "person", "organization", "armed_group",
                                      "igo",       "place_metonym"};

struct Entry {
  std::string phrase;
  std::string codes;  // the bracket blocks, joined by spaces
  std::string where;  // file:line
  std::string kind;
};

struct Lint {
  std::vector<Entry> entries;
  std::vector<std::string> errors;
  std::set<std::string> country_codes;  // bare codes of countries/*.actors
};

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// "YYMMDD" or "YYYYMMDD" naming a real calendar day; writes YYYYMMDD.
bool ParseDate(const std::string& s, int* yyyymmdd) {
  static const std::regex kDigits("[0-9]{6}|[0-9]{8}");
  if (!std::regex_match(s, kDigits)) return false;
  int y = std::stoi(s.substr(0, s.size() - 4));
  if (s.size() == 6) y += (y <= 30) ? 2000 : 1900;  // TABARI's pivot
  int m = std::stoi(s.substr(s.size() - 4, 2)), d = std::stoi(s.substr(s.size() - 2));
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  if (d > kDays[m - 1] + (m == 2 && IsLeapYear(y) ? 1 : 0)) return false;
  *yyyymmdd = y * 10000 + m * 100 + d;
  return true;
}

// Checks one code such as "PAKGOV" or "IGOUNOKID"; returns "" when fine.
std::string CheckCode(const std::string& code) {
  if (code == "---") return "";
  static const std::regex kShape("[A-Z0-9]+");
  if (!std::regex_match(code, kShape)) return "code '" + code + "' has characters other than A-Z0-9";
  if (code.size() % 3 != 0) return "code '" + code + "' is not made of three-letter blocks";
  for (size_t i = 3; i < code.size(); i += 3) {
    if (!KnownTags().count(code.substr(i, 3)))
      return "code '" + code + "' has unknown block '" + code.substr(i, 3) + "'";
  }
  return "";
}

// Checks the bracket blocks of one entry ("[AFGINS <20210814] [AFGGOV]").
// `defines_countries`: the entry is in countries/, where every bare
// three-letter code names a country or territory.
void CheckCodes(const std::string& blocks, const std::string& where, bool defines_countries,
                Lint* lint) {
  static const std::regex kBlock(R"(\[([^\]]*)\])");
  static const std::regex kRestricted(R"(([A-Z0-9/\-]+)(?:\s*([<>])\s*([0-9]+)|\s+([0-9]+)-([0-9]+))?)");
  auto fail = [&](const std::string& why) { lint->errors.push_back(where + ": " + why); };
  std::string rest = std::regex_replace(blocks, kBlock, "");
  if (rest.find_first_not_of(" \t") != std::string::npos) fail("stray text '" + rest + "'");
  bool saw_default = false;
  int blocks_seen = 0;
  for (std::sregex_iterator it(blocks.begin(), blocks.end(), kBlock), end; it != end; ++it) {
    ++blocks_seen;
    std::string body = (*it)[1];
    std::smatch m;
    if (!std::regex_match(body, m, kRestricted)) {
      fail("malformed code block [" + body + "]");
      continue;
    }
    if (saw_default) fail("code after the unrestricted default [" + body + "]");
    std::stringstream parts(m[1].str());
    for (std::string code; std::getline(parts, code, '/');) {
      std::string why = CheckCode(code);
      if (!why.empty()) fail(why);
    }
    int a = 0, b = 0;
    if (m[3].matched && !ParseDate(m[3], &a)) fail("bad date '" + m[3].str() + "'");
    if (m[4].matched) {
      bool ok = ParseDate(m[4], &a) && ParseDate(m[5], &b);
      if (!ok) fail("bad date range '" + m[4].str() + "-" + m[5].str() + "'");
      else if (a > b) fail("date range runs backwards [" + body + "]");
    }
    if (!m[2].matched && !m[4].matched) saw_default = true;
    if (defines_countries && m[1].str().size() == 3 && !NonCountryRoots().count(m[1].str()))
      lint->country_codes.insert(m[1].str());
  }
  if (blocks_seen == 0) fail("no code");
}

bool IsValidPhrase(const std::string& p) {
  // Upper-case words joined by '_', ending in '_' (whole word, regular noun
  // endings allowed) or '=' (exact word: US= must not match "uses"); bytes
  // >= 0x80 are UTF-8 letters such as 'É'.
  static const std::regex kPhrase(R"(([A-Z0-9'.&\-]|[\x80-\xff])+(_([A-Z0-9'.&\-]|[\x80-\xff])+)*[_=])");
  return p.size() >= 3 && std::regex_match(p, kPhrase);
}

void LintFile(const fs::path& path, Lint* lint) {
  std::ifstream in(path);
  const std::string file = path.lexically_relative(ActorsDir()).string();
  std::string line, kind;
  std::vector<Entry> group;  // phrases waiting for their code lines
  std::string group_codes;
  int number = 0;
  auto flush = [&]() {
    if (group.empty()) return;
    CheckCodes(group_codes, group.front().where, file.rfind("countries/", 0) == 0, lint);
    for (Entry& e : group) {
      e.codes = group_codes;
      lint->entries.push_back(e);
    }
    group.clear();
    group_codes.clear();
  };
  while (std::getline(in, line)) {
    ++number;
    const std::string where = file + ":" + std::to_string(number);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) {
      flush();
      continue;
    }
    if (line[0] == ';') {
      lint->errors.push_back(where + ": full-line comments start with '#'");
      continue;
    }
    if (line[0] == '#') {
      flush();
      if (line.rfind("#kind:", 0) == 0) {
        kind = line.substr(6);
        kind.erase(0, kind.find_first_not_of(' '));
        if (!kKinds.count(kind)) lint->errors.push_back(where + ": unknown kind '" + kind + "'");
      }
      continue;
    }
    std::string body = line.substr(0, line.find(';'));
    body.erase(body.find_last_not_of(" \t") + 1);
    if (line[0] == ' ' || line[0] == '\t') {  // code line continuing a group
      if (group.empty()) lint->errors.push_back(where + ": code line without a phrase");
      group_codes.append(" ").append(body, body.find_first_not_of(" \t"));
      continue;
    }
    bool synonym = line[0] == '+';
    if (!synonym) flush();
    if (synonym && group.empty()) lint->errors.push_back(where + ": synonym without a phrase");
    size_t bracket = body.find('[');
    std::string phrase = body.substr(synonym ? 1 : 0, bracket - (synonym ? 1 : 0));
    phrase.erase(phrase.find_last_not_of(" \t") + 1);
    if (!IsValidPhrase(phrase)) lint->errors.push_back(where + ": malformed phrase '" + phrase + "'");
    if (kind.empty()) lint->errors.push_back(where + ": entry before any #kind: line");
    group.push_back({phrase, "", where, kind});
    if (bracket != std::string::npos) group_codes.append(" ").append(body, bracket);
  }
  flush();
}

const Lint& AllDictionaries() {
  static const Lint lint = [] {
    Lint l;
    std::vector<fs::path> files;
    for (const auto& f : fs::recursive_directory_iterator(ActorsDir()))
      if (f.path().extension() == ".actors") files.push_back(f.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) LintFile(f, &l);
    return l;
  }();
  return lint;
}

std::string Joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

TEST(ActorsDictionaryTest, EveryLineIsWellFormed) {
  const Lint& lint = AllDictionaries();
  EXPECT_GT(lint.entries.size(), 1000u);
  EXPECT_TRUE(lint.errors.empty()) << Joined(lint.errors);
}

// The form under which the loader compares phrases: '-' joins words just as
// '_' does, so GUINEA-BISSAU_ and GUINEA_BISSAU_ are the same entry.
std::string PhraseKey(std::string phrase) {
  for (char& c : phrase) {
    if (c == '-') c = '_';
  }
  return phrase;
}

TEST(ActorsDictionaryTest, NoPhraseIsEnteredTwice) {
  std::map<std::string, const Entry*> first;
  std::vector<std::string> dups;
  for (const Entry& e : AllDictionaries().entries) {
    auto [it, fresh] = first.emplace(PhraseKey(e.phrase), &e);
    if (!fresh) {
      dups.push_back(e.where + ": " + e.phrase + e.codes + " already at " + it->second->where +
                     (it->second->codes == e.codes ? " (same codes)" : it->second->codes));
    }
  }
  EXPECT_TRUE(dups.empty()) << Joined(dups);
}

TEST(ActorsDictionaryTest, CodeRootsAreCountriesOrKnownRoots) {
  const Lint& lint = AllDictionaries();
  std::vector<std::string> bad;
  static const std::regex kCode(R"([A-Z0-9]{3,})");
  for (const Entry& e : lint.entries) {
    for (std::sregex_iterator it(e.codes.begin(), e.codes.end(), kCode), end; it != end; ++it) {
      std::string root = it->str().substr(0, 3);
      if (std::isdigit(static_cast<unsigned char>(root[0]))) continue;  // a date
      if (!lint.country_codes.count(root) && !NonCountryRoots().count(root))
        bad.push_back(e.where + ": " + e.phrase + " has unknown root " + root);
    }
  }
  EXPECT_TRUE(bad.empty()) << Joined(bad);
}

TEST(ActorsDictionaryTest, EveryUnMemberAndObserverHasAnEntry) {
  const Lint& lint = AllDictionaries();
  std::stringstream codes(kUnMembersAndObservers);
  int count = 0;
  for (std::string code; codes >> code; ++count)
    EXPECT_TRUE(lint.country_codes.count(code)) << code << " has no country entry";
  EXPECT_EQ(count, 195);
}

TEST(ActorsDictionaryTest, KindsCoverEveryActorKind) {
  std::map<std::string, int> per_kind;
  for (const Entry& e : AllDictionaries().entries) ++per_kind[e.kind];
  for (const char* kind : {"country", "organization", "armed_group", "igo", "place_metonym"})
    EXPECT_GT(per_kind[kind], 20) << kind;
}

TEST(ActorsDictionaryTest, DateParserRejectsImpossibleDays) {
  int d = 0;
  EXPECT_TRUE(ParseDate("20210815", &d));
  EXPECT_EQ(d, 20210815);
  EXPECT_TRUE(ParseDate("210815", &d));
  EXPECT_EQ(d, 20210815);
  EXPECT_TRUE(ParseDate("950601", &d));
  EXPECT_EQ(d, 19950601);
  EXPECT_TRUE(ParseDate("20240229", &d));
  EXPECT_FALSE(ParseDate("20230229", &d));
  EXPECT_FALSE(ParseDate("20211315", &d));
  EXPECT_FALSE(ParseDate("2021081", &d));
}

TEST(ActorsDictionaryTest, CodeCheckerFlagsTypos) {
  EXPECT_EQ(CheckCode("PAKGOV"), "");
  EXPECT_EQ(CheckCode("IGOUNOKID"), "");
  EXPECT_NE(CheckCode("PAKGO"), "");
  EXPECT_NE(CheckCode("PAKGVO"), "");
  EXPECT_NE(CheckCode("pakgov"), "");
}

}  // namespace
}  // namespace annalist
