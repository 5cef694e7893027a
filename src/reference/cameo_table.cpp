// Loads annalist's CAMEO event table (data/cameo/events.tsv).
//
// The file is plain tab-separated text: '#' comment lines, one header line
// starting with "code", then one row per code. Every row is checked so that a
// typo in the table (a misplaced tab, a Goldstein score out of range, a
// QuadClass that contradicts the code's root) is reported with its line
// instead of silently mis-scoring events.
#include "annalist/cameo.h"

#include <charconv>
#include <fstream>
#include <vector>

namespace annalist {
namespace {

constexpr size_t kColumns = 6;  // code name goldstein quad_class plover_type plover_mode

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool AllUpper(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

// "-" marks an absent PLOVER type or mode.
std::string Optional(std::string_view field) {
  return field == "-" ? std::string() : std::string(field);
}

Status ParseRow(std::string_view line, CameoInfo* info) {
  std::vector<std::string_view> f = SplitTabs(line);
  if (f.size() != kColumns) {
    return Status::Corruption("expected " + std::to_string(kColumns) + " tab-separated columns, found " +
                              std::to_string(f.size()));
  }
  std::string_view code = f[0];
  if (!AllDigits(code) || code.size() < 2 || code.size() > 4) {
    return Status::Corruption("bad CAMEO code '" + std::string(code) + "'");
  }
  int root_class = CameoTable::QuadClassOfRoot(code.substr(0, 2));
  if (root_class == 0) return Status::Corruption("unknown CAMEO root in '" + std::string(code) + "'");
  if (f[1].empty()) return Status::Corruption("empty name for " + std::string(code));

  double goldstein = 0;
  auto [gend, gerr] = std::from_chars(f[2].data(), f[2].data() + f[2].size(), goldstein);
  if (gerr != std::errc() || gend != f[2].data() + f[2].size() || goldstein < -10 || goldstein > 10) {
    return Status::Corruption("Goldstein score '" + std::string(f[2]) + "' is not a number in [-10, 10]");
  }
  int quad = 0;
  auto [qend, qerr] = std::from_chars(f[3].data(), f[3].data() + f[3].size(), quad);
  if (qerr != std::errc() || qend != f[3].data() + f[3].size() || quad != root_class) {
    return Status::Corruption("QuadClass '" + std::string(f[3]) + "' does not match root " +
                              std::string(code.substr(0, 2)) + " (expected " +
                              std::to_string(root_class) + ")");
  }
  if (f[4] != "-" && !AllUpper(f[4])) {
    return Status::Corruption("PLOVER type '" + std::string(f[4]) + "' must be upper case or '-'");
  }
  if (f[5].empty()) return Status::Corruption("empty PLOVER mode for " + std::string(code) + " (use '-')");
  info->code = std::string(code);
  info->name = std::string(f[1]);
  info->goldstein = goldstein;
  info->quad_class = quad;
  info->plover = Optional(f[4]);
  info->plover_mode = Optional(f[5]);
  return Status::OK();
}

}  // namespace

Status CameoTable::Load(const std::string& path, std::unique_ptr<CameoTable>* out) {
  std::ifstream in(path);
  if (!in) return Status::IOError("cannot open CAMEO table " + path);
  auto table = std::make_unique<CameoTable>();
  std::string line;
  int line_number = 0;
  bool header_seen = false;
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (!header_seen && line.rfind("code\t", 0) == 0) {
      header_seen = true;
      continue;
    }
    std::string where = path + ":" + std::to_string(line_number);
    CameoInfo info;
    ANNALIST_RETURN_IF_ERROR(ParseRow(line, &info).WithContext(where));
    std::string code = info.code;
    if (!table->entries_.emplace(code, std::move(info)).second) {
      return Status::Corruption(where + ": duplicate code " + code);
    }
  }
  if (in.bad()) return Status::IOError("error reading " + path);
  if (table->entries_.empty()) return Status::Corruption(path + ": no CAMEO codes");
  *out = std::move(table);
  return Status::OK();
}

Status CameoTable::LoadDefault(const std::string& data_dir, std::unique_ptr<CameoTable>* out) {
  return Load(data_dir + "/data/cameo/events.tsv", out);
}

const CameoInfo* CameoTable::Find(std::string_view code) const {
  if (!AllDigits(code)) return nullptr;
  std::string key(code.substr(0, 4));
  while (key.size() >= 2) {
    auto it = entries_.find(key);
    if (it != entries_.end()) return &it->second;
    key.pop_back();
  }
  return nullptr;
}

int CameoTable::QuadClassOfRoot(std::string_view root) {
  if (root.size() != 2 || !AllDigits(root)) return 0;
  int n = (root[0] - '0') * 10 + (root[1] - '0');
  if (n >= 1 && n <= 4) return 1;
  if (n >= 5 && n <= 8) return 2;
  if (n >= 9 && n <= 13) return 3;
  if (n >= 14 && n <= 20) return 4;
  return 0;
}

}  // namespace annalist
