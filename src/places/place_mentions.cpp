#include "places/place_mentions.h"

#include <algorithm>
#include <string_view>

#include "places/name_chunks.h"

namespace annalist {
namespace {

constexpr int kCueLookBack = 4;        // chunks between a preposition and its place
constexpr size_t kOrganisationReach = 4;  // capitalised words after a name to an "Exchange"

// The chunks of one sentence, cut token by token so that a chunk never spans
// two tokens ("Kabulov" stays one chunk and never matches "Kabul").
struct SentenceChunks {
  std::vector<NameChunk> chunks;
  bool capitals = false;  // most words are written in capitals
};

SentenceChunks ChunkSentence(const Document& doc, const Sentence& s) {
  SentenceChunks out;
  out.chunks.reserve(s.end_token - s.first_token);  // about a chunk a token
  for (uint32_t t = s.first_token; t < s.end_token && t < doc.tokens.size(); ++t) {
    const Token& tok = doc.tokens[t];
    if (tok.kind != TokenKind::kWord && tok.kind != TokenKind::kNumber) continue;
    AppendNameChunks(doc.text, tok.span.begin, tok.span.end, &out.chunks);
  }
  size_t upper = 0, words = 0;
  for (const NameChunk& c : out.chunks) {
    if (c.key.size() < 2 || c.key[0] < 'A') continue;  // skip digits and one-letter chunks
    ++words;
    if (c.all_upper) ++upper;
  }
  out.capitals = words >= 2 && upper * 10 > words * 6;
  return out;
}

std::string_view Between(const Document& doc, uint32_t begin, uint32_t end) {
  return end > begin ? doc.SpanText({begin, end}) : std::string_view();
}

bool OnlySpaces(std::string_view gap) {
  return !gap.empty() && std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' '; });
}

// Whether two chunks separated by `gap` can belong to one name: a space, or a
// hyphen, apostrophe or full stop ("Guinea-Bissau", "Cote d'Ivoire", "St. Louis").
bool Joinable(std::string_view gap) {
  if (gap.size() > 4) return false;
  char kept[4];  // the gap without its spaces
  size_t n = 0;
  for (char c : gap) {
    if (c == '\n') return false;
    if (c != ' ') kept[n++] = c;
  }
  std::string_view s(kept, n);
  return s.empty() || s == "-" || s == "'" || s == "." || s == "\xE2\x80\x99";
}

// Whether text before a chunk starts a new sentence, line, quote or clause in
// which capitals say nothing about names.
bool StartsAfresh(std::string_view gap) {
  return gap.find_first_of("\n\":;(") != std::string_view::npos ||
         gap.find("\xE2\x80\x9C") != std::string_view::npos ||  // opening curly quote
         gap.find("\xE2\x80\x98") != std::string_view::npos;
}

// Keeps the namesakes whose spelling fits the words as written: an acronym
// ("UK") only when written in capitals, and a short word written in capitals
// ("IT", "MP") only for an acronym, unless the whole sentence is in capitals.
std::vector<GazetteerMatch> FitSpelling(std::span<const GazetteerMatch> matches, bool all_upper,
                                        size_t letters, bool capitals) {
  std::vector<GazetteerMatch> kept;
  for (const GazetteerMatch& m : matches) {
    if (m.acronym && !all_upper) continue;
    if (!m.acronym && all_upper && letters <= 4 && !capitals) continue;
    kept.push_back(m);
  }
  return kept;
}

class SentenceScanner {
 public:
  SentenceScanner(const Document& doc, const Gazetteer& gazetteer, const PlaceLexicon& lexicon,
                  uint32_t sentence, Span dateline, std::vector<PlaceMention>* out)
      : doc_(doc), gazetteer_(gazetteer), lexicon_(lexicon), sentence_(sentence),
        dateline_(dateline), out_(out),
        sc_(ChunkSentence(doc, doc.sentences[sentence])) {}

  void Scan() {
    const auto& chunks = sc_.chunks;
    size_t first_mention = out_->size();
    for (size_t i = 0; i < chunks.size();) {
      size_t n = MatchAt(i);
      i += n > 0 ? n : 1;
    }
    // "X, Y": the second place qualifies the first ("Reading, Berkshire").
    for (size_t m = first_mention; m + 1 < out_->size(); ++m) {
      PlaceMention& a = (*out_)[m];
      const PlaceMention& b = (*out_)[m + 1];
      std::string_view gap = Between(doc_, a.span.end, b.span.begin);
      if (gap == ", " || gap == ",") a.comma_next = static_cast<uint32_t>(m + 1);
    }
  }

 private:
  // Tries the longest name starting at chunk i; returns its length in chunks.
  size_t MatchAt(size_t i) {
    const auto& chunks = sc_.chunks;
    if (!chunks[i].upper_initial || lexicon_.IsCalendar(Word(i))) return 0;
    // Most capitalised words start no name of several words ("Mr", "Blair"):
    // those are looked up alone, not with every capitalised word after them.
    size_t longest = gazetteer_.StartsLongerName(chunks[i].key)
                         ? std::min<size_t>(gazetteer_.max_name_words(), chunks.size() - i)
                         : 1;
    size_t joinable = 1;
    while (joinable < longest &&
           Joinable(Between(doc_, chunks[i + joinable - 1].span.end, chunks[i + joinable].span.begin))) {
      ++joinable;
    }
    // The key of the first n chunks is a prefix of the key of all of them:
    // build that once, and look the shorter names up by its prefixes.
    std::string& key = key_buffer_;
    key.clear();
    size_t letters = 0, lower_chunks = 0;  // of the first n chunks
    for (size_t k = i; k < i + joinable; ++k) {
      if (k > i) key.push_back(' ');
      key += chunks[k].key;
      letters += chunks[k].key.size();
      lower_chunks += chunks[k].all_upper ? 0 : 1;
    }
    size_t key_length = key.size();
    for (size_t n = joinable; n >= 1; --n) {
      if (n < joinable) {  // drop chunk i + n from the name
        const NameChunk& dropped = chunks[i + n];
        key_length -= dropped.key.size() + 1;
        letters -= dropped.key.size();
        lower_chunks -= dropped.all_upper ? 0 : 1;
      }
      if (n > 1 && !chunks[i + n - 1].upper_initial) continue;
      if (letters < 2) continue;
      std::string_view name = std::string_view(key).substr(0, key_length);
      std::span<const GazetteerMatch> found = gazetteer_.Lookup(name);
      if (found.empty()) continue;
      std::vector<GazetteerMatch> kept =
          FitSpelling(found, lower_chunks == 0, letters, sc_.capitals);
      if (kept.empty()) continue;
      AddMention(i, n, std::string(name), std::move(kept));
      return n;
    }
    return 0;
  }

  void AddMention(size_t i, size_t n, std::string key, std::vector<GazetteerMatch> matches) {
    const auto& chunks = sc_.chunks;
    PlaceMention m;
    m.span = {chunks[i].span.begin, chunks[i + n - 1].span.end};
    m.sentence = sentence_;
    m.key = std::move(key);
    m.matches = std::move(matches);
    m.capitals_context = sc_.capitals;
    m.dateline = !dateline_.empty() && m.span.begin >= dateline_.begin &&
                 m.span.end <= dateline_.end;
    ReadBefore(i, &m);
    ReadAfter(i + n, &m);
    out_->push_back(std::move(m));
  }

  std::string_view Word(size_t k) const { return doc_.SpanText(sc_.chunks[k].span); }

  void ReadBefore(size_t i, PlaceMention* m) const {
    const auto& chunks = sc_.chunks;
    m->after_boundary = i == 0 || StartsAfresh(Gap(i));
    if (!m->after_boundary && OnlySpaces(Gap(i))) {
      std::string_view prev = Word(i - 1);
      // A function word is capitalised only for opening a sentence ("A US
      // bank"); any other capitalised word before a name extends the name
      // ("Latin America", "Michael Jordan").
      bool prev_first = (i == 1 || StartsAfresh(Gap(i - 1))) && lexicon_.IsFunctionWord(prev);
      m->after_honorific = lexicon_.IsHonorific(prev);
      m->prev_mention = MentionEndingAt(i - 1);
      m->after_mention = m->prev_mention != kNone;
      m->after_capitalised = chunks[i - 1].upper_initial && !prev_first &&
                             !lexicon_.IsPlaceWord(prev);
      if (prev == "of" && i >= 2 && OnlySpaces(Gap(i - 1))) {
        m->after_organisation_of = lexicon_.IsOrganisation(Word(i - 2));
      }
    }
    ReadPreposition(i, m);
  }

  // Looks back for the preposition that governs the name: "in" may stand a
  // few words away ("in the southern city of X", "near the capital, X");
  // "to" and "from" only right before it or before "the" ("to buy X" is no
  // journey to X).
  void ReadPreposition(size_t i, PlaceMention* m) const {
    const auto& chunks = sc_.chunks;
    bool only_articles = true;
    for (size_t k = i, steps = 0; k > 0 && steps < kCueLookBack; --k, ++steps) {
      if (Gap(k).find_first_not_of(" ,") != std::string_view::npos) break;
      std::string lower = AsciiLower(Word(k - 1));
      bool lowercase_written = !chunks[k - 1].upper_initial || k - 1 == 0;
      if (lowercase_written && lexicon_.IsLocative(lower)) {
        m->locative = true;
        m->cue_adjacent = steps == 0;
        return;
      }
      if (lowercase_written && lexicon_.IsDirection(lower)) {
        m->direction = only_articles;
        m->cue_adjacent = steps == 0;
        return;
      }
      if (chunks[k - 1].upper_initial && MentionEndingAt(k - 1) == kNone) return;
      only_articles = only_articles && lexicon_.IsArticle(lower);
    }
  }

  // Text between chunk k - 1 and chunk k.
  std::string_view Gap(size_t k) const {
    return Between(doc_, sc_.chunks[k - 1].span.end, sc_.chunks[k].span.begin);
  }

  void ReadAfter(size_t end, PlaceMention* m) const {
    const auto& chunks = sc_.chunks;
    if (end >= chunks.size() || !OnlySpaces(Gap(end))) return;
    const NameChunk& next = chunks[end];
    m->next_capitalised = next.upper_initial;
    m->before_of = Word(end) == "of";
    if (lexicon_.IsAdminKind(Word(end)) || lexicon_.IsCityKind(Word(end))) {
      m->has_kind_after = true;
      m->kind_after = lexicon_.IsAdminKind(Word(end)) ? PlaceFeature::kAdmin1 : PlaceFeature::kCity;
    }
    m->before_capitalised =
        next.upper_initial && !next.all_upper && !lexicon_.IsFollower(Word(end));
    // A run of capitalised words ending in "Bank", "Exchange", "Party"...
    // names an organisation that the place only qualifies.
    for (size_t k = end; k < chunks.size() && k < end + kOrganisationReach; ++k) {
      if (!chunks[k].upper_initial || (k > end && !OnlySpaces(Gap(k)))) break;
      if (lexicon_.IsOrganisation(Word(k))) {
        m->heads_organisation = true;
        break;
      }
    }
  }

  // The mention already found in this sentence that ends with chunk k, or kNone.
  uint32_t MentionEndingAt(size_t k) const {
    uint32_t end = sc_.chunks[k].span.end;
    for (size_t m = out_->size(); m > 0 && (*out_)[m - 1].sentence == sentence_; --m) {
      if ((*out_)[m - 1].span.end == end) return static_cast<uint32_t>(m - 1);
    }
    return kNone;
  }

  const Document& doc_;
  const Gazetteer& gazetteer_;
  const PlaceLexicon& lexicon_;
  uint32_t sentence_;
  Span dateline_;  // Document::dateline
  std::vector<PlaceMention>* out_;
  SentenceChunks sc_;
  std::string key_buffer_;  // MatchAt's keys, kept to reuse its allocation
};

}  // namespace

std::vector<PlaceMention> FindPlaceMentions(const Document& doc, const Gazetteer& gazetteer,
                                            const PlaceLexicon& lexicon) {
  std::vector<PlaceMention> mentions;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    SentenceScanner(doc, gazetteer, lexicon, s, doc.dateline, &mentions).Scan();
  }
  return mentions;
}

}  // namespace annalist
