#include "claims/claim_stage.h"

#include "claims/denial_targets.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace annalist {
namespace {

constexpr size_t kMinTopicWords = 2;
constexpr uint32_t kClaimNounDistance = 4;  // "rejected all of the claims"
constexpr size_t kMinTopicWordLength = 4;

bool IsAccusation(const Event& e) {
  return e.cameo.starts_with("112") || e.plover == "ACCUSE";
}

std::string LastWordLower(std::string_view text) {
  while (!text.empty() && !std::isalnum(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  size_t space = text.find_last_of(" \n");
  std::string word(space == std::string_view::npos ? text : text.substr(space + 1));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return word;
}

// A crude stem so that "shelled" and "shelling" share a topic word.
std::string Stem(std::string_view word) {
  for (std::string_view suffix : {"ING", "ED", "ES", "S"}) {
    if (word.size() >= suffix.size() + kMinTopicWordLength && word.ends_with(suffix)) {
      word.remove_suffix(suffix.size());
      break;
    }
  }
  return std::string(word);
}

uint32_t ActorAt(const Document& doc, Span span) {
  return span.empty() ? kNone : ActorIndex(doc).FindOverlapping(span);
}

}  // namespace

Status ClaimStage::Create(const std::string& data_dir, std::unique_ptr<ClaimStage>* out) {
  auto stage = std::unique_ptr<ClaimStage>(new ClaimStage());
  ANNALIST_RETURN_IF_ERROR(
      PhraseLists::Load(ExtractDataFile(data_dir, "claim-cues.txt"), &stage->cues_));
  ANNALIST_RETURN_IF_ERROR(Grammar::Load(data_dir, &stage->grammar_));
  *out = std::move(stage);
  return Status::OK();
}

std::set<std::string> ClaimStage::TopicWords(const Document& doc, Span span) const {
  std::set<std::string> words;
  for (uint32_t t = FirstTokenAtOrAfter(doc, span.begin);
       t < doc.tokens.size() && doc.tokens[t].span.end <= span.end; ++t) {
    const Token& tok = doc.tokens[t];
    std::string_view base = BaseForm(tok.norm);
    static constexpr std::string_view kFunctionWords[] = {"stop", "auxiliary", "determiner"};
    static constexpr std::string_view kCueWords[] = {"assert", "deny", "support", "claim-noun"};
    if (tok.kind != TokenKind::kWord || base.size() < kMinTopicWordLength ||
        grammar_.IsAny(kFunctionWords, tok) ||
        !cues_.SectionOf(kCueWords, tok.norm).empty()) {
      continue;
    }
    words.insert(Stem(base));
  }
  return words;
}

std::string ClaimStage::PartyKey(const Document& doc, const ClaimParty& p) const {
  if (p.actor != kNone && p.actor < doc.actors.size()) {
    const ActorMention& a = doc.actors[p.actor];
    return LastWordLower(a.name.empty() ? doc.SpanText(a.span) : a.name);
  }
  return LastWordLower(doc.SpanText(p.span));
}

void ClaimStage::AddQuoteClaims(const Document& doc, std::vector<Open>* open) const {
  for (uint32_t qi = 0; qi < doc.quotes.size(); ++qi) {
    const Quote& q = doc.quotes[qi];
    if (q.cue.empty()) continue;
    uint32_t cue = FirstTokenAtOrAfter(doc, q.cue.begin);
    if (cue >= doc.tokens.size() || !cues_.Contains("assert", doc.tokens[cue].norm)) continue;
    Open c;
    ClaimParty by{q.speaker_actor, kNone, q.speaker.empty() ? q.cue : q.speaker};
    for (uint32_t ei = 0; ei < doc.events.size(); ++ei) {
      const Event& e = doc.events[ei];
      if (IsAccusation(e) && Overlaps(e.evidence.span, q.cue)) {
        by.event = ei;
        if (e.target.actor != kNone) c.target = PartyKey(doc, ClaimParty{e.target.actor, kNone, {}});
      } else if (e.quote == qi && c.claim.proposition_event == kNone && !IsAccusation(e)) {
        c.claim.proposition_event = ei;
      }
    }
    c.claim.proposition = q.content;
    c.claim.asserted_by.push_back(by);
    c.asserted_at = q.cue.begin;
    c.topic = TopicWords(doc, q.content);
    c.asserters.push_back(PartyKey(doc, by));
    open->push_back(std::move(c));
  }
}

void ClaimStage::AddEventClaims(const Document& doc, std::vector<Open>* open) const {
  for (uint32_t ei = 0; ei < doc.events.size(); ++ei) {
    const Event& e = doc.events[ei];
    if (!IsAccusation(e) || e.sentence >= doc.sentences.size()) continue;
    bool covered = std::any_of(open->begin(), open->end(), [&](const Open& c) {
      return !c.claim.asserted_by.empty() && c.claim.asserted_by[0].event == ei;
    });
    if (covered) continue;
    Open c;
    ClaimParty by{e.source.actor, ei, e.evidence.span};
    Span sentence = doc.sentences[e.sentence].span;
    // What is alleged: the next event of the sentence, else the words after the verb.
    for (uint32_t other = 0; other < doc.events.size(); ++other) {
      const Event& o = doc.events[other];
      if (other != ei && o.sentence == e.sentence && !IsAccusation(o) &&
          o.evidence.span.begin > e.evidence.span.begin) {
        c.claim.proposition_event = other;
        break;
      }
    }
    c.claim.proposition = Span{e.evidence.span.end, sentence.end};
    c.claim.asserted_by.push_back(by);
    c.asserted_at = e.evidence.span.begin;
    c.topic = TopicWords(doc, c.claim.proposition);
    if (e.target.actor != kNone) c.target = PartyKey(doc, ClaimParty{e.target.actor, kNone, {}});
    c.asserters.push_back(PartyKey(doc, by));
    open->push_back(std::move(c));
  }
}

ClaimParty ClaimStage::ResponseParty(const Document& doc, const Sentence& s, uint32_t t,
                                     uint32_t length, bool party_follows) const {
  Span cue = SpanOf(doc, TokenRange{t, t + length});
  for (const Quote& q : doc.quotes) {  // the quotes stage already found the speaker
    if (!q.speaker.empty() && Overlaps(q.cue, cue)) return ClaimParty{q.speaker_actor, kNone, q.speaker};
  }
  TokenRange phrase = party_follows ? grammar_.PhraseAfter(doc, t + length, s.end_token)
                                    : grammar_.SubjectBefore(doc, s.first_token, t);
  Span span = SpanOf(doc, grammar_.Head(doc, phrase));
  if (span.empty()) span = cue;
  return ClaimParty{ActorAt(doc, span), kNone, span};
}

ClaimStage::Open* ClaimStage::ChooseClaim(const Document& doc, std::vector<Open>* open,
                                          uint32_t at, bool names_claim, Response kind,
                                          const std::string& party,
                                          const std::set<std::string>& topic) const {
  Open* latest = nullptr;
  Open* best = nullptr;
  size_t best_shared = 0;
  for (Open& c : *open) {
    if (c.asserted_at >= at) continue;
    if (std::find(c.asserters.begin(), c.asserters.end(), party) != c.asserters.end()) continue;
    if (latest == nullptr || c.asserted_at > latest->asserted_at) latest = &c;
    if (kind == Response::kDeny && !c.target.empty() && c.target == party) return &c;
    size_t shared = 0;
    for (const std::string& w : topic) shared += c.topic.count(w);
    if (shared >= kMinTopicWords && shared >= best_shared) {
      best = &c;
      best_shared = shared;
    }
  }
  if (names_claim && latest != nullptr) return latest;
  return best;
}

void ClaimStage::AttachResponses(const Document& doc, std::vector<Open>* open) const {
  for (const Sentence& s : doc.sentences) {
    std::optional<std::set<std::string>> topic;  // read when a cue is found
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      if (!cues_.StartsPhrase(doc.tokens[t].norm)) continue;
      PhraseLists::Match deny = cues_.MatchAt("deny", doc.tokens, t, s.end_token);
      PhraseLists::Match support = cues_.MatchAt("support", doc.tokens, t, s.end_token);
      if (deny.length == 0 && support.length == 0) continue;
      Response kind = deny.length != 0 ? Response::kDeny : Response::kSupport;
      uint32_t length = std::max(deny.length, support.length);
      // "according to a report by X": the party follows the cue.
      const std::string& last = doc.tokens[t + length - 1].norm;
      bool party_follows = last == "BY" || last == "FROM";
      ClaimParty party = ResponseParty(doc, s, t, length, party_follows);
      bool names_claim = party_follows;
      for (uint32_t n = t + length; n < s.end_token && n - (t + length) < kClaimNounDistance; ++n) {
        names_claim = names_claim || cues_.Contains("claim-noun", doc.tokens[n].norm);
      }
      uint32_t at = doc.tokens[t].span.begin;
      std::string key = PartyKey(doc, party);
      if (!topic) topic = TopicWords(doc, s.span);
      Open* c = ChooseClaim(doc, open, at, names_claim, kind, key, *topic);
      party.event = kNone;
      for (uint32_t ei = 0; ei < doc.events.size(); ++ei) {
        if (Overlaps(doc.events[ei].evidence.span, SpanOf(doc, TokenRange{t, t + length}))) {
          party.event = ei;
        }
      }
      if (c != nullptr) {
        (kind == Response::kDeny ? c->claim.denied_by : c->claim.supported_by).push_back(party);
      } else if (kind == Response::kDeny && t + length < s.end_token &&
                 doc.tokens[t + length].norm == "THAT") {
        Open own;  // "X denied that ...": a claim known only by its denial
        uint32_t end = s.end_token;
        while (end > t + length + 1 && doc.tokens[end - 1].kind == TokenKind::kPunct) --end;
        own.claim.proposition = SpanOf(doc, TokenRange{t + length + 1, end});
        own.claim.denied_by.push_back(party);
        own.asserted_at = at;
        own.topic = TopicWords(doc, own.claim.proposition);
        open->push_back(std::move(own));
      }
      t += length - 1;
    }
  }
}

Status ClaimStage::Process(Document* doc) const {
  doc->claims.clear();
  std::vector<Open> open;
  AddQuoteClaims(*doc, &open);
  AddEventClaims(*doc, &open);
  AttachResponses(*doc, &open);
  std::stable_sort(open.begin(), open.end(),
                   [](const Open& a, const Open& b) { return a.asserted_at < b.asserted_at; });
  for (Open& c : open) doc->claims.push_back(std::move(c.claim));
  TargetDenialsAtAccusers(doc);
  return Status::OK();
}

}  // namespace annalist
