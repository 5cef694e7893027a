// Reader for TABARI .actors and .agents files.
//
// .actors: "PHRASE [CODE]" lines, synonyms on following "+PHRASE" lines, code
// blocks on following indented lines ("\t[HOB <950601]"), <NOUN> and
// <ADJECTIVE> word lists, and annalist's "#kind: person" comment that sets
// the ActorKind of the entries after it. .agents: "PHRASE [~GOV]" lines.
#include <algorithm>
#include <cctype>

#include "dictionary/compiled.h"
#include "text/ascii.h"

namespace annalist {
namespace {

bool ParseKind(std::string_view name, ActorKind* kind) {
  static const struct { const char* name; ActorKind kind; } kKinds[] = {
      {"country", ActorKind::kCountry},         {"person", ActorKind::kPerson},
      {"organization", ActorKind::kOrganization}, {"armed_group", ActorKind::kArmedGroup},
      {"igo", ActorKind::kIgo},                 {"place_metonym", ActorKind::kPlaceMetonym},
      {"other", ActorKind::kOther}};
  for (const auto& k : kKinds) {
    if (name == k.name) {
      *kind = k.kind;
      return true;
    }
  }
  return false;
}

class ActorsReader {
 public:
  ActorsReader(std::string_view file, bool agents, CompiledDictionaries* d)
      : file_(d->arena.CopyString(file)), agents_(agents), d_(d) {}

  Status Read(std::string_view content) {
    Status status;
    ForEachLine(content, [&](int number, std::string_view line) {
      line_ = static_cast<uint32_t>(number);
      status = ReadLine(line);
      return status.ok() && !finished_;
    });
    if (status.ok()) Flush();
    return status;
  }

 private:
  enum class Section { kEntries, kNouns, kAdjectives };

  // Views into the file's text, which the arena keeps.
  struct PendingPhrase {
    std::string_view text;
    uint32_t line;
    std::string_view rule;
  };

  // "file:line" of the line being read, for messages.
  std::string Where() const { return FileLine(file_, line_); }

  Status ReadLine(std::string_view raw) {
    std::string_view line = TrimBlanks(raw);
    if (line.empty()) return Status::OK();
    if (line[0] == '#') return ReadComment(line);
    if (line[0] == '/') return Status::OK();
    if (line[0] == '~') {
      finished_ = line.find("FINISH") != std::string_view::npos;
      return Status::OK();
    }
    if (line[0] == '<') return ReadSectionTag(line);
    if (section_ != Section::kEntries) {
      Phrase p;
      std::string error;
      std::string_view phrase = TrimBlanks(line.substr(0, line.find(';')));
      if (phrase.empty() || !ParsePhrase(phrase, &d_->arena, &p, &error)) return Status::OK();
      auto* list = section_ == Section::kNouns ? &d_->nouns : &d_->adjectives;
      auto* index = section_ == Section::kNouns ? &d_->noun_index : &d_->adjective_index;
      index->Add(p, static_cast<uint32_t>(list->size()));
      list->push_back(std::move(p));
      return Status::OK();
    }
    bool indented = raw[0] == ' ' || raw[0] == '\t';
    if (line[0] == '+' && !pending_.empty()) return ReadEntry(line.substr(1), /*synonym=*/true);
    if (line[0] == '[' && indented && !pending_.empty()) return ReadEntry(line, true);
    Flush();
    return ReadEntry(line, false);
  }

  Status ReadComment(std::string_view line) {
    std::string_view body = TrimBlanks(line.substr(1));
    if (body.substr(0, 5) != "kind:") return Status::OK();
    Flush();
    std::string_view name = TrimBlanks(body.substr(5));
    if (!ParseKind(name, &kind_)) {
      d_->Warn(file_, line_, "unknown actor kind '" + std::string(name) + "'; kind inferred");
      kind_declared_ = false;
      return Status::OK();
    }
    kind_declared_ = true;
    return Status::OK();
  }

  Status ReadSectionTag(std::string_view line) {
    Flush();
    std::string tag;
    for (char c : line) tag.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    if (tag.size() > 1 && tag[1] == '/') {
      section_ = Section::kEntries;
    } else if (tag.rfind("<NOUN", 0) == 0) {
      section_ = Section::kNouns;
    } else if (tag.rfind("<ADJ", 0) == 0) {
      section_ = Section::kAdjectives;
    } else {
      d_->Warn(file_, line_, "unknown section " + std::string(line) + " ignored");
    }
    return Status::OK();
  }

  // A phrase line (or a lone code line when `synonym` and it starts with '[').
  Status ReadEntry(std::string_view line, bool synonym) {
    std::string_view phrase;
    std::vector<std::string_view>& blocks = blocks_;
    std::string error;
    if (!SplitCodeBlocks(line, &phrase, &blocks, &error)) {
      return Status::Corruption(Where() + ": " + error);
    }
    if (!phrase.empty()) {
      pending_.push_back({phrase, line_, TrimBlanks(line.substr(0, line.find(';')))});
    } else if (!synonym) {
      d_->Warn(file_, line_, "code without a phrase ignored");
      return Status::OK();
    }
    for (std::string_view block : blocks) AddCode(block);
    return Status::OK();
  }

  void AddCode(std::string_view block) {
    std::string error;
    if (agents_) {
      std::string code;
      for (char c : block) {
        if (!IsAsciiSpace(c)) code.push_back(c);
      }
      if (code.find('~') == std::string::npos) {
        d_->Warn(file_, line_, "agent code [" + code + "] has no '~' connector; ignored");
        return;
      }
      agent_codes_.push_back(code);
      return;
    }
    DatedCode c;
    if (!ParseDatedCode(block, d_->options.four_digit_years, &c, &error)) {
      d_->Warn(file_, line_, error + "; code ignored");
      return;
    }
    codes_.push_back(std::move(c));
  }

  void Flush() {
    if (pending_.empty()) return;
    if (agents_) {
      FlushAgents();
    } else {
      FlushActors();
    }
    pending_.clear();
    codes_.clear();
    agent_codes_.clear();
  }

  void FlushActors() {
    if (codes_.empty()) {
      d_->Warn(file_, pending_[0].line,
               "actor '" + std::string(pending_[0].text) + "' has no code; ignored");
      return;
    }
    bool has_default = false;
    for (const DatedCode& c : codes_) {
      has_default = has_default || c.restriction == DatedCode::Restriction::kNone;
    }
    if (!has_default) {
      DatedCode null_code;
      null_code.code = "---";
      null_code.special = SpecialCode::kNull;
      codes_.push_back(null_code);
    }
    uint32_t codes_index = static_cast<uint32_t>(d_->actor_codes.size());
    // Moved, not copied: Flush() clears both afterwards, and loading copies
    // strings for each of the 60,000 entries of the CAMEO actor files.
    d_->actor_codes.push_back(std::move(codes_));
    for (const PendingPhrase& pp : pending_) {
      ActorEntry e;
      if (!ParseKeyedPhrase(pp, &d_->actor_keys, "actor", &e.phrase)) continue;
      e.codes = codes_index;
      e.kind = kind_;
      e.kind_declared = kind_declared_;
      e.source = {pp.rule, file_, pp.line};
      d_->actor_index.Add(e.phrase, static_cast<uint32_t>(d_->actors.size()));
      d_->actor_entry_keys.push_back(e.phrase.text);
      d_->actors.push_back(std::move(e));
    }
  }

  // Parses a pending phrase into *phrase and adds it to `keys`; false (with
  // a warning naming `what`) when it has no word or is in `keys` already.
  bool ParseKeyedPhrase(const PendingPhrase& pp, KeySet* keys,
                        const char* what, Phrase* phrase) {
    std::string error;
    NormalizePhraseText(pp.text, &normalized_);
    uint64_t hash = KeySet::Hash(normalized_);
    keys->Prefetch(hash);  // fetched while the phrase is parsed
    if (!ParseNormalizedPhrase(normalized_, &d_->arena, phrase, &error)) {
      d_->Warn(file_, pp.line, error + "; " + what + " ignored");
      return false;
    }
    if (!keys->Insert(phrase->text, hash)) {
      d_->Warn(file_, pp.line, std::string("duplicate ") + what + " " +
                                             std::string(phrase->text) + "; first entry kept");
      return false;
    }
    return true;
  }

  void FlushAgents() {
    if (agent_codes_.empty()) {
      d_->Warn(file_, pending_[0].line,
               "agent '" + std::string(pending_[0].text) + "' has no code; ignored");
      return;
    }
    const std::string& code = agent_codes_[0];
    for (const PendingPhrase& pp : pending_) {
      AgentEntry e;
      if (!ParseKeyedPhrase(pp, &d_->agent_keys, "agent", &e.phrase)) continue;
      e.prefix = code.back() == '~';
      for (char c : code) {
        if (c != '~') e.code.push_back(AsciiUpper(c));
      }
      e.source = {pp.rule, file_, pp.line};
      d_->agent_index.Add(e.phrase, static_cast<uint32_t>(d_->agents.size()));
      d_->agents.push_back(std::move(e));
    }
  }

  std::string_view file_;  // in the arena
  uint32_t line_ = 0;      // being read
  bool agents_;
  CompiledDictionaries* d_;
  Section section_ = Section::kEntries;
  std::vector<PendingPhrase> pending_;
  std::vector<std::string_view> blocks_;  // of the line being read, reused
  std::vector<DatedCode> codes_;
  std::vector<std::string> agent_codes_;
  std::string normalized_;  // a phrase being parsed, reused
  ActorKind kind_ = ActorKind::kOther;
  bool kind_declared_ = false;
  bool finished_ = false;
};

}  // namespace

Status ReadActors(std::string_view content, std::string_view file, CompiledDictionaries* d) {
  // About one entry a line: sized by the first actor file (in the CAMEO set
  // the largest, 52,000 lines), the key set, entry list and index do not rehash and
  // regrow through it. Later files grow them geometrically as usual (a
  // reserve for each would reallocate the whole list once a file).
  if (d->actors.empty()) {
    size_t lines = static_cast<size_t>(std::count(content.begin(), content.end(), '\n'));
    d->actor_keys.Reserve(lines);
    d->actors.reserve(lines);
    d->actor_entry_keys.reserve(lines);
    d->actor_index.Reserve(lines);
  }
  return ActorsReader(file, false, d).Read(content);
}

Status ReadAgents(std::string_view content, std::string_view file, CompiledDictionaries* d) {
  return ActorsReader(file, true, d).Read(content);
}

}  // namespace annalist
