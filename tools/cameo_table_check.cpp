// cameo_table_check: measures annalist's CAMEO table (data/cameo/events.tsv)
// against the reference Goldstein scores and CAMEO->PLOVER conversion.
//
//   cameo_table_check --goldstein cameo-goldstein.tsv --plover cameo-to-plover.txt
//                     [--table events.tsv] [--floor 95]
//
// Prints the share of reference codes the table covers, the share of covered
// codes whose Goldstein score agrees (within 0.05) and the share whose PLOVER
// type agrees, lists every disagreement, and exits 1 when the lowest of the
// three figures is below --floor (percent).
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>

#include "annalist/cameo.h"
#include "annalist/pipeline.h"

namespace {

std::string Trim(std::string s) {
  const char* space = " \t\r";
  s.erase(0, s.find_first_not_of(space));
  s.erase(s.find_last_not_of(space) + 1);
  return s;
}

// Reference Goldstein file: "CODE<TAB>SCORE" after a header line.
bool ReadGoldstein(const std::string& path, std::map<std::string, double>* out) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    size_t tab = line.find('\t');
    if (tab == std::string::npos || line.empty() || !isdigit(static_cast<unsigned char>(line[0]))) continue;
    (*out)[line.substr(0, tab)] = std::stod(line.substr(tab + 1));
  }
  return true;
}

// Reference PLOVER conversion: "CODE: TYPE, mode, context # name".
bool ReadPlover(const std::string& path, std::map<std::string, std::string>* out) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    size_t colon = line.find(':');
    if (colon == std::string::npos || line.empty() || !isdigit(static_cast<unsigned char>(line[0]))) continue;
    std::string rest = line.substr(colon + 1);
    rest = rest.substr(0, rest.find('#'));
    (*out)[Trim(line.substr(0, colon))] = Trim(rest.substr(0, rest.find(',')));
  }
  return true;
}

double Percent(int part, int whole) { return whole == 0 ? 100.0 : 100.0 * part / whole; }

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Compare annalist's CAMEO table with reference Goldstein and PLOVER tables"};
  std::string goldstein_path, plover_path, table_path;
  double floor = 0;
  app.add_option("--goldstein", goldstein_path, "reference CAMEO Goldstein TSV")->required();
  app.add_option("--plover", plover_path, "reference CAMEO-to-PLOVER table")->required();
  app.add_option("--table", table_path, "annalist table (default: the bundled one)");
  app.add_option("--floor", floor, "fail when the lowest agreement (percent) is below this");
  CLI11_PARSE(app, argc, argv);

  std::unique_ptr<annalist::CameoTable> table;
  annalist::Status s = table_path.empty()
                           ? annalist::CameoTable::LoadDefault(annalist::FindDataDir(), &table)
                           : annalist::CameoTable::Load(table_path, &table);
  if (!s.ok()) {
    std::fprintf(stderr, "cameo_table_check: %s\n", s.ToString().c_str());
    return 2;
  }
  std::map<std::string, double> goldstein;
  std::map<std::string, std::string> plover;
  if (!ReadGoldstein(goldstein_path, &goldstein) || goldstein.empty()) {
    std::fprintf(stderr, "cameo_table_check: cannot read %s\n", goldstein_path.c_str());
    return 2;
  }
  if (!ReadPlover(plover_path, &plover) || plover.empty()) {
    std::fprintf(stderr, "cameo_table_check: cannot read %s\n", plover_path.c_str());
    return 2;
  }

  int covered = 0, goldstein_agree = 0;
  for (const auto& [code, score] : goldstein) {
    const annalist::CameoInfo* info = table->Find(code);
    if (!info || info->code != code) {
      std::printf("missing   %s\n", code.c_str());
      continue;
    }
    ++covered;
    if (std::fabs(info->goldstein - score) <= 0.05) {
      ++goldstein_agree;
    } else {
      std::printf("goldstein %-5s ours %5.1f reference %5.1f  %s\n", code.c_str(), info->goldstein, score,
                  info->name.c_str());
    }
  }
  int plover_compared = 0, plover_agree = 0;
  for (const auto& [code, type] : plover) {
    const annalist::CameoInfo* info = table->Find(code);
    if (!info || info->code != code) continue;
    ++plover_compared;
    if (info->plover == type) {
      ++plover_agree;
    } else {
      std::printf("plover    %-5s ours %-10s reference %-10s  %s\n", code.c_str(), info->plover.c_str(),
                  type.c_str(), info->name.c_str());
    }
  }
  double coverage = Percent(covered, static_cast<int>(goldstein.size()));
  double goldstein_rate = Percent(goldstein_agree, covered);
  double plover_rate = Percent(plover_agree, plover_compared);
  std::printf("codes in table: %zu; reference codes covered: %d/%zu (%.1f%%)\n", table->size(), covered,
              goldstein.size(), coverage);
  std::printf("Goldstein agreement: %d/%d (%.1f%%)\n", goldstein_agree, covered, goldstein_rate);
  std::printf("PLOVER type agreement: %d/%d (%.1f%%)\n", plover_agree, plover_compared, plover_rate);
  int checked = static_cast<int>(goldstein.size()) + covered + plover_compared;
  int passed = covered + goldstein_agree + plover_agree;
  std::printf("%d passed, %d failed\n", passed, checked - passed);
  double lowest = std::min({coverage, goldstein_rate, plover_rate});
  std::printf("lowest agreement: %.1f%% (floor %.1f%%)\n", lowest, floor);
  return lowest + 1e-9 < floor ? 1 : 0;
}
