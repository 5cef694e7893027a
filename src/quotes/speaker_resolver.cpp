#include "quotes/speaker_resolver.h"

#include <algorithm>

namespace annalist {
namespace {

constexpr uint32_t kSubjectWindow = 4;  // tokens from a sentence's start
// How far back pronouns and descriptions look: so many speakers, so many names.
constexpr size_t kMaxSpeakersBack = 64;
constexpr size_t kMaxNamesBack = 256;

// The last `n` elements of `v`, newest first.
template <typename T>
auto NewestFirst(const std::vector<T>& v, size_t n) {
  struct Range {
    typename std::vector<T>::const_reverse_iterator b, e;
    auto begin() const { return b; }
    auto end() const { return e; }
  };
  return Range{v.rbegin(), v.rbegin() + static_cast<std::ptrdiff_t>(std::min(n, v.size()))};
}

bool Compatible(Gender wanted, Gender have) {
  return wanted == Gender::kUnknown || have == Gender::kUnknown || wanted == have;
}

}  // namespace

SpeakerResolver::SpeakerResolver(const Document& doc, const Grammar& grammar)
    : doc_(doc), grammar_(grammar), actors_(ActorIndex(doc)) {
  IndexNames();
}

void SpeakerResolver::IndexNames() {
  const auto& tokens = doc_.tokens;
  auto name_word = [&](uint32_t t) {
    return grammar_.IsNameWord(tokens[t]) && !InTimeExpression(doc_, tokens[t].span);
  };
  for (uint32_t t = 0; t < tokens.size();) {
    if (!name_word(t)) {
      ++t;
      continue;
    }
    // A run of name words; a title after a name word starts a new name
    // ("Minister Jack Straw", but "Labour's Mr Straw" -> "Mr Straw").
    uint32_t end = t + 1;
    while (end < tokens.size() && name_word(end) &&
           !(grammar_.Is("title", tokens[end]) && !grammar_.Is("title", tokens[end - 1]))) {
      ++end;
    }
    NameRun run;
    run.gender = grammar_.GenderOf(doc_, TokenRange{t, end});
    uint32_t first = t;
    bool titled = false;
    while (first + 1 < end && grammar_.Is("title", tokens[first])) {
      ++first;
      titled = true;
    }
    run.written = TokenRange{t, end};
    run.name = TokenRange{first, end};
    if (titled) {
      int bit = run.gender == Gender::kMale ? 1 : run.gender == Gender::kFemale ? 2 : 0;
      surname_titles_[tokens[end - 1].norm] |= bit;
    }
    if (run.name.size() >= 2) {
      full_names_[tokens[end - 1].norm].push_back(static_cast<uint32_t>(names_.size()));
    }
    names_.push_back(run);
    t = end;
  }
}

const SpeakerResolver::NameRun* SpeakerResolver::PreviousSentenceSubject(uint32_t t,
                                                                          Gender gender) const {
  uint32_t s = SentenceOfToken(doc_, t);
  if (s == kNone || s == 0) return nullptr;
  const Sentence& previous = doc_.sentences[s - 1];
  auto first = std::lower_bound(names_.begin(), names_.end(), previous.first_token,
                                [](const NameRun& r, uint32_t t) { return r.written.begin < t; });
  for (auto it = first; it != names_.end(); ++it) {
    const NameRun& run = *it;
    // Subject position: among the sentence's first few words.
    if (run.written.begin >= previous.first_token + kSubjectWindow ||
        run.written.begin >= previous.end_token) {
      break;
    }
    bool fits = gender == Gender::kFemale ? run.gender == Gender::kFemale
                                          : Compatible(gender, run.gender);
    bool titled = run.written.begin < run.name.begin;
    if (fits && IsPerson(run.name, titled)) return &run;
  }
  return nullptr;
}

bool SpeakerResolver::IsPerson(TokenRange name, bool titled) const {
  if (uint32_t actor = actors_.FindOverlapping(SpanOf(doc_, name)); actor != kNone) {
    return doc_.actors[actor].kind == ActorKind::kPerson;
  }
  if (titled) return true;
  for (uint32_t t = name.begin; t < name.end; ++t) {
    if (grammar_.Is("organization-word", doc_.tokens[t])) return false;
  }
  return name.size() >= 2;
}

Gender SpeakerResolver::SurnameGender(const std::string& surname) const {
  auto it = surname_titles_.find(surname);
  if (it == surname_titles_.end()) return Gender::kUnknown;
  return it->second == 1 ? Gender::kMale : it->second == 2 ? Gender::kFemale : Gender::kUnknown;
}

TokenRange SpeakerResolver::FullName(TokenRange name, Gender title_gender) const {
  uint32_t core = name.begin;
  while (core + 1 < name.end && grammar_.Is("title", doc_.tokens[core])) ++core;
  if (name.end - core != 1) return TokenRange{core, name.end};
  const std::string& surname = doc_.tokens[name.end - 1].norm;
  auto titles = surname_titles_.find(surname);
  if (title_gender != Gender::kUnknown && titles != surname_titles_.end() && titles->second == 3) {
    return name;  // "Mrs Howard" and "Mr Howard" are different people here
  }
  auto full = full_names_.find(surname);
  if (full == full_names_.end()) return name;
  for (auto it = full->second.rbegin(); it != full->second.rend(); ++it) {
    if (names_[*it].name.begin < name.begin) return names_[*it].name;
  }
  return name;
}

ResolvedSpeaker SpeakerResolver::ResolvePronoun(TokenRange phrase, Gender gender,
                                                bool group) const {
  ResolvedSpeaker r{phrase, phrase, gender, !group};
  if (group) {
    for (const ResolvedSpeaker& speaker : NewestFirst(history_, kMaxSpeakersBack)) {
    const ResolvedSpeaker* it = &speaker;
      if (!it->person) return ResolvedSpeaker{phrase, it->name, it->gender, false};
    }
    return r;
  }
  // "he": the latest person speaker not known to be female. "she": the
  // latest speaker known to be female (news names are mostly men's, so an
  // unknown gender is not taken for "she"), else the nearest earlier name
  // with a female title or given name.
  if (const NameRun* subject = PreviousSentenceSubject(phrase.begin, gender)) {
    return ResolvedSpeaker{phrase, FullName(subject->written, subject->gender), gender, true};
  }
  for (const ResolvedSpeaker& speaker : NewestFirst(history_, kMaxSpeakersBack)) {
    const ResolvedSpeaker* it = &speaker;
    bool fits = gender == Gender::kFemale ? it->gender == Gender::kFemale
                                          : Compatible(gender, it->gender);
    if (it->person && fits) return ResolvedSpeaker{phrase, it->name, it->gender, true};
  }
  for (const NameRun& run : NewestFirst(names_, kMaxNamesBack)) {
    const NameRun* it = &run;
    if (it->name.begin >= phrase.begin || it->gender != gender) continue;
    return ResolvedSpeaker{phrase, FullName(it->written, it->gender), gender, true};
  }
  // Last resort for "she": the latest person speaker not known to be male.
  for (const ResolvedSpeaker& speaker : NewestFirst(history_, kMaxSpeakersBack)) {
    const ResolvedSpeaker* it = &speaker;
    if (it->person && it->gender == Gender::kUnknown) {
      return ResolvedSpeaker{phrase, it->name, gender, true};
    }
  }
  return r;
}

ResolvedSpeaker SpeakerResolver::Resolve(TokenRange phrase) {
  TokenRange head = grammar_.Head(doc_, phrase);
  ResolvedSpeaker r{phrase, head, grammar_.GenderOf(doc_, phrase), false};
  if (head.size() == 1 && (grammar_.Is("pronoun-male", doc_.tokens[head.begin]) ||
                           grammar_.Is("pronoun-female", doc_.tokens[head.begin]) ||
                           grammar_.Is("pronoun-group", doc_.tokens[head.begin]))) {
    bool group = grammar_.Is("pronoun-group", doc_.tokens[head.begin]);
    r = ResolvePronoun(phrase, r.gender, group);
  } else if (!head.empty() && grammar_.IsNameWord(doc_.tokens[head.end - 1]) &&
             grammar_.IsNameWord(doc_.tokens[head.begin])) {
    r.name = FullName(head, r.gender);
    r.person = IsPerson(r.name, grammar_.Is("title", doc_.tokens[head.begin]));
    if (r.gender == Gender::kUnknown) {
      r.gender = SurnameGender(doc_.tokens[r.name.end - 1].norm);
    }
    if (r.gender == Gender::kUnknown) r.gender = grammar_.GenderOf(doc_, r.name);
  } else if (!head.empty() && phrase.begin < head.begin &&
             grammar_.Is("definite", doc_.tokens[phrase.begin])) {
    // "our correspondent", "the spokesman": someone introduced by that noun.
    const std::string& noun = doc_.tokens[head.end - 1].norm;
    for (const ResolvedSpeaker& speaker : NewestFirst(history_, kMaxSpeakersBack)) {
    const ResolvedSpeaker* it = &speaker;
      bool same = false;
      for (uint32_t t = it->phrase.begin; t < it->phrase.end && !same; ++t) {
        same = doc_.tokens[t].norm == noun;
      }
      if (same) {
        history_.push_back(ResolvedSpeaker{phrase, it->name, it->gender, it->person});
        return history_.back();
      }
    }
    // "the party" -> the latest earlier name with that word ("Labour Party").
    for (const NameRun& run : NewestFirst(names_, kMaxNamesBack)) {
      const NameRun* it = &run;
      if (it->name.begin >= phrase.begin || it->name.size() < 2) continue;
      if (doc_.tokens[it->name.end - 1].norm == noun) {
        r.name = it->name;
        break;
      }
    }
  }
  if (r.gender != Gender::kUnknown) r.person = true;
  history_.push_back(r);
  return r;
}

}  // namespace annalist
