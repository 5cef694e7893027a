#include "text/tokenizer.h"

#include "text/char_class.h"
#include "text/utf8.h"

namespace annalist {
namespace {

struct CodePoint {
  char32_t c;
  uint32_t len;  // 0 past the end
  CharClass cls;
};

bool IsWordChar(CharClass cls) { return cls == CharClass::kLetter || cls == CharClass::kDigit; }

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  // The code point at `pos`; past the end it reads as a space of length 0 so
  // that look-ahead never needs a bounds check.
  CodePoint At(size_t pos) const {
    if (pos >= text_.size()) return {0, 0, CharClass::kSpace};
    unsigned char b = static_cast<unsigned char>(text_[pos]);
    if (b < 0x80) return {b, 1, ClassOf(b)};
    size_t len;
    char32_t c = DecodeUtf8(text_, pos, &len);
    CharClass cls = c == kReplacementChar && len == 1 ? CharClass::kSymbol : ClassOf(c);
    return {c, static_cast<uint32_t>(len), cls};
  }

  // "U.N.", "U.S.A.", "e.g.": at least two single letters each followed by a
  // period, and no letter right after. Returns the end, or 0 when no acronym.
  size_t ScanAcronym(size_t pos) const {
    size_t p = pos;
    int letters = 0;
    for (;;) {
      CodePoint letter = At(p);
      if (letter.cls != CharClass::kLetter) break;
      CodePoint period = At(p + letter.len);
      if (period.cls != CharClass::kPeriod) break;
      p += letter.len + period.len;
      ++letters;
    }
    if (letters < 2 || IsWordChar(At(p).cls)) return 0;
    return p;
  }

  // Extends a word over letters, digits, inner hyphens and inner apostrophes,
  // stopping before a possessive or contracted 's.
  size_t ContinueWord(size_t p) const {
    for (;;) {
      CodePoint cp = At(p);
      if (IsWordChar(cp.cls)) {
        p += cp.len;
      } else if (cp.cls == CharClass::kApostrophe) {
        CodePoint next = At(p + cp.len);
        if (next.cls != CharClass::kLetter) break;
        if (IsPossessiveAt(p)) break;
        p += cp.len + next.len;
      } else if (cp.cls == CharClass::kHyphen) {
        if (!IsWordChar(At(p + cp.len).cls)) break;
        p += cp.len;
      } else {
        break;
      }
    }
    return p;
  }

  // Digits with inner thousands separators or a decimal point ("6,500",
  // "1.13"), then any attached word ("1.13bn", "1990s", "15-year-old").
  size_t ScanNumber(size_t p) const {
    for (;;) {
      CodePoint cp = At(p);
      if (cp.cls == CharClass::kDigit) {
        p += cp.len;
      } else if ((cp.c == ',' || cp.c == '.') && At(p + 1).cls == CharClass::kDigit) {
        p += 1;
      } else {
        break;
      }
    }
    return ContinueWord(p);
  }

  // An apostrophe at `p` followed by s/S that ends the word: "Pakistan's".
  bool IsPossessiveAt(size_t p) const {
    CodePoint apostrophe = At(p);
    CodePoint s = At(p + apostrophe.len);
    if (s.c != 's' && s.c != 'S') return false;
    return !IsWordChar(At(p + apostrophe.len + 1).cls);
  }

 private:
  std::string_view text_;
};

// Upper-cases `word` into *out, writing apostrophes and hyphens in ASCII.
void NormalizeWord(std::string_view word, std::string* out) {
  out->reserve(word.size());
  size_t pos = 0;
  while (pos < word.size()) {
    unsigned char b = static_cast<unsigned char>(word[pos]);
    if (b < 0x80) {
      out->push_back(b >= 'a' && b <= 'z' ? static_cast<char>(b - 32) : static_cast<char>(b));
      ++pos;
      continue;
    }
    size_t len;
    char32_t c = DecodeUtf8(word, pos, &len);
    if (char ascii = AsciiPunctuationFor(c)) {
      out->push_back(ascii);
    } else if (c == kReplacementChar && len == 1) {
      AppendUtf8(kReplacementChar, out);
    } else {
      AppendUtf8(ToUpper(c), out);
    }
    pos += len;
  }
}

}  // namespace

bool EndsWithPeriod(const Token& token) {
  if (token.norm == ".") return true;
  return token.kind == TokenKind::kWord && token.norm.size() > 1 && token.norm.back() == '.';
}

void Tokenize(std::string_view text, std::vector<Token>* out) {
  Scanner scan(text);
  size_t pos = 0;
  bool space_before = true;
  while (pos < text.size()) {
    CodePoint cp = scan.At(pos);
    if (cp.cls == CharClass::kSpace) {
      pos += cp.len;
      space_before = true;
      continue;
    }
    Token tok;
    tok.space_before = space_before;
    space_before = false;
    size_t end = pos + cp.len;
    switch (cp.cls) {
      case CharClass::kLetter:
        tok.kind = TokenKind::kWord;
        end = scan.ScanAcronym(pos);
        if (end == 0) end = scan.ContinueWord(pos);
        tok.capitalized = IsUpperCase(cp.c);
        break;
      case CharClass::kDigit:
        tok.kind = TokenKind::kNumber;
        end = scan.ScanNumber(pos);
        break;
      case CharClass::kApostrophe:
        if (!tok.space_before && scan.IsPossessiveAt(pos)) {
          tok.kind = TokenKind::kWord;
          end = pos + cp.len + 1;
        } else {
          tok.kind = TokenKind::kPunct;
        }
        break;
      case CharClass::kPeriod:
        tok.kind = TokenKind::kPunct;
        if (text.substr(pos, 3) == "...") end = pos + 3;
        break;
      case CharClass::kHyphen:
        tok.kind = TokenKind::kPunct;
        if (text.substr(pos, 2) == "--") end = pos + 2;
        break;
      case CharClass::kSymbol:
        tok.kind = TokenKind::kSymbol;
        break;
      default:
        tok.kind = TokenKind::kPunct;
        break;
    }
    tok.span = {static_cast<uint32_t>(pos), static_cast<uint32_t>(end)};
    std::string_view raw = text.substr(pos, end - pos);
    if (tok.kind == TokenKind::kWord || tok.kind == TokenKind::kNumber) {
      NormalizeWord(raw, &tok.norm);
    } else if (cp.c == 0x2026) {
      tok.norm = "...";
    } else if (char ascii = AsciiPunctuationFor(cp.c)) {
      tok.norm.assign(1, ascii);
    } else if (cp.c == kReplacementChar && cp.len == 1) {
      AppendUtf8(kReplacementChar, &tok.norm);  // keeps norm valid UTF-8
    } else {
      tok.norm.assign(raw);
    }
    out->push_back(std::move(tok));
    pos = end;
  }
}

}  // namespace annalist
