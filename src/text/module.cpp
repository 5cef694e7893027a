// Minimal segmenter and tokenizer, to be replaced by the full text stage:
// sentences end at . ! ? followed by space and an upper-case letter; tokens are
// runs of letters/digits (with inner apostrophes, hyphens and periods) or
// single punctuation characters. ASCII-only upper-casing.
#include <cctype>

#include "core/modules.h"

namespace annalist {
namespace {

class SimpleTextStage : public Stage {
 public:
  std::string_view name() const override { return "segment"; }
  Status Process(Document* doc) const override {
    const std::string& t = doc->text;
    doc->tokens.clear();
    doc->sentences.clear();
    Sentence cur;
    size_t i = 0;
    auto word_char = [&](size_t k) {
      unsigned char c = t[k];
      return c >= 0x80 || std::isalnum(c);
    };
    while (i < t.size()) {
      unsigned char c = t[i];
      if (std::isspace(c)) { ++i; continue; }
      Token tok;
      tok.span.begin = static_cast<uint32_t>(i);
      if (word_char(i)) {
        size_t j = i;
        while (j < t.size() && (word_char(j) || ((t[j] == '\'' || t[j] == '-' || t[j] == '.') &&
                                                  j + 1 < t.size() && word_char(j + 1)))) {
          ++j;
        }
        tok.span.end = static_cast<uint32_t>(j);
        tok.kind = std::isdigit(c) ? TokenKind::kNumber : TokenKind::kWord;
        tok.capitalized = std::isupper(c);
        i = j;
      } else {
        tok.span.end = static_cast<uint32_t>(i + 1);
        tok.kind = TokenKind::kPunct;
        ++i;
      }
      tok.space_before = tok.span.begin == 0 || std::isspace((unsigned char)t[tok.span.begin - 1]);
      for (uint32_t k = tok.span.begin; k < tok.span.end; ++k) {
        tok.norm.push_back(static_cast<char>(std::toupper((unsigned char)t[k])));
      }
      bool ends = !doc->presegmented && tok.kind == TokenKind::kPunct &&
                  (c == '.' || c == '!' || c == '?');
      doc->tokens.push_back(std::move(tok));
      if (ends) {
        size_t k = i;
        while (k < t.size() && std::isspace((unsigned char)t[k])) ++k;
        if (k == t.size() || std::isupper((unsigned char)t[k]) || t[k] == '"') {
          cur.end_token = static_cast<uint32_t>(doc->tokens.size());
          cur.span = {doc->tokens[cur.first_token].span.begin, doc->tokens.back().span.end};
          doc->sentences.push_back(cur);
          cur = Sentence{};
          cur.first_token = static_cast<uint32_t>(doc->tokens.size());
        }
      }
    }
    if (cur.first_token < doc->tokens.size()) {
      cur.end_token = static_cast<uint32_t>(doc->tokens.size());
      cur.span = {doc->tokens[cur.first_token].span.begin, doc->tokens.back().span.end};
      doc->sentences.push_back(cur);
    }
    return Status::OK();
  }
};

}  // namespace

Status AddTextStages(const PipelineOptions&, Pipeline* pipeline) {
  pipeline->Add(std::make_unique<SimpleTextStage>());
  return Status::OK();
}

}  // namespace annalist
