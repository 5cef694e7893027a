// SpeakerResolver: turns the words that name a speaker into the full name.
//
//   "he" / "she"       -> the person named first in the previous sentence,
//                         else the latest speaker, of that gender (for "he"
//                         also of unknown gender), else the nearest earlier
//                         titled name of that gender ("Mrs Howard"), else
//                         (for "she") the latest speaker of unknown gender
//   "they" / "it"      -> the latest speaker that is not a person
//   "Mr Fox", "Fox"    -> the latest earlier full name ending in "Fox"
//                         ("Liam Fox"), unless the surname is used with both
//                         male and female titles in the article
//   "our correspondent", "the spokesman"
//                      -> the latest speaker introduced with that noun
//   anything else      -> its head (Grammar::Head)
//
// Calls must come in text order: each resolved speaker becomes context for
// the next.
#ifndef ANNALIST_SRC_QUOTES_SPEAKER_RESOLVER_H_
#define ANNALIST_SRC_QUOTES_SPEAKER_RESOLVER_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "extract/grammar.h"

namespace annalist {

struct ResolvedSpeaker {
  TokenRange phrase;  // as written at the quote
  TokenRange name;    // the full name (possibly earlier in the text)
  Gender gender = Gender::kUnknown;
  bool person = false;
};

class SpeakerResolver {
 public:
  SpeakerResolver(const Document& doc, const Grammar& grammar);

  ResolvedSpeaker Resolve(TokenRange phrase);
  // The latest resolved speaker, nullptr if none yet.
  const ResolvedSpeaker* latest() const { return history_.empty() ? nullptr : &history_.back(); }

 private:
  // A run of name words with its titles stripped ("Mr Liam Fox" -> "Liam Fox").
  struct NameRun {
    TokenRange written;  // with its titles
    TokenRange name;
    Gender gender = Gender::kUnknown;  // from its title or given name
  };

  void IndexNames();
  ResolvedSpeaker ResolvePronoun(TokenRange phrase, Gender gender, bool group) const;
  TokenRange FullName(TokenRange name, Gender title_gender) const;
  // The first person named in the sentence before the one holding token t
  // whose gender fits: the usual antecedent of a sentence-initial "he".
  const NameRun* PreviousSentenceSubject(uint32_t t, Gender gender) const;
  Gender SurnameGender(const std::string& surname) const;
  // A person rather than an organisation: the coder's actor kind when it has
  // a mention there, else a title, else two name words none of which is an
  // organisation word ("Royal Mail", "Labour Party").
  bool IsPerson(TokenRange name, bool titled) const;

  const Document& doc_;
  const Grammar& grammar_;
  SpanIndex actors_;
  std::vector<NameRun> names_;  // in text order
  // surname -> indices into names_ of full names (2+ words) ending in it
  std::unordered_map<std::string, std::vector<uint32_t>> full_names_;
  // surname -> bit 1 male title seen, bit 2 female title seen
  std::unordered_map<std::string, int> surname_titles_;
  std::vector<ResolvedSpeaker> history_;
};

}  // namespace annalist

#endif  // ANNALIST_SRC_QUOTES_SPEAKER_RESOLVER_H_
