#include "coder/actor_codes.h"

#include <cctype>

namespace annalist {
namespace {

bool AllAlpha(const std::string& s) {
  for (char c : s) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  }
  return !s.empty();
}

}  // namespace

bool IsIgoRoot(const std::string& root) {
  static const char* kIgo[] = {"IGO", "UNO", "NGO", "IMF", "WBK", "NAT", "EEC", "EUR", "AFU",
                               "ARL", "ASN", "OPC", "WTO", "ICC", "IRC", "AMN", "HRW", "MSF"};
  for (const char* k : kIgo) {
    if (root == k) return true;
  }
  return false;
}

const DatedCode* ResolveDatedCode(const std::vector<DatedCode>& codes, int date) {
  const DatedCode* fallback = nullptr;
  for (const DatedCode& c : codes) {
    if (c.restriction == DatedCode::Restriction::kNone) {
      if (!fallback) fallback = &c;
    } else if (date != 0 && c.Applies(date)) {
      return &c;
    }
  }
  return fallback;
}

std::string CombineAgent(const std::string& actor, const std::string& agent, bool prefix) {
  for (size_t k = 0; k + agent.size() <= actor.size(); k += 3) {
    if (actor.compare(k, agent.size(), agent) == 0) return actor;
  }
  return prefix ? agent + actor : actor + agent;
}

std::vector<std::string> SplitCompoundCode(const std::string& code) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= code.size()) {
    size_t slash = code.find('/', start);
    if (slash == std::string::npos) slash = code.size();
    if (slash > start) out.push_back(code.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

std::string CountryOfCode(const std::string& code) {
  if (code.size() < 3) return "";
  std::string root = code.substr(0, 3);
  return AllAlpha(root) ? root : "";
}

std::string SectorOfCode(const std::string& code) {
  if (code.size() < 6) return "";
  std::string sector = code.substr(3, 3);
  return AllAlpha(sector) ? sector : "";
}

ActorKind InferActorKind(const std::string& code) {
  std::string root = CountryOfCode(code);
  if (root.empty()) return ActorKind::kOther;
  if (IsIgoRoot(root)) return ActorKind::kIgo;
  std::string sector = SectorOfCode(code);
  if (sector.empty()) return code.size() == 3 ? ActorKind::kCountry : ActorKind::kOther;
  if (sector == "REB" || sector == "INS" || sector == "SEP" || sector == "UAF") {
    return ActorKind::kArmedGroup;
  }
  return ActorKind::kOrganization;
}

int DateNumber(const Date& d) {
  if (!d.known()) return 0;
  return d.year * 10000 + d.month * 100 + d.day;
}

}  // namespace annalist
