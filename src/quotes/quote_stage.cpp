#include "quotes/quote_stage.h"

#include <algorithm>
#include <optional>

#include "quotes/speaker_resolver.h"

namespace annalist {
namespace {

// An unattributed quote continues the previous speaker when it follows within
// this many sentences (news style: a quote, then more of it unattributed).
constexpr uint32_t kContinuationSentences = 2;

// Quotes nested in a quote start at most this many quotes before it.
constexpr int kMaxEnclosingQuotes = 8;

uint32_t SpeakerActor(const SpanIndex& actors, Span name, Span phrase) {
  uint32_t actor = actors.FindOverlapping(name);
  return actor != kNone ? actor : actors.FindOverlapping(phrase);
}

// Event::quote for every event whose verb lies inside a quote's content,
// preferring the direct quote (its words are the speaker's own).
void LinkEvents(Document* doc) {
  const std::vector<Quote>& quotes = doc->quotes;  // sorted by content start
  for (Event& e : doc->events) {
    if (e.evidence.span.empty()) continue;
    auto after = std::upper_bound(quotes.begin(), quotes.end(), e.evidence.span.begin,
                                  [](uint32_t b, const Quote& q) { return b < q.content.begin; });
    uint32_t end = static_cast<uint32_t>(after - quotes.begin());
    uint32_t first = end > kMaxEnclosingQuotes ? end - kMaxEnclosingQuotes : 0;
    for (uint32_t q = first; q < end; ++q) {
      const Quote& quote = quotes[q];
      if (!Contains(quote.content, e.evidence.span)) continue;
      if (e.quote == kNone || (quote.direct && !doc->quotes[e.quote].direct)) e.quote = q;
    }
  }
}

// Whether a first-person pronoun inside `content` before the verb `verb` is
// the verb's subject: the last WE or I before it with no actor in between
// ("We continue to urge X" but not "we saw X attack Y").
bool FirstPersonSubject(const Document& doc, Span content, Span verb) {
  uint32_t pronoun_end = kNone;
  for (const Token& t : doc.tokens) {
    if (t.span.begin < content.begin || t.span.end > verb.begin) continue;
    if (t.norm == "WE" || t.norm == "I") pronoun_end = t.span.end;
  }
  if (pronoun_end == kNone) return false;
  for (const ActorMention& m : doc.actors) {
    if (m.span.begin >= pronoun_end && m.span.end <= verb.begin) return false;
  }
  return true;
}

// The coder has no actor for "we" or "I"; in a direct quote they are its
// speaker, so an event whose subject they are takes the speaker as source
// ("'We urge X to act,' she said" -> the speaker urges X).
void SpeakerAsFirstPersonSource(Document* doc) {
  for (Event& e : doc->events) {
    if (e.quote == kNone) continue;
    const Quote& quote = doc->quotes[e.quote];
    if (!quote.direct || quote.speaker_actor == kNone) continue;
    if (!FirstPersonSubject(*doc, quote.content, e.evidence.span)) continue;
    const ActorMention& speaker = doc->actors[quote.speaker_actor];
    e.source = {quote.speaker_actor, speaker.code, speaker.country, speaker.sector};
  }
}

}  // namespace

Status QuoteStage::Create(const std::string& data_dir, std::unique_ptr<QuoteStage>* out) {
  auto stage = std::unique_ptr<QuoteStage>(new QuoteStage());
  ANNALIST_RETURN_IF_ERROR(
      PhraseLists::Load(ExtractDataFile(data_dir, "speech-cues.txt"), &stage->lexicon_.cues));
  ANNALIST_RETURN_IF_ERROR(Grammar::Load(data_dir, &stage->lexicon_.grammar));
  *out = std::move(stage);
  return Status::OK();
}

Status QuoteStage::Process(Document* doc) const {
  doc->quotes.clear();
  std::vector<QuoteCandidate> candidates;
  std::vector<TokenRange> passages;
  FindDirectQuotes(*doc, lexicon_, &candidates, &passages);
  FindIndirectQuotes(*doc, lexicon_, passages, &candidates);
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const QuoteCandidate& a, const QuoteCandidate& b) {
                     return a.anchor < b.anchor;
                   });

  SpeakerResolver resolver(*doc, lexicon_.grammar);
  SpanIndex actors = ActorIndex(*doc);
  std::optional<ResolvedSpeaker> previous;  // the speaker of the latest attributed quote
  uint32_t previous_sentence = kNone;
  for (QuoteCandidate& c : candidates) {
    bool attributed = true;
    switch (c.attribution) {
      case QuoteCandidate::Attribution::kPhrase:
        previous = resolver.Resolve(c.speaker_phrase);
        break;
      case QuoteCandidate::Attribution::kSameSentence:
        attributed = previous.has_value() && previous_sentence == c.quote.sentence;
        break;
      case QuoteCandidate::Attribution::kContinuation:
        attributed = previous.has_value() && c.quote.sentence != kNone &&
                     c.quote.sentence >= previous_sentence &&
                     c.quote.sentence - previous_sentence <= kContinuationSentences;
        break;
    }
    if (attributed) {
      c.quote.speaker = SpanOf(*doc, previous->name);
      c.quote.speaker_actor =
          SpeakerActor(actors, c.quote.speaker, SpanOf(*doc, previous->phrase));
      previous_sentence = c.quote.sentence;
    }
    doc->quotes.push_back(c.quote);
  }
  std::stable_sort(doc->quotes.begin(), doc->quotes.end(), [](const Quote& a, const Quote& b) {
    return a.content.begin < b.content.begin;
  });
  LinkEvents(doc);
  SpeakerAsFirstPersonSource(doc);
  return Status::OK();
}

}  // namespace annalist
