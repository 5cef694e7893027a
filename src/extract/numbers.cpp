#include "extract/numbers.h"

#include <charconv>

namespace annalist {
namespace {

double ValueOf(std::string_view text) {
  double v = 0;
  std::from_chars(text.data(), text.data() + text.size(), v);
  return v;
}

bool StartsWithDigits(const Token& t) {
  return t.kind == TokenKind::kNumber || (!t.norm.empty() && t.norm[0] >= '0' && t.norm[0] <= '9');
}

// Digits with thousands separators and a decimal part, then letters.
NumberMatch ReadDigits(const Token& t, const PhraseLists& numbers) {
  NumberMatch m;
  std::string digits;
  size_t i = 0;
  const std::string& norm = t.norm;
  for (; i < norm.size(); ++i) {
    char c = norm[i];
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c == '.' && i + 1 < norm.size() && norm[i + 1] >= '0' && norm[i + 1] <= '9') {
      digits += c;
    } else if (c != ',') {
      break;
    }
  }
  if (digits.empty()) return m;
  m.length = 1;
  m.digits = true;
  m.value = ValueOf(digits);
  std::string_view rest = std::string_view(norm).substr(i);
  if (!rest.empty() && rest.front() == '-') rest.remove_prefix(1);
  if (rest == "ST" || rest == "ND" || rest == "RD" || rest == "TH") {
    m.ordinal = true;
  } else if (std::string_view mult = numbers.ValueOf("multiplier", std::string(rest));
             !rest.empty() && !mult.empty()) {
    m.value *= ValueOf(mult);
    m.multiplied = true;
  } else {
    m.suffix = std::string(rest);
  }
  return m;
}

// "two million", "half a million", "twenty-five", "a hundred".
NumberMatch ReadWords(const Document& doc, const PhraseLists& numbers, uint32_t i,
                      uint32_t end) {
  NumberMatch m;
  double total = 0, current = 0;
  bool any = false;
  uint32_t t = i;
  for (; t < end; ++t) {
    const std::string& norm = doc.tokens[t].norm;
    std::string_view small = numbers.ValueOf("number", norm);
    std::string_view mult = numbers.ValueOf("multiplier", norm);
    size_t dash = norm.find('-');
    if (small.empty() && dash != std::string::npos) {  // "TWENTY-FIVE"
      std::string_view tens = numbers.ValueOf("number", norm.substr(0, dash));
      std::string_view units = numbers.ValueOf("number", norm.substr(dash + 1));
      if (!tens.empty() && !units.empty()) {
        current += ValueOf(tens) + ValueOf(units);
        any = true;
        continue;
      }
    }
    if (!small.empty()) {
      current += ValueOf(small);
      any = true;
    } else if (!mult.empty() && doc.tokens[t].kind == TokenKind::kWord && norm.size() > 2) {
      double factor = ValueOf(mult);
      if (!any) current = 1;  // "a million" (the "a" was skipped below)
      current *= factor;
      any = true;
      m.multiplied = true;
      if (factor >= 1000) {
        total += current;
        current = 0;
      }
    } else if (norm == "A" && any && t + 1 < end &&
               !numbers.ValueOf("multiplier", doc.tokens[t + 1].norm).empty()) {
      continue;  // "half a million"
    } else if (norm == "A" && !any && t + 1 < end &&
               !numbers.ValueOf("multiplier", doc.tokens[t + 1].norm).empty() &&
               doc.tokens[t + 1].norm.size() > 2) {
      continue;  // "a million"
    } else if (norm == "AND" && any && t + 1 < end &&
               !numbers.ValueOf("number", doc.tokens[t + 1].norm).empty() && current >= 100) {
      continue;  // "two hundred and fifty"
    } else {
      break;
    }
  }
  if (!any) return m;
  m.length = t - i;
  m.value = total + current;
  return m;
}

}  // namespace

bool MayStartNumber(const Token& t, const PhraseLists& numbers) {
  if (StartsWithDigits(t)) return true;
  if (t.kind != TokenKind::kWord) return false;  // ReadNumber reads words or digits
  return t.norm == "A" || numbers.StartsPhrase(t.norm) || t.norm.find('-') != std::string::npos;
}

NumberMatch ReadNumber(const Document& doc, const PhraseLists& numbers, uint32_t i,
                       uint32_t end) {
  if (i >= end || !MayStartNumber(doc.tokens[i], numbers)) return NumberMatch{};
  const Token& t = doc.tokens[i];
  if (StartsWithDigits(t)) {
    NumberMatch m = ReadDigits(t, numbers);
    if (m.length == 0) return m;
    // "1.4 million", "$2 bn"
    if (!m.multiplied && m.suffix.empty() && !m.ordinal && i + 1 < end) {
      std::string_view mult = numbers.ValueOf("multiplier", doc.tokens[i + 1].norm);
      if (!mult.empty() && doc.tokens[i + 1].kind == TokenKind::kWord) {
        m.value *= ValueOf(mult);
        m.multiplied = true;
        m.length = 2;
      }
    }
    return m;
  }
  if (t.kind != TokenKind::kWord) return NumberMatch{};
  return ReadWords(doc, numbers, i, end);
}

}  // namespace annalist
