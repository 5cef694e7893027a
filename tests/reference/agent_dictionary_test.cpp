// Integrity of annalist's agents dictionaries (dictionaries/agents): TABARI
// .agents line shapes, known CAMEO sector codes, no phrase listed twice, and
// the roles every news coder needs mapped to the sector CAMEO gives them.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>
#include <string>

#include "reference/source_tree.h"

namespace annalist {
namespace {

using testing_support::DataFile;
using testing_support::ReadDataFiles;

// Sector codes CAMEO defines for domestic and non-state actors.
const std::set<std::string>& SectorCodes() {
  static const std::set<std::string> codes = {
      "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "PTY", "REB", "INS", "SEP", "RAD", "UAF",
      "CRM", "BUS", "MED", "NGO", "HRI", "REF", "IMG", "CVL", "EDU", "LAB", "REL", "AGR", "HLH",
      "ELI", "ENV", "SET", "DEV", "MOD"};
  return codes;
}

// phrase -> agent code ("GOV"), built from every .agents file.
class AgentDictionaryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static const std::regex entry(R"(^([A-Z0-9'_]+_) \[~([A-Z]+)\]$)");
    static const std::regex synonym(R"(^\+([A-Z0-9'_]+_)$)");
    files_ = ReadDataFiles("dictionaries/agents", ".agents");
    for (const DataFile& f : files_) {
      std::string code;
      for (size_t i = 0; i < f.lines.size(); ++i) {
        const std::string& line = f.lines[i];
        std::string where = f.name + ":" + std::to_string(i + 1);
        if (line.empty() || line[0] == '#' || line == "~FINISH") continue;
        std::smatch m;
        std::string phrase;
        if (std::regex_match(line, m, entry)) {
          phrase = m[1];
          code = m[2];
        } else if (std::regex_match(line, m, synonym) && !code.empty()) {
          phrase = m[1];
        } else {
          ADD_FAILURE() << where << ": not an agent line: " << line;
          continue;
        }
        if (!agents_.emplace(phrase, code).second) ADD_FAILURE() << where << ": duplicate " << phrase;
      }
    }
  }
  std::vector<DataFile> files_;
  std::map<std::string, std::string> agents_;
};

TEST_F(AgentDictionaryTest, CodesAreCameoSectors) {
  ASSERT_GT(agents_.size(), 500u);
  for (const auto& [phrase, code] : agents_) {
    ASSERT_EQ(code.size() % 3, 0u) << phrase;
    for (size_t i = 0; i < code.size(); i += 3) {
      EXPECT_TRUE(SectorCodes().count(code.substr(i, 3))) << phrase << " [~" << code << "]";
    }
  }
}

TEST_F(AgentDictionaryTest, CommonRolesHaveTheirCameoSector) {
  const std::map<std::string, std::string> expected = {
      {"GOVERNMENT_", "GOV"},   {"SPOKESMAN_", "GOV"},    {"SPOKESWOMAN_", "GOV"},
      {"FOREIGN_MINISTER_", "GOV"}, {"PRESIDENT_", "GOV"}, {"PRIME_MINISTER_", "GOV"},
      {"KING_", "GOV"},         {"AMBASSADOR_", "GOV"},   {"ENVOY_", "GOV"},
      {"PARLIAMENT_", "LEG"},   {"LAWMAKERS_", "LEG"},    {"ARMY_", "MIL"},
      {"TROOPS_", "MIL"},       {"POLICE_", "COP"},       {"POLICEMEN_", "COP"},
      {"INTELLIGENCE_AGENCY_", "SPY"}, {"COURT_", "JUD"}, {"JUDGE_", "JUD"},
      {"OPPOSITION_", "OPP"},   {"PROTESTERS_", "OPP"},   {"REBELS_", "REB"},
      {"INSURGENTS_", "INS"},   {"MILITANTS_", "INS"},    {"BUSINESSMEN_", "BUS"},
      {"JOURNALISTS_", "MED"},  {"AID_AGENCIES_", "NGO"}, {"REFUGEES_", "REF"},
      {"CIVILIANS_", "CVL"},    {"STUDENTS_", "EDU"},     {"TRADE_UNIONS_", "LAB"},
      {"CLERICS_", "REL"},      {"FARMERS_", "AGR"},      {"DOCTORS_", "HLH"}};
  for (const auto& [phrase, code] : expected) {
    auto it = agents_.find(phrase);
    ASSERT_NE(it, agents_.end()) << phrase << " missing";
    EXPECT_EQ(it->second, code) << phrase;
  }
}

}  // namespace
}  // namespace annalist
