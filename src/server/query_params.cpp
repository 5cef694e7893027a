#include "server/query_params.h"

#include <algorithm>
#include <charconv>
#include <set>

namespace annalist::server {
namespace {

constexpr size_t kMaxValueBytes = 200;

bool IsCode(std::string_view s) {
  return !s.empty() && s.size() <= 30 &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isalnum(c); });
}

bool IsDigits(std::string_view s, size_t max) {
  return !s.empty() && s.size() <= max &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

Status Bad(std::string_view name, std::string_view why) {
  return Status::InvalidArgument("parameter '" + std::string(name) + "': " + std::string(why));
}

// Free text and names: printable, bounded; no control characters.
bool IsPlainText(std::string_view s) {
  return s.size() <= kMaxValueBytes &&
         std::none_of(s.begin(), s.end(), [](unsigned char c) { return c < 0x20 || c == 0x7f; });
}

}  // namespace

bool ParseId(std::string_view text, int64_t* id) {
  if (!IsDigits(text, 18)) return false;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), *id);
  return ec == std::errc() && *id > 0;
}

bool GetParam(const Params& params, std::string_view name, std::string* value) {
  auto it = params.values.find(std::string(name));
  if (it == params.values.end()) return false;
  *value = it->second;
  return true;
}

Status ParseEventQuery(const Params& params, std::initializer_list<std::string_view> extra,
                       EventQuery* query) {
  static const std::set<std::string_view> kFilters = {
      "actor", "source", "target", "country", "cameo", "plover", "from", "to", "place",
      "speaker", "q", "article", "after_id", "limit", "cursor"};
  for (const auto& [name, value] : params.values) {
    bool known = kFilters.count(name) > 0 ||
                 std::find(extra.begin(), extra.end(), name) != extra.end();
    if (!known) return Bad(name, "unknown parameter");
    if (params.values.count(name) > 1) return Bad(name, "given more than once");
    if (value.size() > kMaxValueBytes) return Bad(name, "value too long");
  }
  EventQuery q;
  std::string v;
  for (auto [name, field] : {std::pair{"actor", &q.actor}, std::pair{"source", &q.source},
                             std::pair{"target", &q.target}, std::pair{"country", &q.country}}) {
    if (GetParam(params, name, &v)) {
      if (!IsCode(v)) return Bad(name, "expected an actor code such as PAKGOV");
      std::transform(v.begin(), v.end(), v.begin(), ::toupper);
      *field = v;
    }
  }
  if (GetParam(params, "cameo", &v)) {
    if (v.size() < 2 || !IsDigits(v, 4)) {
      return Bad("cameo", "expected a CAMEO code of 2 to 4 digits");
    }
    q.cameo = v;
  }
  if (GetParam(params, "plover", &v)) {
    if (!IsCode(v)) return Bad("plover", "expected a PLOVER type such as ASSAULT");
    std::transform(v.begin(), v.end(), v.begin(), ::toupper);
    q.plover = v;
  }
  for (auto [name, field] : {std::pair{"from", &q.from}, std::pair{"to", &q.to}}) {
    if (GetParam(params, name, &v) && (v.size() > 10 || !Date::Parse(v, field))) {
      return Bad(name, "expected a date YYYY-MM-DD");
    }
  }
  for (auto [name, field] : {std::pair{"place", &q.place}, std::pair{"speaker", &q.speaker},
                             std::pair{"q", &q.text}}) {
    if (GetParam(params, name, &v)) {
      if (!IsPlainText(v)) return Bad(name, "control characters are not allowed");
      *field = v;
    }
  }
  if (GetParam(params, "article", &v) && !ParseId(v, &q.article)) {
    return Bad("article", "expected an article id");
  }
  if (GetParam(params, "after_id", &v) && v != "0" && !ParseId(v, &q.after_id)) {
    return Bad("after_id", "expected an event id");
  }
  if (GetParam(params, "limit", &v)) {
    int64_t limit = 0;
    if (!ParseId(v, &limit) || limit > 1000) return Bad("limit", "expected 1 to 1000");
    q.limit = static_cast<int>(limit);
  }
  if (GetParam(params, "cursor", &v)) {
    if (!IsPlainText(v)) return Bad("cursor", "malformed cursor");
    q.cursor = v;
  }
  *query = std::move(q);
  return Status::OK();
}

}  // namespace annalist::server
