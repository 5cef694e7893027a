// Document: one article as it flows through the pipeline.
//
// A Document starts as text plus metadata. Each pipeline stage reads what the
// stages before it wrote and appends its own layer: sentences and tokens, actor
// mentions, events, quotes, places, times, quantities, claims and tone. The
// record writer (annalist/record_io.h) turns a finished Document into the JSON
// record of shared/spec/article-json.md.
//
// Offsets: every span inside a Document is a half-open range of BYTE offsets
// into `text` (UTF-8). The writer converts them to the Unicode code point
// offsets that the output contract uses; stages never need to.
//
// Cross references between layers are indices into the Document's vectors
// (kNone when absent), so a Document can be copied and moved freely.
#ifndef ANNALIST_DOCUMENT_H_
#define ANNALIST_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annalist {

inline constexpr uint32_t kNone = UINT32_MAX;

// A half-open byte range [begin, end) of Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return begin >= end; }
};

// A calendar date; year 0 means unknown.
struct Date {
  int year = 0;
  int month = 0;  // 1..12, 0 when only the year is known
  int day = 0;    // 1..31, 0 when only year (and month) are known
  bool known() const { return year != 0; }
  // ISO 8601 form as far as it is known: "2024-11-14", "2024-07", "2023", or "".
  std::string ToString() const;
  // Parses "YYYY-MM-DD", "YYYY-MM", "YYYY", an RFC 3339 date-time (the date
  // part is kept) or TABARI's "YYMMDD" (years < 50 are 20xx). False on failure.
  static bool Parse(std::string_view s, Date* out);
  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kSymbol };

struct Token {
  Span span;            // bytes of the token in Document::text
  TokenKind kind = TokenKind::kWord;
  // Upper-cased, quote/dash-normalised form used for dictionary matching
  // ("Pakistan's" -> "PAKISTAN'S" is split by the tokenizer into "PAKISTAN"
  // and "'S"; curly apostrophes become "'").
  std::string norm;
  bool capitalized = false;      // first letter upper case in the text
  bool space_before = true;      // whitespace precedes it in the text
};

struct Sentence {
  Span span;
  uint32_t first_token = 0;  // tokens [first_token, end_token) of Document::tokens
  uint32_t end_token = 0;
  // Set by the coder when a dictionary phrase with the discard code [###] or
  // the complex code [+++] occurs in the sentence: no event is coded from it.
  bool discard = false;
  bool complex = false;
};

// A clause of a sentence as the coder sees it (set by the "clauses" stage):
// conjunction-delimited clauses of a compound sentence, and comma-delimited
// nonrestrictive clauses that are left out of coding.
struct Clause {
  uint32_t sentence = kNone;
  uint32_t first_token = 0, end_token = 0;  // tokens [first_token, end_token)
  bool nonrestrictive = false;             // comma-delimited; not coded
};

// Where a record came from: the words and the dictionary rule.
struct Evidence {
  Span span;               // the words that triggered the rule (e.g. the verb)
  std::string rule;        // the rule as written, e.g. "CALL ON + TO [020]"
  std::string dictionary;  // "file:line" of the rule, e.g. "verbs/appeal.verbs:12"
};

enum class ActorKind : uint8_t {
  kCountry, kPerson, kOrganization, kArmedGroup, kIgo, kPlaceMetonym, kOther
};
const char* ActorKindName(ActorKind kind);  // "country", "person", ...

struct ActorMention {
  Span span;
  uint32_t sentence = kNone;
  uint32_t first_token = 0, end_token = 0;
  std::string code;     // full CAMEO actor code, e.g. "PAKGOV"
  std::string country;  // ISO 3166 alpha-3 or IGO root, "" if none
  std::string sector;   // first sector code, e.g. "GOV", "" if none
  std::string name;     // canonical name, e.g. "Pakistan"
  ActorKind kind = ActorKind::kOther;
  uint32_t refers_to = kNone;  // antecedent mention for pronouns / short names
  // First mention of the compound actor ("Arnor, Gondor and Rohan", or a
  // coded compound such as [FRO/BIL]) this mention belongs to; kNone if none.
  uint32_t compound = kNone;
  Evidence evidence;           // dictionary entry that produced the code
};

// One side of an event: an actor mention and the code it had in this event
// (a compound actor or a paired code may give the same mention another code).
struct EventActor {
  uint32_t actor = kNone;  // index into Document::actors, kNone if none
  std::string code, country, sector;
};

struct Event {
  uint32_t sentence = kNone;
  EventActor source, target;
  std::string cameo;       // "020", "0231", ...
  std::string cameo_root;  // "02"
  int quad_class = 0;      // 1..4
  double goldstein = 0;
  std::string plover;      // "REQUEST"
  std::string plover_mode; // "" when none
  bool negated = false;
  Date date;               // when it happened (defaults to publication date)
  uint32_t place = kNone;  // index into Document::places
  uint32_t quote = kNone;  // index into Document::quotes if stated in a quote
  Evidence evidence;       // the verb span and the verb pattern
  double tone = 0;         // tone of the event's clause
  // Index into Document::claims when this event denies that claim and its
  // target was taken from the claim's accuser (claims/denial_targets.h).
  uint32_t target_from_claim = kNone;
};

struct Quote {
  uint32_t sentence = kNone;
  bool direct = false;
  Span speaker;                 // empty when unattributed
  uint32_t speaker_actor = kNone;
  Span cue;                     // "said", "warned", "according to"
  Span content;
};

enum class PlaceFeature : uint8_t { kCity, kAdmin1, kCountry, kRegion };
const char* PlaceFeatureName(PlaceFeature f);  // "city", "admin1", ...

struct Place {
  Span span;
  std::string name, country, admin1;
  PlaceFeature feature = PlaceFeature::kCity;
  double lat = 0, lon = 0;
  int64_t geonames_id = 0;  // 0 when unknown
};

struct TimeExpr {
  Span span;
  std::string value;  // TIMEX3 value: "2024-11-14", "2024-07", "2023", "P3D"
  std::string type;   // "DATE", "DURATION", "SET", "TIME"
};

struct Quantity {
  Span span;
  double value = 0;
  std::string about;        // what is counted, e.g. "TTP fighters"
  std::string approximate;  // "up to", "at least", "about", "" if exact
  std::string change;       // "increase", "decrease", "doubled", "" if none
  std::string unit;         // "%", "USD", "" if a plain count
  uint32_t event = kNone;   // event the count belongs to (killed, arrested...)
  // What analysts track, when the count is one of those: "killed",
  // "wounded", "arrested", "displaced", "kidnapped"; "" otherwise.
  std::string tracked;
};

// A reference to who took a position on a claim.
struct ClaimParty {
  uint32_t actor = kNone;   // index into Document::actors
  uint32_t event = kNone;   // the event or statement that expresses it
  Span span;                // the words (e.g. "denies", "a UN report")
};

struct Claim {
  uint32_t proposition_event = kNone;  // the event claimed to have happened
  Span proposition;                    // its words when no event was coded
  std::vector<ClaimParty> asserted_by, denied_by, supported_by;
};

struct ArticleError {
  std::string message;
};

class Document {
 public:
  // Metadata (from the input record).
  std::string id;
  std::string text;
  std::string title, url, source;
  Date published;
  bool published_inferred = false;  // true when inferred from the text
  // True when `text` was extracted from markup (HTML input): the record then
  // carries the text, since the offsets refer to it and not to the input.
  bool text_extracted = false;

  // When true the input was already one sentence per record (TABARI input):
  // the segmenter keeps it as a single sentence.
  bool presegmented = false;

  // Layers, in pipeline order.
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  Span dateline;  // "KABUL, AFGHANISTAN" before the opening dash; empty if none
  std::vector<ActorMention> actors;
  std::vector<Clause> clauses;
  std::vector<Event> events;
  std::vector<Quote> quotes;
  std::vector<Place> places;
  std::vector<TimeExpr> times;
  std::vector<Quantity> quantities;
  std::vector<Claim> claims;
  std::optional<double> tone;

  // Set when the article could not be processed; the record is still written.
  std::optional<ArticleError> error;

  std::string_view SpanText(Span s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
};

}  // namespace annalist

#endif  // ANNALIST_DOCUMENT_H_
