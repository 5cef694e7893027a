#include "store/row_values.h"

#include <cctype>

namespace annalist::store {

int64_t DayNumber(const Date& d) {
  return d.known() ? int64_t{d.year} * 10000 + d.month * 100 + d.day : 0;
}

int64_t LastDay(const Date& d) {
  return int64_t{d.year} * 10000 + (d.month ? d.month : 99) * 100 + (d.day ? d.day : 99);
}

Date DateOfDay(int64_t day) {
  Date d;
  d.year = static_cast<int>(day / 10000);
  d.month = static_cast<int>(day / 100 % 100);
  d.day = static_cast<int>(day % 100);
  return d;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string PlaceKey(const Place& p) { return Lower(p.name) + "/" + p.country; }

std::string Outlet(const Document& doc) {
  if (!doc.source.empty()) return doc.source;
  std::string_view url = doc.url;
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#"));
  if (url.substr(0, 4) == "www.") url.remove_prefix(4);
  return Lower(std::string(url));
}

std::array<std::pair<const char*, const std::vector<ClaimParty>*>, 3> ClaimRoles(const Claim& c) {
  return {{{"asserted", &c.asserted_by}, {"denied", &c.denied_by}, {"supported", &c.supported_by}}};
}

std::vector<ClaimParty>* ClaimRole(Claim* c, const std::string& role) {
  if (role == "asserted") return &c->asserted_by;
  if (role == "denied") return &c->denied_by;
  if (role == "supported") return &c->supported_by;
  return nullptr;
}

ActorKind ActorKindFromName(const std::string& name) {
  for (ActorKind k : {ActorKind::kCountry, ActorKind::kPerson, ActorKind::kOrganization,
                      ActorKind::kArmedGroup, ActorKind::kIgo, ActorKind::kPlaceMetonym}) {
    if (name == ActorKindName(k)) return k;
  }
  return ActorKind::kOther;
}

PlaceFeature PlaceFeatureFromName(const std::string& name) {
  for (PlaceFeature f : {PlaceFeature::kAdmin1, PlaceFeature::kCountry, PlaceFeature::kRegion}) {
    if (name == PlaceFeatureName(f)) return f;
  }
  return PlaceFeature::kCity;
}

}  // namespace annalist::store
