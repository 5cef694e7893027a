#include "extract/grammar.h"

namespace annalist {
namespace {

constexpr uint32_t kMaxPhraseTokens = 10;

bool IsPossessive(const Token& t) { return t.norm == "'S" || t.norm == "'"; }

}  // namespace

Status Grammar::Load(const std::string& data_dir, Grammar* out) {
  return PhraseLists::Load(ExtractDataFile(data_dir, "grammar.txt"), &out->lists_);
}

bool Grammar::IsPronoun(const Token& t) const {
  static constexpr std::string_view kPronouns[] = {"pronoun-male", "pronoun-female",
                                                   "pronoun-group"};
  return IsAny(kPronouns, t);
}

bool Grammar::IsNameWord(const Token& t) const {
  static constexpr std::string_view kNotInNames[] = {"determiner", "stop", "pronoun-male",
                                                     "pronoun-female", "pronoun-group"};
  return t.kind == TokenKind::kWord && t.capitalized && !IsAny(kNotInNames, t);
}

// A word that may continue a noun phrase (its boundaries are checked by the
// callers).
bool Grammar::IsPhraseWord(const Document& doc, uint32_t t) const {
  const Token& tok = doc.tokens[t];
  if (IsPossessive(tok)) return true;
  if (tok.kind != TokenKind::kWord) return false;
  static constexpr std::string_view kFunctionWords[] = {"stop", "auxiliary"};
  return !IsAny(kFunctionWords, tok);
}

TokenRange Grammar::PhraseBefore(const Document& doc, uint32_t floor, uint32_t end) const {
  uint32_t begin = end;
  while (begin > floor && end - begin < kMaxPhraseTokens) {
    uint32_t t = begin - 1;
    const Token& tok = doc.tokens[t];
    if (InTimeExpression(doc, tok.span)) break;
    if (IsPronoun(tok)) {
      if (begin == end) begin = t;  // "she" is a phrase of its own
      break;
    }
    if (Is("determiner", tok)) {
      if (begin == end) break;
      begin = t;
      // "spokeswoman for the Electoral Commission": the phrase goes on.
      if (t > floor + 1 && Is("inner-preposition", doc.tokens[t - 1])) continue;
      break;  // "the" opens the phrase
    }
    bool inner = (Is("inner-preposition", tok) || tok.norm == "AND") && begin < end &&
                 t > floor && IsPhraseWord(doc, t - 1);
    if (tok.norm == "AND" && inner) {
      // "and" only joins capitalised words inside a name.
      inner = doc.tokens[t - 1].capitalized && doc.tokens[begin].capitalized;
    }
    if (!inner && !IsPhraseWord(doc, t)) break;
    begin = t;
  }
  return TokenRange{begin, end};
}

TokenRange Grammar::PhraseAfter(const Document& doc, uint32_t start, uint32_t limit) const {
  uint32_t end = start;
  if (end < limit && Is("determiner", doc.tokens[end])) ++end;
  while (end < limit && end - start < kMaxPhraseTokens) {
    const Token& tok = doc.tokens[end];
    bool inner = (Is("inner-preposition", tok) || tok.norm == "AND") && end > start &&
                 end + 1 < limit && IsPhraseWord(doc, end + 1);
    if (tok.norm == "AND" && inner) {
      inner = doc.tokens[end - 1].capitalized && doc.tokens[end + 1].capitalized;
    }
    if (!inner && !IsPhraseWord(doc, end)) break;
    ++end;
  }
  return TokenRange{start, end};
}

TokenRange Grammar::SubjectBefore(const Document& doc, uint32_t floor, uint32_t verb) const {
  uint32_t end = verb;
  while (end > floor && Is("auxiliary", doc.tokens[end - 1])) --end;
  if (end == floor) return TokenRange{end, end};
  const Token& before = doc.tokens[end - 1];
  if (Is("relative", before) && end - 1 > floor && IsPunct(doc.tokens[end - 2], ",")) {
    return PhraseBefore(doc, floor, end - 2);  // "Beijing, which said"
  }
  if (!IsPunct(before, ",")) {
    TokenRange phrase = PhraseBefore(doc, floor, end);
    // "Colin Asplin, Blackpool Hotel Association said": a name opening the
    // clause, then its role.
    if (phrase.begin > floor + 2 && IsPunct(doc.tokens[phrase.begin - 1], ",") &&
        !Is("determiner", doc.tokens[phrase.begin])) {
      TokenRange name{floor, phrase.begin - 1};
      bool plain_name = name.size() >= 2 && name.size() <= 4;
      for (uint32_t t = name.begin; t < name.end && plain_name; ++t) {
        plain_name = IsNameWord(doc.tokens[t]);
      }
      if (plain_name) return name;
    }
    return phrase;
  }
  // An apposition: "X, <role or name>, said". Prefer a plain name between
  // the commas ("The BBC's correspondent, Rachel Harvey, said"), else X.
  uint32_t close = end - 1;
  uint32_t open = close;
  while (open > floor && close - open < 16 && !IsPunct(doc.tokens[open - 1], ",")) --open;
  if (open == floor || open == close) return TokenRange{close, close};
  bool plain_name = close - open <= 4;
  for (uint32_t t = open; t < close && plain_name; ++t) plain_name = IsNameWord(doc.tokens[t]);
  if (plain_name) return TokenRange{open, close};
  return PhraseBefore(doc, floor, open - 1);
}

TokenRange Grammar::Head(const Document& doc, TokenRange phrase) const {
  while (!phrase.empty() && (Is("determiner", doc.tokens[phrase.begin]) ||
                             Is("inner-preposition", doc.tokens[phrase.begin]))) {
    ++phrase.begin;
  }
  if (phrase.empty() || !IsNameWord(doc.tokens[phrase.end - 1])) return phrase;
  uint32_t name = phrase.end - 1;
  while (name > phrase.begin && IsNameWord(doc.tokens[name - 1])) --name;
  uint32_t before = name;
  if (before > phrase.begin + 1 && Is("determiner", doc.tokens[before - 1])) --before;
  if (before > phrase.begin && Is("inner-preposition", doc.tokens[before - 1])) return phrase;
  if (name > phrase.begin && IsPossessive(doc.tokens[name - 1])) return phrase;
  return TokenRange{name, phrase.end};
}

Gender Grammar::GenderOf(const Document& doc, TokenRange r) const {
  for (uint32_t t = r.begin; t < r.end; ++t) {
    const Token& tok = doc.tokens[t];
    if (!lists_.StartsPhrase(tok.norm)) continue;  // in no list: one lookup, not six
    std::string_view title = lists_.ValueOf("title", tok.norm);
    if (title == "male" || Is("role-male", tok) || Is("pronoun-male", tok)) return Gender::kMale;
    if (title == "female" || Is("role-female", tok) || Is("pronoun-female", tok) ||
        (tok.capitalized && Is("female-name", tok))) {
      return Gender::kFemale;
    }
  }
  return Gender::kUnknown;
}

}  // namespace annalist
