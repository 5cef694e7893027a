// Reader for TABARI .options files. Commands that change coding (COMPLEX:,
// SET:, DEFAULT:, COMMA:) are applied; commands that only concern TABARI's
// own output or interface (LABEL:, OUTPUT:, FORWARD:, ...) are accepted and
// ignored; obsolete or unknown commands become warnings.
#include <cctype>
#include <cstdlib>

#include "dictionary/compiled.h"

namespace annalist {
namespace {

std::string Upper(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  return out;
}

// The integer in "VERBS[5]" after `name`, or -1 when absent.
int BracketValue(const std::string& s, const char* name) {
  size_t at = s.find(name);
  if (at == std::string::npos) return -1;
  size_t open = s.find('[', at);
  if (open == std::string::npos) return -1;
  return std::atoi(s.c_str() + open + 1);
}

// The integer after "NAME =" where NAME is a whole word.
int NamedValue(const std::string& s, const std::string& name, int fallback) {
  size_t at = 0;
  while ((at = s.find(name, at)) != std::string::npos) {
    bool word_start = at == 0 || !std::isalpha(static_cast<unsigned char>(s[at - 1]));
    size_t k = at + name.size();
    while (k < s.size() && s[k] == ' ') ++k;
    if (word_start && k < s.size() && s[k] == '=') return std::atoi(s.c_str() + k + 1);
    at += name.size();
  }
  return fallback;
}

// The blank-separated words after '='.
std::vector<std::string> WordsAfterEquals(const std::string& s) {
  std::vector<std::string> words;
  size_t eq = s.find('=');
  if (eq == std::string::npos) return words;
  std::string word;
  for (size_t k = eq + 1; k <= s.size(); ++k) {
    if (k == s.size() || std::isspace(static_cast<unsigned char>(s[k]))) {
      if (!word.empty()) words.push_back(Upper(word));
      word.clear();
    } else {
      word.push_back(s[k]);
    }
  }
  return words;
}

bool Truth(const std::string& s) {
  size_t eq = s.find('=');
  std::string v = eq == std::string::npos ? s : s.substr(eq + 1);
  return v.find('T') != std::string::npos && v.find("FALSE") == std::string::npos;
}

std::string Bracketed(const std::string& s, size_t from) {
  size_t open = s.find('[', from);
  size_t close = s.find(']', open);
  if (open == std::string::npos || close == std::string::npos) return "";
  std::string out;
  for (char c : s.substr(open + 1, close - open - 1)) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

std::string ApplyComplex(const std::string& s, CodingOptions* o) {
  o->complex_active = true;
  o->complex_verbs = std::max(0, BracketValue(s, "VERBS"));
  o->complex_actors = std::max(0, BracketValue(s, "ACTORS"));
  o->complex_pronouns = std::max(0, BracketValue(s, "PRONOUNS"));
  o->complex_conj = std::max(0, BracketValue(s, "CONJ"));
  o->complex_comma = std::max(0, BracketValue(s, "COMMA"));
  o->complex_late_verb = std::max(0, BracketValue(s, "LATEVERB"));
  o->complex_no_actor_prior = s.find("NOACTPRIOR") != std::string::npos;
  o->complex_no_actor_after = s.find("NOACTAFTER") != std::string::npos;
  o->complex_no_verb = s.find("NOVERB") != std::string::npos;
  o->complex_no_source = s.find("NOSOURCE") != std::string::npos;
  o->complex_no_target = s.find("NOTARGET") != std::string::npos;
  o->complex_no_event = s.find("NOEVENT") != std::string::npos;
  return "";
}

std::string ApplySet(const std::string& s, CodingOptions* o) {
  if (s.find("CODE BY CLAUSE") != std::string::npos) {
    o->code_by = CodingOptions::CodeBy::kClause;
  } else if (s.find("CODE BY SENTENCE") != std::string::npos) {
    o->code_by = CodingOptions::CodeBy::kSentence;
  } else if (s.find("CODE ALL") != std::string::npos) {
    o->code_by = CodingOptions::CodeBy::kAll;
  } else if (s.find("MINIMUM WORDS") != std::string::npos) {
    o->minimum_words = NamedValue(s, "WORDS", o->minimum_words);
  } else if (s.find("CONVERT AGENT") != std::string::npos) {
    o->convert_agents = Truth(s);
  } else if (s.find("TIME SHIFT") != std::string::npos) {
    o->time_shift = Truth(s);
  } else if (s.find("DOMESTIC TARGET") != std::string::npos) {
    o->domestic_target = Truth(s);
  } else if (s.find("PRONOUN REFERENCE") != std::string::npos) {
    o->pronoun_person = s.find("PERSON") != std::string::npos;
  } else if (s.find("SHARE AGENTS") != std::string::npos) {
    o->share_agents = Truth(s);
  } else if (s.find("CLAUSE OPENERS") != std::string::npos) {
    o->clause_openers = WordsAfterEquals(s);
  } else if (s.find("SPEAKER MODALS") != std::string::npos) {
    o->speaker_modals = WordsAfterEquals(s);
  } else if (s.find("YYYY") != std::string::npos) {
    o->four_digit_years = Truth(s);
  } else if (s.find("MATCH") != std::string::npos) {
    return "SET: MATCH is obsolete (TABARI 0.8 uses OUTPUT: MATCH); ignored";
  } else if (s.find("SKIP RECORDS") == std::string::npos && s.find("USAGE") == std::string::npos &&
             s.find("LABEL") == std::string::npos && s.find("DUP WARNING") == std::string::npos &&
             s.find("HAIKU") == std::string::npos && s.find("FBIS") == std::string::npos &&
             s.find("ALLCAPS") == std::string::npos && s.find("CHECK DOMINANT") == std::string::npos &&
             s.find("NONRESTRICTIVE") == std::string::npos) {
    return "unknown SET parameter ignored";
  }
  return "";
}

std::string ApplyDefault(const std::string& s, CodingOptions* o) {
  if (s.find("OFF") != std::string::npos && s.find('[') == std::string::npos) {
    o->default_source.clear();
    o->default_target.clear();
    o->default_source_prior = o->default_target_after = false;
    return "";
  }
  size_t src = s.find("SOURCE"), tgt = s.find("TARGET");
  if (src != std::string::npos) {
    o->default_source = Bracketed(s, src);
    size_t end = tgt == std::string::npos || tgt < src ? s.size() : tgt;
    o->default_source_prior = s.substr(src, end - src).find("PRIOR") != std::string::npos;
  }
  if (tgt != std::string::npos) {
    o->default_target = Bracketed(s, tgt);
    size_t end = src == std::string::npos || src < tgt ? s.size() : src;
    o->default_target_after = s.substr(tgt, end - tgt).find("AFTER") != std::string::npos;
  }
  return "";
}

std::string ApplyComma(const std::string& s, CodingOptions* o) {
  if (s.find("OFF") != std::string::npos) {
    o->comma_active = false;
    return "";
  }
  o->comma_active = true;
  o->comma_min = NamedValue(s, "MIN", o->comma_min);
  o->comma_max = NamedValue(s, "MAX", o->comma_max);
  o->comma_emin = NamedValue(s, "EMIN", o->comma_emin);
  o->comma_emax = NamedValue(s, "EMAX", o->comma_emax);
  o->comma_bmin = NamedValue(s, "BMIN", o->comma_bmin);
  o->comma_bmax = NamedValue(s, "BMAX", o->comma_bmax);
  return "";
}

}  // namespace

std::string ApplyOptionLine(std::string_view line, CodingOptions* options) {
  std::string s = Upper(TrimBlanks(line));
  size_t colon = s.find(':');
  if (colon == std::string::npos) return "not an options command; ignored";
  std::string command = s.substr(0, std::min<size_t>(colon, 4));
  std::string args = s.substr(colon + 1);
  if (command == "COMP") return ApplyComplex(args, options);
  if (command == "SET") return ApplySet(args, options);
  if (command == "DEFA") return ApplyDefault(args, options);
  if (command == "COMM") return ApplyComma(args, options);
  if (command == "LABE" || command == "OUTP" || command == "FORW" || command == "NONE" ||
      command == "ISSU" || command == "FREQ" || command == "DOCU" || command == "FILT") {
    return "";
  }
  return "unknown options command '" + s.substr(0, colon) + "' ignored";
}

Status ReadOptions(std::string_view content, std::string_view file, CompiledDictionaries* d) {
  ForEachLine(content, [&](int number, std::string_view raw) {
    std::string_view line = TrimBlanks(raw);
    size_t comment = line.find("//");
    if (comment != std::string_view::npos) line = TrimBlanks(line.substr(0, comment));
    if (line.empty() || line[0] == '#' || line[0] == '~') return true;
    std::string warning = ApplyOptionLine(line, &d->options);
    if (!warning.empty()) d->Warn(file, static_cast<uint32_t>(number), warning);
    return true;
  });
  return Status::OK();
}

}  // namespace annalist
