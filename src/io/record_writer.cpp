// WriteRecord: a finished Document as the JSON record of
// shared/spec/article-json.md (schema 1). docs/output-format.md describes
// every field, including the ones this writer adds to the spec's example.
#include "annalist/record_io.h"
#include "io/code_point_index.h"
#include "io/json_writer.h"

namespace annalist {
namespace {

class RecordWriter {
 public:
  RecordWriter(const Document& doc, std::string* out)
      : doc_(doc), index_(doc.text), json_(out) {}

  void Write();

 private:
  // "start", "end" (code points) and, when with_text, "text" of `span`.
  void SpanFields(Span span, bool with_text);
  // {"start", "end", "text"}, or null when the span is empty.
  void SpanObject(Span span);
  void IndexOrNull(std::string_view key, uint32_t index);
  void StringOrNull(std::string_view key, std::string_view value);

  void Sentences();
  void Actors();
  void EventActorObject(const EventActor& side);
  void EvidenceObject(const Evidence& evidence, std::string_view span_key);
  void Events();
  void Quotes();
  void Places();
  void Times();
  void Quantities();
  void ClaimParties(std::string_view key, const std::vector<ClaimParty>& parties);
  void Claims();

  const Document& doc_;
  CodePointIndex index_;
  JsonWriter json_;
};

void RecordWriter::SpanFields(Span span, bool with_text) {
  json_.Field("start", static_cast<int64_t>(index_.At(span.begin)));
  json_.Field("end", static_cast<int64_t>(index_.At(span.end)));
  if (with_text) json_.Field("text", doc_.SpanText(span));
}

void RecordWriter::SpanObject(Span span) {
  if (span.empty()) {
    json_.Null();
    return;
  }
  json_.BeginObject();
  SpanFields(span, true);
  json_.EndObject();
}

void RecordWriter::IndexOrNull(std::string_view key, uint32_t index) {
  json_.Key(key);
  if (index == kNone) {
    json_.Null();
  } else {
    json_.Int(index);
  }
}

void RecordWriter::StringOrNull(std::string_view key, std::string_view value) {
  json_.Key(key);
  if (value.empty()) {
    json_.Null();
  } else {
    json_.String(value);
  }
}

void RecordWriter::Write() {
  json_.BeginObject();
  json_.Field("schema", int64_t{1});
  json_.Field("id", doc_.id);
  StringOrNull("published", doc_.published.ToString());
  if (doc_.published_inferred) json_.Field("published_inferred", true);
  if (!doc_.title.empty()) json_.Field("title", doc_.title);
  if (!doc_.url.empty()) json_.Field("url", doc_.url);
  if (!doc_.source.empty()) json_.Field("source", doc_.source);
  if (doc_.text_extracted) json_.Field("text", doc_.text);
  Sentences();
  Actors();
  Events();
  Quotes();
  Places();
  Times();
  Quantities();
  Claims();
  json_.Key("tone");
  if (doc_.tone) {
    json_.Double(*doc_.tone);
  } else {
    json_.Null();
  }
  if (doc_.error) {
    json_.Key("error");
    json_.BeginObject();
    json_.Field("message", doc_.error->message);
    json_.EndObject();
  }
  json_.EndObject();
}

void RecordWriter::Sentences() {
  json_.Key("sentences");
  json_.BeginArray();
  for (const Sentence& s : doc_.sentences) {
    json_.BeginObject();
    SpanFields(s.span, false);
    json_.EndObject();
  }
  json_.EndArray();
}

void RecordWriter::Actors() {
  json_.Key("actors");
  json_.BeginArray();
  for (size_t i = 0; i < doc_.actors.size(); ++i) {
    const ActorMention& a = doc_.actors[i];
    json_.BeginObject();
    json_.Field("id", static_cast<int64_t>(i));
    json_.Field("text", doc_.SpanText(a.span));
    SpanFields(a.span, false);
    IndexOrNull("sentence", a.sentence);
    json_.Field("code", a.code);
    StringOrNull("country", a.country);
    StringOrNull("sector", a.sector);
    json_.Field("name", a.name);
    json_.Field("kind", ActorKindName(a.kind));
    IndexOrNull("refers_to", a.refers_to);
    if (!a.evidence.rule.empty()) EvidenceObject(a.evidence, "words");
    json_.EndObject();
  }
  json_.EndArray();
}

void RecordWriter::EventActorObject(const EventActor& side) {
  if (side.actor == kNone && side.code.empty()) {
    json_.Null();
    return;
  }
  json_.BeginObject();
  IndexOrNull("actor", side.actor);
  json_.Field("code", side.code);
  StringOrNull("country", side.country);
  StringOrNull("sector", side.sector);
  json_.EndObject();
}

void RecordWriter::EvidenceObject(const Evidence& evidence, std::string_view span_key) {
  json_.Key("evidence");
  json_.BeginObject();
  json_.Key(span_key);
  SpanObject(evidence.span);
  json_.Field("rule", evidence.rule);
  json_.Field("dictionary", evidence.dictionary);
  json_.EndObject();
}

void RecordWriter::Events() {
  json_.Key("events");
  json_.BeginArray();
  for (size_t i = 0; i < doc_.events.size(); ++i) {
    const Event& e = doc_.events[i];
    json_.BeginObject();
    json_.Field("id", static_cast<int64_t>(i));
    IndexOrNull("sentence", e.sentence);
    json_.Key("source");
    EventActorObject(e.source);
    json_.Key("target");
    EventActorObject(e.target);
    json_.Field("cameo", e.cameo);
    json_.Field("cameo_root", e.cameo_root);
    json_.Field("quad_class", static_cast<int64_t>(e.quad_class));
    json_.Field("goldstein", e.goldstein);
    StringOrNull("plover", e.plover);
    StringOrNull("plover_mode", e.plover_mode);
    json_.Field("negated", e.negated);
    StringOrNull("date", e.date.ToString());
    IndexOrNull("place", e.place);
    IndexOrNull("quote", e.quote);
    json_.Field("tone", e.tone);
    EvidenceObject(e.evidence, "verb");
    if (e.target_from_claim != kNone) IndexOrNull("target_from_claim", e.target_from_claim);
    json_.EndObject();
  }
  json_.EndArray();
}

void RecordWriter::Quotes() {
  json_.Key("quotes");
  json_.BeginArray();
  for (size_t i = 0; i < doc_.quotes.size(); ++i) {
    const Quote& q = doc_.quotes[i];
    json_.BeginObject();
    json_.Field("id", static_cast<int64_t>(i));
    IndexOrNull("sentence", q.sentence);
    json_.Field("direct", q.direct);
    json_.Key("speaker");
    if (q.speaker.empty() && q.speaker_actor == kNone) {
      json_.Null();
    } else {
      json_.BeginObject();
      SpanFields(q.speaker, true);
      IndexOrNull("actor", q.speaker_actor);
      json_.EndObject();
    }
    json_.Key("cue");
    SpanObject(q.cue);
    json_.Key("content");
    json_.BeginObject();
    SpanFields(q.content, false);
    json_.EndObject();
    json_.EndObject();
  }
  json_.EndArray();
}

void RecordWriter::Places() {
  json_.Key("places");
  json_.BeginArray();
  for (size_t i = 0; i < doc_.places.size(); ++i) {
    const Place& p = doc_.places[i];
    json_.BeginObject();
    json_.Field("id", static_cast<int64_t>(i));
    json_.Field("text", doc_.SpanText(p.span));
    SpanFields(p.span, false);
    json_.Field("name", p.name);
    StringOrNull("country", p.country);
    StringOrNull("admin1", p.admin1);
    json_.Field("feature", PlaceFeatureName(p.feature));
    json_.Field("lat", p.lat);
    json_.Field("lon", p.lon);
    json_.Key("geonames_id");
    if (p.geonames_id == 0) {
      json_.Null();
    } else {
      json_.Int(p.geonames_id);
    }
    json_.EndObject();
  }
  json_.EndArray();
}

void RecordWriter::Times() {
  json_.Key("times");
  json_.BeginArray();
  for (const TimeExpr& t : doc_.times) {
    json_.BeginObject();
    json_.Field("text", doc_.SpanText(t.span));
    SpanFields(t.span, false);
    json_.Field("value", t.value);
    json_.Field("type", t.type);
    json_.EndObject();
  }
  json_.EndArray();
}

void RecordWriter::Quantities() {
  json_.Key("quantities");
  json_.BeginArray();
  for (const Quantity& q : doc_.quantities) {
    json_.BeginObject();
    json_.Field("text", doc_.SpanText(q.span));
    SpanFields(q.span, false);
    json_.Field("value", q.value);
    StringOrNull("about", q.about);
    StringOrNull("approximate", q.approximate);
    StringOrNull("change", q.change);
    StringOrNull("unit", q.unit);
    IndexOrNull("event", q.event);
    StringOrNull("tracked", q.tracked);
    json_.EndObject();
  }
  json_.EndArray();
}

void RecordWriter::ClaimParties(std::string_view key, const std::vector<ClaimParty>& parties) {
  json_.Key(key);
  json_.BeginArray();
  for (const ClaimParty& p : parties) {
    json_.BeginObject();
    IndexOrNull("actor", p.actor);
    IndexOrNull("event", p.event);
    if (!p.span.empty()) SpanFields(p.span, true);
    json_.EndObject();
  }
  json_.EndArray();
}

void RecordWriter::Claims() {
  json_.Key("claims");
  json_.BeginArray();
  for (size_t i = 0; i < doc_.claims.size(); ++i) {
    const Claim& c = doc_.claims[i];
    json_.BeginObject();
    json_.Field("id", static_cast<int64_t>(i));
    json_.Key("proposition");
    json_.BeginObject();
    if (c.proposition_event != kNone) {
      json_.Field("event", static_cast<int64_t>(c.proposition_event));
    } else {
      SpanFields(c.proposition, true);
    }
    json_.EndObject();
    ClaimParties("asserted_by", c.asserted_by);
    ClaimParties("denied_by", c.denied_by);
    ClaimParties("supported_by", c.supported_by);
    json_.EndObject();
  }
  json_.EndArray();
}

}  // namespace

void AppendRecord(const Document& doc, std::string* out) { RecordWriter(doc, out).Write(); }

std::string WriteRecord(const Document& doc) {
  std::string out;
  AppendRecord(doc, &out);
  return out;
}

}  // namespace annalist
