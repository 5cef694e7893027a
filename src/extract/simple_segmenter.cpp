#include "extract/simple_segmenter.h"

#include <string_view>

namespace annalist {
namespace {

bool IsAsciiAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsSpace(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
// Bytes of a UTF-8 letter outside ASCII are treated as letters.
bool IsWordByte(unsigned char c) { return IsAsciiAlpha(c) || c >= 0x80; }

size_t Utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

// Typographic punctuation (quotes, apostrophes, dashes) begins with 0xE2 0x80
// or is a guillemet; it is punctuation, not a letter.
bool IsTypographicPunct(std::string_view text, size_t i) {
  unsigned char c = text[i];
  if (c == 0xC2 && i + 1 < text.size()) {
    unsigned char d = text[i + 1];
    return d == 0xAB || d == 0xBB || d == 0xA3;  // « » £
  }
  return c == 0xE2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0x82;
}

std::string Normalize(std::string_view raw) {
  if (raw == "\xE2\x80\x9C" || raw == "\xE2\x80\x9D" || raw == "\xE2\x80\x9E" ||
      raw == "\xC2\xAB" || raw == "\xC2\xBB") {
    return "\"";
  }
  if (raw == "\xE2\x80\x98" || raw == "\xE2\x80\x99") return "'";
  if (raw == "\xE2\x80\x93" || raw == "\xE2\x80\x94") return "-";
  std::string norm;
  norm.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw.substr(i, 3) == "\xE2\x80\x99") {
      norm += '\'';
      i += 2;
      continue;
    }
    unsigned char c = raw[i];
    norm += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : static_cast<char>(c);
  }
  return norm;
}

void AddToken(Document* doc, size_t begin, size_t end, TokenKind kind) {
  Token t;
  t.span = Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
  t.kind = kind;
  std::string_view raw = std::string_view(doc->text).substr(begin, end - begin);
  t.norm = Normalize(raw);
  t.capitalized = !raw.empty() && raw[0] >= 'A' && raw[0] <= 'Z';
  t.space_before = begin == 0 || IsSpace(doc->text[begin - 1]);
  doc->tokens.push_back(std::move(t));
}

// Scans a word from `i`; returns its end. Inner apostrophes and hyphens stay
// unless the apostrophe starts a possessive "'s".
size_t ScanWord(std::string_view text, size_t i) {
  size_t j = i;
  while (j < text.size()) {
    unsigned char c = text[j];
    if (IsWordByte(c) && !IsTypographicPunct(text, j)) {
      j += Utf8Length(c);
      continue;
    }
    if (IsDigit(c)) {
      ++j;
      continue;
    }
    bool apostrophe = c == '\'' || text.substr(j, 3) == "\xE2\x80\x99";
    size_t width = c == '\'' ? 1 : 3;
    if ((apostrophe || c == '-') && j + width < text.size() &&
        IsWordByte(text[j + width]) && !IsTypographicPunct(text, j + width)) {
      bool possessive = apostrophe && (text[j + width] | 0x20) == 's' &&
                        (j + width + 1 >= text.size() || !IsWordByte(text[j + width + 1]));
      if (possessive) break;
      j += apostrophe ? width : 1;
      continue;
    }
    break;
  }
  return j;
}

size_t ScanNumber(std::string_view text, size_t i) {
  size_t j = i;
  while (j < text.size()) {
    unsigned char c = text[j];
    if (IsDigit(c)) {
      ++j;
    } else if ((c == ',' || c == '.') && j + 1 < text.size() && IsDigit(text[j + 1])) {
      ++j;
    } else if (IsAsciiAlpha(c) || c == '-') {
      j = ScanWord(text, j + (c == '-' ? 1 : 0));  // "1.13bn", "15-year-old"
      break;
    } else {
      break;
    }
  }
  return j;
}

void Tokenize(Document* doc) {
  std::string_view text = doc->text;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = text[i];
    if (IsSpace(c)) {
      ++i;
    } else if (IsDigit(c)) {
      size_t end = ScanNumber(text, i);
      AddToken(doc, i, end, TokenKind::kNumber);
      i = end;
    } else if (IsWordByte(c) && !IsTypographicPunct(text, i)) {
      size_t end = ScanWord(text, i);
      AddToken(doc, i, end, TokenKind::kWord);
      i = end;
    } else if ((c == '\'' || text.substr(i, 3) == "\xE2\x80\x99") &&
               i + (c == '\'' ? 1 : 3) < text.size() &&
               (text[i + (c == '\'' ? 1 : 3)] | 0x20) == 's' && i > 0 && IsWordByte(text[i - 1])) {
      size_t end = i + (c == '\'' ? 2 : 4);
      AddToken(doc, i, end, TokenKind::kWord);  // possessive "'s"
      i = end;
    } else {
      size_t end = i + Utf8Length(c);
      AddToken(doc, i, end, IsAsciiAlpha(c) ? TokenKind::kWord : TokenKind::kPunct);
      i = end;
    }
  }
}

bool EndsSentence(const Document& doc, uint32_t t) {
  const Token& tok = doc.tokens[t];
  if (tok.norm != "." && tok.norm != "?" && tok.norm != "!") return false;
  uint32_t next = t + 1;
  while (next < doc.tokens.size() && (doc.tokens[next].norm == "\"" || doc.tokens[next].norm == "'") &&
         !doc.tokens[next].space_before) {
    ++next;
  }
  if (next >= doc.tokens.size()) return true;
  const Token& n = doc.tokens[next];
  return n.space_before && (n.capitalized || n.norm == "\"" || n.kind == TokenKind::kNumber);
}

bool ParagraphBreakBefore(const Document& doc, uint32_t t) {
  if (t == 0) return false;
  std::string_view gap = std::string_view(doc.text).substr(
      doc.tokens[t - 1].span.end, doc.tokens[t].span.begin - doc.tokens[t - 1].span.end);
  return gap.find('\n') != std::string_view::npos;
}

}  // namespace

void SimpleSegment(Document* doc) {
  doc->tokens.clear();
  doc->sentences.clear();
  Tokenize(doc);
  uint32_t n = static_cast<uint32_t>(doc->tokens.size());
  uint32_t first = 0;
  auto close = [&](uint32_t end) {
    if (end <= first) return;
    Sentence s;
    s.first_token = first;
    s.end_token = end;
    s.span = Span{doc->tokens[first].span.begin, doc->tokens[end - 1].span.end};
    doc->sentences.push_back(s);
    first = end;
  };
  for (uint32_t t = 0; t < n; ++t) {
    if (t > first && ParagraphBreakBefore(*doc, t)) close(t);
    if (EndsSentence(*doc, t)) {
      uint32_t end = t + 1;
      while (end < n && (doc->tokens[end].norm == "\"" || doc->tokens[end].norm == "'") &&
             !doc->tokens[end].space_before) {
        ++end;
      }
      close(end);
      t = end - 1;
    }
  }
  close(n);
}

}  // namespace annalist
