// CameoTable: what each CAMEO event code means.
//
// For every CAMEO event code (two to four digits, as a string) the table gives
// its name, Goldstein conflict-cooperation score, QuadClass and PLOVER event
// type and mode. annalist's own table is data/cameo/events.tsv (written by the
// project; see docs/dictionaries.md for its columns). Codes that are not in the
// table resolve to their nearest listed parent ("0234" -> "023" -> "02").
#ifndef ANNALIST_CAMEO_H_
#define ANNALIST_CAMEO_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "annalist/status.h"

namespace annalist {

struct CameoInfo {
  std::string code;         // "0231"
  std::string name;         // "Appeal for economic aid"
  double goldstein = 0;     // -10 .. +10
  int quad_class = 0;       // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  std::string plover;       // PLOVER type, upper case: "REQUEST"
  std::string plover_mode;  // PLOVER mode or "" when none
};

class CameoTable {
 public:
  // Loads a table file; errors name file:line.
  static Status Load(const std::string& path, std::unique_ptr<CameoTable>* out);
  // Loads data_dir/data/cameo/events.tsv.
  static Status LoadDefault(const std::string& data_dir, std::unique_ptr<CameoTable>* out);

  // The entry for `code` or its nearest parent; nullptr when none matches
  // (e.g. a non-numeric or unknown root).
  const CameoInfo* Find(std::string_view code) const;

  // The QuadClass of a CAMEO root ("01".."20"), 0 when not a root.
  static int QuadClassOfRoot(std::string_view root);

  size_t size() const { return entries_.size(); }

 private:
  std::unordered_map<std::string, CameoInfo> entries_;
};

}  // namespace annalist

#endif  // ANNALIST_CAMEO_H_
