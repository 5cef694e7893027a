#include "annalist/gazetteer.h"

#include <algorithm>
#include <charconv>

#include "core/read_file.h"
#include "extract/string_index.h"

namespace annalist {
namespace {

constexpr int kFields = 10;

bool ParseFeature(std::string_view s, PlaceFeature* out) {
  if (s == "city") *out = PlaceFeature::kCity;
  else if (s == "admin1") *out = PlaceFeature::kAdmin1;
  else if (s == "country") *out = PlaceFeature::kCountry;
  else if (s == "region") *out = PlaceFeature::kRegion;
  else return false;
  return true;
}

template <typename T>
bool ParseNumber(std::string_view s, T* out) {
  if (s.empty()) return false;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

uint8_t ParseFlags(std::string_view s) {
  uint8_t flags = 0;
  for (char c : s) {
    if (c == 'c') flags |= GazetteerEntry::kCapital;
    if (c == 'w') flags |= GazetteerEntry::kCommonWord;
    if (c == 'g') flags |= GazetteerEntry::kGivenName;
  }
  return flags;
}

bool IsAcronym(std::string_view name) {
  bool letters = false;
  for (char c : name) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letters = true;
  }
  return letters;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  parts.reserve(kFields);  // one allocation for a table line
  size_t start = 0;
  while (true) {
    size_t at = s.find(sep, start);
    parts.push_back(s.substr(start, at == std::string_view::npos ? at : at - start));
    if (at == std::string_view::npos) return parts;
    start = at + 1;
  }
}

}  // namespace

Gazetteer::Gazetteer()
    : keys_(std::make_unique<StringIndex>()),
      long_name_starts_(std::make_unique<StringIndex>()) {}
Gazetteer::~Gazetteer() = default;

Status Gazetteer::Load(const std::string& path, std::unique_ptr<Gazetteer>* out) {
  std::string table;
  ANNALIST_RETURN_IF_ERROR(
      ReadFile(path, "the gazetteer (run scripts/build-places.sh)", &table));
  return Parse(table, path, out);
}

Status Gazetteer::Parse(std::string_view table, std::string_view source,
                        std::unique_ptr<Gazetteer>* out) {
  auto gazetteer = std::make_unique<Gazetteer>();
  // About one entry per 90 bytes and a distinct key per 25 in the real
  // table. Not more: a larger key index is slower to search (cache misses).
  gazetteer->entries_.reserve(table.size() / 90);
  gazetteer->keys_->Reserve(table.size() / 25, table.size() / 2);
  gazetteer->key_matches_.reserve(table.size() / 25);
  gazetteer->chain_.reserve(table.size() / 20);
  size_t line_no = 0;
  size_t start = 0;
  while (start < table.size()) {
    size_t end = table.find('\n', start);
    if (end == std::string_view::npos) end = table.size();
    std::string_view line = table.substr(start, end - start);
    start = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    Status s = gazetteer->AddLine(line);
    if (!s.ok()) return s.WithContext(std::string(source) + ":" + std::to_string(line_no));
  }
  gazetteer->Compact();
  *out = std::move(gazetteer);
  return Status::OK();
}

Status Gazetteer::AddLine(std::string_view line) {
  std::vector<std::string_view> f = Split(line, '\t');
  if (f.size() != kFields) {
    return Status::Corruption("expected " + std::to_string(kFields) +
                              " tab-separated fields, found " + std::to_string(f.size()));
  }
  GazetteerEntry e;
  e.name = std::string(f[0]);
  e.country = std::string(f[3]);
  e.admin1 = std::string(f[4]);
  if (e.name.empty() || NameKey(e.name).empty()) {
    return Status::Corruption("empty place name");
  }
  if (!ParseFeature(f[2], &e.feature)) {
    return Status::Corruption("unknown feature '" + std::string(f[2]) + "'");
  }
  if (!ParseNumber(f[5], &e.lat) || !ParseNumber(f[6], &e.lon) || e.lat < -90 ||
      e.lat > 90 || e.lon < -180 || e.lon > 180) {
    return Status::Corruption("bad coordinates");
  }
  if (!ParseNumber(f[7], &e.population) || !ParseNumber(f[8], &e.geonames_id)) {
    return Status::Corruption("bad population or geonames id");
  }
  e.flags = ParseFlags(f[9]);
  auto index = static_cast<uint32_t>(entries_.size());
  AddName(e.name, index, /*alias=*/false);
  if (!f[1].empty()) {
    for (std::string_view alias : Split(f[1], '|')) AddName(alias, index, /*alias=*/true);
  }
  entries_.push_back(std::move(e));
  return Status::OK();
}

void Gazetteer::AddName(std::string_view name, uint32_t entry, bool alias) {
  std::string key = NameKey(name);
  if (key.empty()) return;
  int words = 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
  max_name_words_ = std::max(max_name_words_, words);
  if (words > 1) long_name_starts_->Insert(std::string_view(key).substr(0, key.find(' ')));
  uint32_t id = keys_->Insert(key);
  if (id == key_matches_.size()) key_matches_.emplace_back();
  KeyMatches& km = key_matches_[id];
  for (uint32_t link = km.first; link != 0; link = chain_[link - 1].next) {
    if (chain_[link - 1].match.entry == entry) return;  // an alias folding to a known name
  }
  chain_.push_back({GazetteerMatch{entry, alias, IsAcronym(name)}, km.first});
  km.first = static_cast<uint32_t>(chain_.size());
  ++km.count;
}

void Gazetteer::Compact() {
  matches_.resize(chain_.size());
  uint32_t offset = 0;
  for (KeyMatches& km : key_matches_) {
    // The chain runs newest first; lay it out in table order.
    uint32_t at = offset + km.count;
    for (uint32_t link = km.first; link != 0; link = chain_[link - 1].next) {
      matches_[--at] = chain_[link - 1].match;
    }
    km.first = offset;
    offset += km.count;
  }
  chain_.clear();
  chain_.shrink_to_fit();
}

bool Gazetteer::StartsLongerName(std::string_view key) const {
  return long_name_starts_->Find(key) != StringIndex::kMissing;
}

std::span<const GazetteerMatch> Gazetteer::Lookup(std::string_view key) const {
  uint32_t id = keys_->Find(key);
  if (id == StringIndex::kMissing) return {};
  const KeyMatches& km = key_matches_[id];
  return std::span<const GazetteerMatch>(matches_).subspan(km.first, km.count);
}

}  // namespace annalist
