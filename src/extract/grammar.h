// Grammar: closed-class English words (data/extract/grammar.txt) and the
// phrase finding built on them: the subject before a reporting verb, the
// phrase after a cue, and the name a phrase designates.
//
// The rules are shallow on purpose: they read token shapes (capitalisation,
// punctuation) and closed word classes only, so they cost a few comparisons
// per token and need no parser.
#ifndef ANNALIST_SRC_EXTRACT_GRAMMAR_H_
#define ANNALIST_SRC_EXTRACT_GRAMMAR_H_

#include <string>
#include <string_view>

#include "extract/lexical.h"
#include "extract/phrase_lists.h"

namespace annalist {

enum class Gender : uint8_t { kUnknown, kMale, kFemale };

class Grammar {
 public:
  // Loads <data_dir>/data/extract/grammar.txt.
  static Status Load(const std::string& data_dir, Grammar* out);

  // Whether the token's norm is a one-word phrase of `section` of grammar.txt.
  bool Is(std::string_view section, const Token& t) const {
    return lists_.Contains(section, t.norm);
  }
  // Whether it is a one-word phrase of any of `sections`: one lookup.
  bool IsAny(std::span<const std::string_view> sections, const Token& t) const {
    return !lists_.SectionOf(sections, t.norm).empty();
  }
  const PhraseLists& lists() const { return lists_; }

  bool IsPronoun(const Token& t) const;

  // A capitalised word that can be part of a name (not a capitalised
  // function word such as a sentence-initial "The").
  bool IsNameWord(const Token& t) const;

  // The noun phrase ending just before token `end`, not reaching before
  // `floor`: capitalised and lower-case words, possessives, "for"/"of"
  // inside a role ("spokesman for the council"), up to a determiner
  // (included) or a stop word, punctuation, number or time expression.
  TokenRange PhraseBefore(const Document& doc, uint32_t floor, uint32_t end) const;

  // The same, reading rightwards from `start` up to `limit`.
  TokenRange PhraseAfter(const Document& doc, uint32_t start, uint32_t limit) const;

  // The subject of the verb at token `verb`: skips auxiliaries and adverbs
  // before it ("has also said"), looks past an apposition between commas
  // ("Vince Cable, the party's spokesman, said") and replaces a relative
  // pronoun by its antecedent ("Beijing, which described").
  TokenRange SubjectBefore(const Document& doc, uint32_t floor, uint32_t verb) const;

  // The part of a phrase that names who it is: its trailing proper name
  // ("Tory co-chairman Liam Fox" -> "Liam Fox"), unless that name follows
  // "for"/"of" ("spokesman for Royal Mail" stays whole); never a leading
  // determiner.
  TokenRange Head(const Document& doc, TokenRange phrase) const;

  // Gender told by a title, a role noun or a given name in `r`.
  Gender GenderOf(const Document& doc, TokenRange r) const;

 private:
  bool IsPhraseWord(const Document& doc, uint32_t t) const;

  PhraseLists lists_;
};

}  // namespace annalist

#endif  // ANNALIST_SRC_EXTRACT_GRAMMAR_H_
