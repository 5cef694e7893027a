// Reader for TABARI .verbs files: verb roots with their codes, irregular verb
// forms in { }, patterns ("- + * FROM $ [066]"), synsets (&NAME) and
// alternatives ({ A | B }) expanded into plain patterns, and <TIME> phrases.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <span>

#include "dictionary/compiled.h"

namespace annalist {
namespace {

constexpr size_t kMaxExpansions = 512;

bool IsMarker(std::string_view s) {
  return s == "+" || s == "$" || s == "%" || s == "^" || s == "*" || s == "@";
}

// Joins prefix + middle + suffix so that connector underscores are not doubled.
std::string Join(std::string_view prefix, std::string_view middle, std::string_view suffix) {
  std::string out(prefix);
  if (!middle.empty() && middle.front() == '_' && !out.empty() && out.back() == '_') {
    middle.remove_prefix(1);
  }
  out.append(middle);
  if (!suffix.empty() && suffix.front() == '_' && !out.empty() && out.back() == '_') {
    suffix.remove_prefix(1);
  }
  out.append(suffix);
  return out;
}

// A pattern after expansion, and how many of its characters came from
// synset members: those do not count towards the pattern's length, so an
// explicit word outranks a synset ("* DOLLAR" before "* &CURRENCY").
struct Expanded {
  std::string text;
  int synset_chars = 0;
};

// Expands the first synset reference or alternative set of each string until
// none is left.
bool Expand(const std::string& text, int synset_chars, const CompiledDictionaries& d, int depth,
            std::vector<Expanded>* out, std::string* error) {
  if (depth > 8 || out->size() > kMaxExpansions) {
    *error = "synsets or alternatives nest too deeply";
    return false;
  }
  size_t amp = text.find('&');
  size_t brace = text.find('{');
  if (amp == std::string::npos && brace == std::string::npos) {
    out->push_back({text, synset_chars});
    return true;
  }
  std::vector<Expanded> variants;
  if (amp != std::string::npos && (brace == std::string::npos || amp < brace)) {
    size_t end = amp + 1;
    while (end < text.size() && std::isalnum(static_cast<unsigned char>(text[end]))) ++end;
    std::string name = text.substr(amp, end - amp);
    auto it = d.synsets.find(name);
    if (it == d.synsets.end()) {
      *error = "unknown synset " + name;
      return false;
    }
    for (const std::string& member : it->second) {
      variants.push_back({Join(text.substr(0, amp), member, text.substr(end)),
                          synset_chars + PhraseLength(member)});
    }
  } else {
    size_t close = text.find('}', brace);
    if (close == std::string::npos) {
      *error = "missing '}' in alternatives";
      return false;
    }
    std::string_view inner(text.data() + brace + 1, close - brace - 1);
    size_t start = 0;
    while (start <= inner.size()) {
      size_t bar = inner.find('|', start);
      if (bar == std::string_view::npos) bar = inner.size();
      std::string_view alt = TrimBlanks(inner.substr(start, bar - start));
      variants.push_back({Join(text.substr(0, brace), alt, text.substr(close + 1)), synset_chars});
      start = bar + 1;
    }
  }
  for (const Expanded& v : variants) {
    if (!Expand(v.text, v.synset_chars, d, depth + 1, out, error)) return false;
  }
  return true;
}

// Turns an expanded pattern ("+ WAS_* BY_ $") into elements around the verb,
// in `arena`.
bool ParsePattern(std::string_view raw, Arena* arena, VerbPattern* p, std::string* error) {
  // Per thread, as the dictionary parts are read side by side; the element
  // words are views into `text` until copied into the arena.
  thread_local std::string text;
  thread_local std::vector<PatternElem> elems;
  NormalizePhraseText(raw, &text);
  elems.clear();
  int verb_at = -1;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '_') ++j;
    std::string_view part(text.data() + i, j - i);
    bool underscore = j < text.size() && text[j] == '_';
    size_t k = j + (underscore ? 1 : 0);
    bool joined = underscore && k < text.size() && text[k] != ' ';
    if (!part.empty()) {
      PatternElem e;
      if (IsMarker(part)) {
        switch (part[0]) {
          case '+': e.kind = ElemKind::kTarget; break;
          case '$': e.kind = ElemKind::kSource; break;
          case '%': e.kind = ElemKind::kCompound; break;
          case '^': e.kind = ElemKind::kSkip; break;
          case '@': e.kind = ElemKind::kAttrib; break;
          default:
            if (verb_at >= 0) {
              *error = "more than one '*' in pattern";
              return false;
            }
            verb_at = static_cast<int>(elems.size());
        }
      } else {
        e.word = ParseWord(part);
        bool tilde = part.back() == '~';  // a stem joined to the next element
        if (underscore && !tilde && e.word.match == WordMatch::kStem) {
          e.word.match = WordMatch::kWord;
        }
        if (tilde) joined = true;
        if (e.word.text.empty()) {
          i = j + 1;
          continue;
        }
      }
      e.adjacent_next = joined;
      elems.push_back(std::move(e));
    }
    i = j + 1;
  }
  if (verb_at < 0) {
    *error = "missing verb marker '*' in pattern";
    return false;
  }
  std::string_view stored = arena->CopyString(text);
  for (PatternElem& e : elems) {
    if (e.word.text.empty()) continue;  // a marker, or the verb's place
    e.word.text = stored.substr(static_cast<size_t>(e.word.text.data() - text.data()),
                                e.word.text.size());
  }
  std::span<const PatternElem> all(elems);
  p->before = arena->CopyArray(all.first(static_cast<size_t>(verb_at)));
  p->verb_adjacent_next = elems[verb_at].adjacent_next;
  p->after = arena->CopyArray(all.subspan(static_cast<size_t>(verb_at) + 1));
  p->length = PhraseLength(text);
  return true;
}

bool ParseTimeCode(std::string_view block, TimeEntry* t) {
  t->special = ClassifySpecial(block);
  if (t->special != SpecialCode::kNone) return true;
  std::string s;
  for (char c : block) {
    if (c != ' ') s.push_back(c);
  }
  if (s.empty()) return false;
  const bool negative = s[0] == '-';
  size_t pos = s[0] == '+' || negative ? 1 : 0;
  if (pos == s.size() || s.find_first_not_of("0123456789", pos) != std::string::npos) return false;
  // A shift beyond 8192 days (as TABARI) is none; so is one too long to
  // hold (from_chars reports it instead of throwing, as stoi did).
  int64_t days = 0;
  if (std::from_chars(s.data() + pos, s.data() + s.size(), days).ec != std::errc()) days = 0;
  t->days = days > 8192 ? 0 : static_cast<int>(negative ? -days : days);
  return true;
}

class VerbsReader {
 public:
  VerbsReader(std::string_view file, CompiledDictionaries* d)
      : file_(d->arena.CopyString(file)), d_(d) {}

  Status Read(std::string_view content) {
    Status status;
    ForEachLine(content, [&](int number, std::string_view line) {
      line_ = static_cast<uint32_t>(number);
      line_start_ = line.data();
      status = ReadLine(line);
      return status.ok() && !finished_;
    });
    return status;
  }

 private:
  enum class Section { kVerbs, kSynsets, kTime, kNouns, kAdjectives, kIgnored };

  // "file:line" of the line being read, for messages.
  std::string Where() const { return FileLine(file_, line_); }

  Status ReadLine(std::string_view raw) {
    std::string_view line = TrimBlanks(raw);
    if (line.empty() || line[0] == '#' || line.substr(0, 2) == "//") return Status::OK();
    if (line.substr(0, 2) == "~~" || line.substr(0, 7) == "~FINISH") {
      finished_ = line.find("FINISH") != std::string_view::npos;
      return Status::OK();
    }
    if (line[0] == '<') return ReadSectionTag(line);
    switch (section_) {
      case Section::kSynsets: return ReadSynsetLine(line);
      case Section::kTime: return ReadTimeLine(line);
      case Section::kNouns: return ReadWordListLine(line, &d_->nouns, &d_->noun_index);
      case Section::kAdjectives:
        return ReadWordListLine(line, &d_->adjectives, &d_->adjective_index);
      case Section::kIgnored: return Status::OK();
      case Section::kVerbs: break;
    }
    if (line[0] == '{') return ReadForms(line);
    if (line[0] == '-') return ReadPattern(line.substr(1));
    if (line[0] == '&' || line[0] == '+') {
      d_->Warn(file_, line_, "synset line outside <SYNSETS> ignored");
      return Status::OK();
    }
    return ReadRoot(line);
  }

  Status ReadSectionTag(std::string_view line) {
    std::string tag;
    for (char c : line) tag.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    bool closing = tag.size() > 1 && tag[1] == '/';
    if (closing) {
      section_ = Section::kVerbs;
      return Status::OK();
    }
    if (tag.rfind("<SYNSET", 0) == 0) {
      section_ = Section::kSynsets;
    } else if (tag.rfind("<TIME", 0) == 0) {
      section_ = Section::kTime;
      d_->has_time_section = true;
    } else if (tag.rfind("<NOUN", 0) == 0) {
      section_ = Section::kNouns;
    } else if (tag.rfind("<ADJ", 0) == 0) {
      section_ = Section::kAdjectives;
    } else {
      d_->Warn(file_, line_, "section " + std::string(line) + " is not used by annalist; skipped");
      section_ = Section::kIgnored;
    }
    return Status::OK();
  }

  Status ReadSynsetLine(std::string_view line) {
    std::string text = NormalizePhraseText(line.substr(0, line.find(';')));
    if (text.empty()) return Status::OK();
    if (text[0] == '&') {
      synset_ = text.substr(0, text.find(' '));
      if (d_->synsets.count(synset_)) d_->Warn(file_, line_, "duplicate synset " + synset_);
      d_->synsets[synset_];
      return Status::OK();
    }
    if (text[0] != '+' || synset_.empty()) {
      d_->Warn(file_, line_, "synset member without a synset: ignored");
      return Status::OK();
    }
    std::string member = text.substr(1);
    if (member.find(synset_) != std::string::npos) {
      d_->Warn(file_, line_, "synset " + synset_ + " refers to itself: member ignored");
      return Status::OK();
    }
    d_->synsets[synset_].push_back(member);
    return Status::OK();
  }

  Status ReadTimeLine(std::string_view line) {
    if (line[0] == '-') {
      d_->Warn(file_, line_, "time-shift patterns are not supported; line ignored");
      return Status::OK();
    }
    std::string_view phrase;
    std::vector<std::string_view> blocks;
    std::string error;
    if (!SplitCodeBlocks(line, &phrase, &blocks, &error)) return Corrupt(error);
    TimeEntry t;
    if (blocks.empty() || !ParseTimeCode(blocks[0], &t) || !ParsePhrase(phrase, &d_->arena, &t.phrase, &error)) {
      d_->Warn(file_, line_, "unreadable time-shift line ignored");
      return Status::OK();
    }
    d_->time_index.Add(t.phrase, static_cast<uint32_t>(d_->times.size()));
    d_->times.push_back(std::move(t));
    return Status::OK();
  }

  Status ReadWordListLine(std::string_view line, std::vector<Phrase>* list, PhraseIndex* index) {
    std::string_view phrase = TrimBlanks(line.substr(0, line.find(';')));
    Phrase p;
    std::string error;
    if (phrase.empty() || !ParsePhrase(phrase, &d_->arena, &p, &error)) return Status::OK();
    index->Add(p, static_cast<uint32_t>(list->size()));
    list->push_back(std::move(p));
    return Status::OK();
  }

  Status ReadRoot(std::string_view line) {
    std::string_view phrase;
    std::vector<std::string_view> blocks;
    std::string error;
    if (!SplitCodeBlocks(line, &phrase, &blocks, &error)) return Corrupt(error);
    Phrase p;
    if (!ParsePhrase(phrase, &d_->arena, &p, &error)) {
      d_->Warn(file_, line_, error + "; verb root ignored");
      entry_ = kNoEntry;
      return Status::OK();
    }
    EventCode code;
    code.special = SpecialCode::kNull;
    if (blocks.empty()) {
      d_->Warn(file_, line_, "verb root without a code; given the null code");
    } else if (!ParseEventCode(blocks[0], &code, &error)) {
      d_->Warn(file_, line_, error + "; verb root ignored");
      entry_ = kNoEntry;
      return Status::OK();
    }
    std::string key(p.text);
    auto it = d_->verb_keys.find(key);
    if (it != d_->verb_keys.end()) {
      d_->Warn(file_, line_, "duplicate verb root " + key + "; its patterns join the first entry");
      entry_ = it->second;
      return Status::OK();
    }
    entry_ = static_cast<uint32_t>(d_->verbs.size());
    d_->verb_keys.emplace(key, entry_);
    VerbEntry e;
    e.code = code;
    e.source = {TrimBlanks(line.substr(0, line.find(';'))), file_, line_};
    d_->verbs.push_back(std::move(e));
    AddForm(std::move(p));
    return Status::OK();
  }

  void AddForm(Phrase p) {
    d_->verb_index.Add(p, static_cast<uint32_t>(d_->verb_forms.size()));
    d_->verb_forms.push_back({std::move(p), entry_});
  }

  Status ReadForms(std::string_view line) {
    if (entry_ == kNoEntry) {
      d_->Warn(file_, line_, "verb forms before any verb root ignored");
      return Status::OK();
    }
    size_t close = line.find('}');
    if (close == std::string_view::npos) return Corrupt("missing '}' in verb forms");
    std::string inner = NormalizePhraseText(line.substr(1, close - 1));
    size_t i = 0;
    while (i < inner.size()) {
      size_t j = inner.find(' ', i);
      if (j == std::string::npos) j = inner.size();
      Phrase p;
      std::string error;
      if (ParsePhrase(std::string_view(inner).substr(i, j - i), &d_->arena, &p, &error)) {
        AddForm(std::move(p));
      }
      i = j + 1;
    }
    return Status::OK();
  }

  Status ReadPattern(std::string_view line) {
    if (entry_ == kNoEntry) {
      d_->Warn(file_, line_, "pattern before any verb root ignored");
      return Status::OK();
    }
    std::string_view phrase;
    std::vector<std::string_view> blocks;
    std::string error;
    if (!SplitCodeBlocks(line, &phrase, &blocks, &error)) return Corrupt(error);
    EventCode code;
    if (blocks.empty() || !ParseEventCode(blocks[0], &code, &error)) {
      d_->Warn(file_, line_, (blocks.empty() ? std::string("no code") : error) + "; pattern ignored");
      return Status::OK();
    }
    std::vector<Expanded> expanded;
    if (!Expand(std::string(phrase), 0, *d_, 0, &expanded, &error)) {
      d_->Warn(file_, line_, error + "; pattern ignored");
      return Status::OK();
    }
    std::string_view rule = PatternRule(TrimBlanks(line.substr(0, line.find(';'))));
    for (const Expanded& x : expanded) {
      VerbPattern p;
      if (!ParsePattern(x.text, &d_->arena, &p, &error)) {
        d_->Warn(file_, line_, error + "; pattern ignored");
        return Status::OK();
      }
      p.length -= x.synset_chars;
      p.code = code;
      p.source = {rule, file_, line_};
      d_->verbs[entry_].patterns.push_back(std::move(p));
      ++d_->pattern_count;
    }
    return Status::OK();
  }

  Status Corrupt(const std::string& message) {
    return Status::Corruption(Where() + ": " + message);
  }

  // A pattern's rule as evidence shows it: "- " and the pattern (`body`, a
  // view into the file's line after its '-'). Usually that is how the line
  // is written, and the rule a view into it; otherwise it is assembled in
  // the arena.
  std::string_view PatternRule(std::string_view body) {
    const char* start = body.data() - 2;
    if (start >= line_start_ && start[0] == '-' && start[1] == ' ') {
      return {start, body.size() + 2};
    }
    std::string rule = "- ";
    rule.append(body);
    return d_->arena.CopyString(rule);
  }

  static constexpr uint32_t kNoEntry = UINT32_MAX;
  std::string_view file_;  // in the arena
  uint32_t line_ = 0;      // being read
  const char* line_start_ = nullptr;
  std::string synset_;
  CompiledDictionaries* d_;
  Section section_ = Section::kVerbs;
  uint32_t entry_ = kNoEntry;
  bool finished_ = false;
};

}  // namespace

Status ReadVerbs(std::string_view content, std::string_view file, CompiledDictionaries* d) {
  return VerbsReader(file, d).Read(content);
}

}  // namespace annalist
