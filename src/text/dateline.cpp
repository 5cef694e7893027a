#include "text/dateline.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace annalist {
namespace {

constexpr uint32_t kMaxDatelineTokens = 12;

bool IsDash(std::string_view text) {
  return text == "-" || text == "--" || text == "\u2013" || text == "\u2014";
}

// Datelines give the filing date in mixed case ("March 20", "Nov. 14").
bool IsMonthName(std::string_view norm) {
  static constexpr std::string_view kMonths[] = {
      "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER",
      "OCTOBER", "NOVEMBER", "DECEMBER", "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG",
      "SEP", "SEPT", "OCT", "NOV", "DEC"};
  while (!norm.empty() && norm.back() == '.') norm.remove_suffix(1);
  return std::find(std::begin(kMonths), std::end(kMonths), norm) != std::end(kMonths);
}

bool HasLowerCase(std::string_view text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return std::islower(static_cast<unsigned char>(c)); });
}

// The dateline that opens sentence `s`, or an empty span.
Span DatelineOpening(const Document& doc, const Sentence& s) {
  int depth = 0;  // inside "(Reuters)"
  uint32_t end = std::min(s.end_token, s.first_token + kMaxDatelineTokens);
  for (uint32_t t = s.first_token; t < end; ++t) {
    const Token& token = doc.tokens[t];
    std::string_view text = doc.SpanText(token.span);
    // A dash between words ("UN-backed") is a hyphen, not a dateline's end.
    bool spaced = token.space_before && (t + 1 == s.end_token || doc.tokens[t + 1].space_before);
    if (IsDash(text) && spaced) {
      if (t == s.first_token || depth > 0) return {};
      return {doc.tokens[s.first_token].span.begin, doc.tokens[t - 1].span.end};
    }
    if (text == "(") ++depth;
    if (text == ")" && depth > 0) --depth;
    if (depth == 0 && HasLowerCase(text) && !IsMonthName(token.norm)) return {};
  }
  return {};
}

// A headline is a first sentence without closing punctuation ("Kenya and
// Ethiopia to hold border talks"); the dateline opens the report under it.
bool IsHeadline(const Document& doc, const Sentence& s) {
  if (s.end_token == s.first_token) return false;
  std::string_view last = doc.SpanText(doc.tokens[s.end_token - 1].span);
  return last != "." && last != "!" && last != "?";
}

}  // namespace

Span FindDateline(const Document& doc) {
  if (doc.sentences.empty()) return {};
  Span found = DatelineOpening(doc, doc.sentences[0]);
  if (found.empty() && doc.sentences.size() > 1 && IsHeadline(doc, doc.sentences[0])) {
    found = DatelineOpening(doc, doc.sentences[1]);
  }
  return found;
}

}  // namespace annalist
