#include "dictionary/code_block.h"

#include "text/ascii.h"

namespace annalist {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::string Squeeze(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (!IsAsciiSpace(c)) out.push_back(AsciiUpper(c));
  }
  return out;
}

bool IsCodeChar(char c) { return IsAsciiAlnum(c) || c == '/'; }

}  // namespace

SpecialCode ClassifySpecial(std::string_view code) {
  // Most codes are not special: decided by the first character that is not
  // a blank, without building the squeezed copy (this runs for every code
  // block of the actor files).
  std::string_view trimmed = Trim(code);
  if (trimmed.empty() || (trimmed[0] != '-' && trimmed[0] != '#' && trimmed[0] != '+')) {
    return SpecialCode::kNone;
  }
  std::string s = Squeeze(code);
  if (s == "---") return SpecialCode::kNull;
  if (s == "###") return SpecialCode::kDiscard;
  if (s == "+++") return SpecialCode::kComplex;
  return SpecialCode::kNone;
}

bool DatedCode::Applies(int date) const {
  switch (restriction) {
    case Restriction::kNone: return true;
    case Restriction::kUntil: return date <= until;
    case Restriction::kFrom: return date >= from;
    case Restriction::kBetween: return date >= from && date <= until;
  }
  return false;
}

bool SplitCodeBlocks(std::string_view line, std::string_view* phrase,
                     std::vector<std::string_view>* blocks, std::string* error) {
  blocks->clear();
  size_t open = line.find('[');
  size_t semi = line.find(';');
  if (open == std::string_view::npos || (semi != std::string_view::npos && semi < open)) {
    *phrase = Trim(line.substr(0, semi));
    return true;
  }
  *phrase = Trim(line.substr(0, open));
  size_t i = open;
  while (i < line.size()) {
    char c = line[i];
    if (c == ';') break;
    if (c == '[') {
      size_t close = line.find(']', i);
      if (close == std::string_view::npos) {
        *error = "missing ']'";
        return false;
      }
      blocks->push_back(line.substr(i + 1, close - i - 1));
      i = close + 1;
      continue;
    }
    ++i;
  }
  return true;
}

bool ParseEventCode(std::string_view block, EventCode* out, std::string* error) {
  *out = EventCode{};
  std::string s = Squeeze(block);
  out->special = ClassifySpecial(s);
  if (out->special != SpecialCode::kNone) return true;
  while (!s.empty() && (s.back() == '?' || s.back() == '!')) {
    (s.back() == '?' ? out->subordinate : out->dominant) = true;
    s.pop_back();
  }
  size_t colon = s.find(':');
  out->code = s.substr(0, colon);
  if (colon != std::string::npos) out->paired = s.substr(colon + 1);
  for (const std::string* c : {&out->code, &out->paired}) {
    for (char ch : *c) {
      if (!IsAsciiAlnum(ch)) {
        *error = "bad character in event code [" + std::string(block) + "]";
        return false;
      }
    }
  }
  if (out->code.empty()) {
    *error = "empty event code";
    return false;
  }
  return true;
}

bool ParseDictionaryDate(std::string_view s, bool four_digit_years, int* yyyymmdd) {
  if (s.size() != 6 && s.size() != 8) return false;
  for (char c : s) {
    if (!IsAsciiDigit(c)) return false;
  }
  auto number = [](std::string_view digits) {
    int n = 0;
    for (char c : digits) n = n * 10 + (c - '0');
    return n;
  };
  int year, rest = number(s.substr(s.size() - 4));
  if (s.size() == 8) {
    year = number(s.substr(0, 4));
  } else {
    int yy = number(s.substr(0, 2));
    year = four_digit_years ? yy : (yy <= 30 ? 2000 + yy : 1900 + yy);
  }
  int month = rest / 100, day = rest % 100;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  *yyyymmdd = year * 10000 + rest;
  return true;
}

bool ParseDatedCode(std::string_view block, bool four_digit_years, DatedCode* out,
                    std::string* error) {
  *out = DatedCode{};
  std::string_view s = Trim(block);
  // The code is the leading run of code characters (or a special code).
  size_t n = 0;
  if (s.size() >= 3 && (ClassifySpecial(s.substr(0, 3)) != SpecialCode::kNone)) {
    n = 3;
  } else if (s.size() >= 5 && ClassifySpecial(s.substr(0, 5)) != SpecialCode::kNone) {
    n = 5;  // "- - -"
  } else {
    while (n < s.size() && IsCodeChar(s[n])) ++n;
  }
  std::string code = Squeeze(s.substr(0, n));
  std::string rest = Squeeze(s.substr(n));
  bool code_is_date = !code.empty() && rest.empty() == false && code.find_first_not_of("0123456789") == std::string::npos;
  if (code.empty() || code_is_date ||
      (code.find_first_not_of("0123456789") == std::string::npos && code.size() >= 6)) {
    *error = "no code in [" + std::string(block) + "]";
    return false;
  }
  out->code = code;
  out->special = ClassifySpecial(code);
  if (rest.empty()) return true;
  int a = 0, b = 0;
  if (rest[0] == '<' || rest[0] == '>') {
    if (!ParseDictionaryDate(std::string_view(rest).substr(1), four_digit_years, &a)) {
      *error = "bad date restriction in [" + std::string(block) + "]";
      return false;
    }
    out->restriction = rest[0] == '<' ? DatedCode::Restriction::kUntil
                                      : DatedCode::Restriction::kFrom;
    out->from = out->until = a;
    return true;
  }
  size_t dash = rest.find('-');
  if (dash == std::string::npos ||
      !ParseDictionaryDate(std::string_view(rest).substr(0, dash), four_digit_years, &a) ||
      !ParseDictionaryDate(std::string_view(rest).substr(dash + 1), four_digit_years, &b)) {
    *error = "bad date restriction in [" + std::string(block) + "]";
    return false;
  }
  out->restriction = DatedCode::Restriction::kBetween;
  out->from = a;
  out->until = b;
  return true;
}

}  // namespace annalist
