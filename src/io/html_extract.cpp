#include "io/html_extract.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace annalist {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x110000) {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// One tag: its lower-cased name, whether it closes, and its raw attributes.
struct Tag {
  std::string name;
  bool closing = false;
  std::string_view attributes;
};

// The value of attribute `name` in `attributes` ("" when absent).
std::string Attribute(std::string_view attributes, std::string_view name) {
  std::string lower = Lower(attributes);
  size_t pos = 0;
  while ((pos = lower.find(name, pos)) != std::string::npos) {
    bool starts = pos == 0 || std::isspace(static_cast<unsigned char>(lower[pos - 1]));
    size_t eq = lower.find_first_not_of(" \t\r\n", pos + name.size());
    if (!starts || eq == std::string::npos || lower[eq] != '=') {
      pos += name.size();
      continue;
    }
    size_t v = attributes.find_first_not_of(" \t\r\n", eq + 1);
    if (v == std::string::npos) return "";
    if (attributes[v] == '"' || attributes[v] == '\'') {
      size_t end = attributes.find(attributes[v], v + 1);
      return DecodeHtmlEntities(attributes.substr(v + 1, end == std::string::npos
                                                             ? std::string::npos
                                                             : end - v - 1));
    }
    size_t end = attributes.find_first_of(" \t\r\n>", v);
    return DecodeHtmlEntities(attributes.substr(v, end == std::string::npos ? end : end - v));
  }
  return "";
}

// Elements whose whole content is never article text.
bool AlwaysSkipped(const std::string& tag) {
  static const char* const kTags[] = {"script", "style",  "noscript", "nav",    "header",
                                      "footer", "aside",  "form",     "button", "svg",
                                      "iframe", "select", "template", "figure", "head"};
  return std::find_if(std::begin(kTags), std::end(kTags),
                      [&](const char* t) { return tag == t; }) != std::end(kTags);
}

// class/id words that mark boilerplate containers.
bool BoilerplateName(std::string_view attributes) {
  std::string names = Lower(Attribute(attributes, "class") + " " + Attribute(attributes, "id"));
  static const char* const kWords[] = {"menu",     "share",     "social",  "footer",
                                       "cookie",   "subscribe", "related", "comment",
                                       "advert",   "promo",     "breadcrumb", "newsletter",
                                       "sidebar",  "banner",    "signup"};
  return std::any_of(std::begin(kWords), std::end(kWords),
                     [&](const char* w) { return names.find(w) != std::string::npos; });
}

bool VoidElement(const std::string& tag) {
  static const char* const kTags[] = {"br", "img", "meta", "link", "input", "hr", "source",
                                      "wbr", "area", "base", "col", "embed", "param", "track"};
  return std::find_if(std::begin(kTags), std::end(kTags),
                      [&](const char* t) { return tag == t; }) != std::end(kTags);
}

bool BlockElement(const std::string& tag) {
  static const char* const kTags[] = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li",
                                      "blockquote", "div", "section", "article", "main",
                                      "td", "tr", "ul", "ol", "table", "br"};
  return std::find_if(std::begin(kTags), std::end(kTags),
                      [&](const char* t) { return tag == t; }) != std::end(kTags);
}

// Collapses whitespace runs into single spaces and trims.
std::string Squeeze(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = !out.empty();
    } else {
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

// The first "datePublished": "..." in JSON-LD text.
std::string JsonLdDate(std::string_view json) {
  size_t key = json.find("\"datePublished\"");
  if (key == std::string_view::npos) return "";
  size_t open = json.find('"', json.find(':', key) + 1);
  size_t close = open == std::string_view::npos ? open : json.find('"', open + 1);
  if (close == std::string_view::npos) return "";
  return std::string(json.substr(open + 1, close - open - 1));
}

// Page text split in paragraphs, kept separately for inside and outside the
// main container so the container can win when there is one.
struct Paragraphs {
  std::vector<std::string> main, all;
  std::string current;
  void Break(bool in_main) {
    std::string p = Squeeze(DecodeHtmlEntities(current));
    current.clear();
    if (p.empty()) return;
    all.push_back(p);
    if (in_main) main.push_back(p);
  }
};

}  // namespace

std::string DecodeHtmlEntities(std::string_view s) {
  static const std::pair<const char*, uint32_t> kNamed[] = {
      {"amp", '&'},     {"lt", '<'},       {"gt", '>'},       {"quot", '"'},
      {"apos", '\''},   {"nbsp", ' '},     {"rsquo", 0x2019}, {"lsquo", 0x2018},
      {"rdquo", 0x201D}, {"ldquo", 0x201C}, {"mdash", 0x2014}, {"ndash", 0x2013},
      {"hellip", 0x2026}, {"eacute", 0xE9}, {"pound", 0xA3},  {"euro", 0x20AC}};
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    size_t semi;
    if (s[i] != '&' || (semi = s.find(';', i)) == std::string_view::npos || semi - i > 10) {
      out.push_back(s[i]);
      continue;
    }
    std::string_view name = s.substr(i + 1, semi - i - 1);
    uint32_t cp = 0;
    if (!name.empty() && name[0] == '#') {
      bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
      cp = static_cast<uint32_t>(
          std::strtoul(std::string(name.substr(hex ? 2 : 1)).c_str(), nullptr, hex ? 16 : 10));
    } else {
      for (const auto& [n, c] : kNamed) {
        if (name == n) cp = c;
      }
    }
    if (cp == 0) {
      out.push_back('&');
      continue;
    }
    AppendUtf8(cp, &out);
    i = semi;
  }
  return out;
}

void ExtractHtmlArticle(std::string_view html, HtmlArticle* out) {
  *out = HtmlArticle{};
  Paragraphs text;
  std::string og_title, title_tag, date;
  std::string skip_tag;  // the element being skipped, "" when none
  int skip_depth = 0;
  int main_depth = 0;   // > 0 inside <article>/<main>
  bool saw_main = false;
  std::string raw_tag;  // name of a raw-text element (<title>, ld+json script)
  size_t raw_start = 0;
  size_t i = 0;
  while (i < html.size()) {
    size_t lt = html.find('<', i);
    if (lt == std::string_view::npos) lt = html.size();
    if (skip_tag.empty() && raw_tag.empty()) text.current.append(html.substr(i, lt - i));
    if (lt == html.size()) break;
    if (html.compare(lt, 4, "<!--") == 0) {
      size_t end = html.find("-->", lt + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    size_t gt = html.find('>', lt);
    if (gt == std::string_view::npos) break;
    std::string_view inner = html.substr(lt + 1, gt - lt - 1);
    i = gt + 1;
    Tag tag;
    tag.closing = !inner.empty() && inner[0] == '/';
    if (tag.closing) inner.remove_prefix(1);
    size_t name_end = inner.find_first_of(" \t\r\n/");
    tag.name = Lower(inner.substr(0, name_end));
    tag.attributes = name_end == std::string_view::npos ? "" : inner.substr(name_end);
    if (!raw_tag.empty()) {  // inside <title> or a JSON-LD script: wait for its end
      if (tag.closing && tag.name == raw_tag) {
        std::string_view raw = html.substr(raw_start, lt - raw_start);
        if (raw_tag == "title") title_tag = Squeeze(DecodeHtmlEntities(raw));
        if (raw_tag == "script" && date.empty()) date = JsonLdDate(raw);
        raw_tag.clear();
      }
      continue;
    }
    if (tag.name == "meta") {
      std::string property = Lower(Attribute(tag.attributes, "property") +
                                   Attribute(tag.attributes, "name"));
      std::string content = Attribute(tag.attributes, "content");
      if (property == "og:title") og_title = content;
      if (property == "og:url") out->url = content;
      if (property == "article:published_time" || property == "date") date = content;
      continue;
    }
    if (tag.name == "time" && !tag.closing && date.empty()) {
      date = Attribute(tag.attributes, "datetime");
    }
    if (!tag.closing && (tag.name == "title" ||
                         (tag.name == "script" &&
                          Attribute(tag.attributes, "type") == "application/ld+json"))) {
      raw_tag = tag.name;
      raw_start = i;
      continue;
    }
    if (!skip_tag.empty()) {
      if (tag.name == skip_tag && !VoidElement(tag.name)) skip_depth += tag.closing ? -1 : 1;
      if (skip_depth == 0) skip_tag.clear();
      continue;
    }
    if (!tag.closing && !VoidElement(tag.name) &&
        (AlwaysSkipped(tag.name) || BoilerplateName(tag.attributes))) {
      text.Break(main_depth > 0);
      skip_tag = tag.name;
      skip_depth = 1;
      continue;
    }
    if (tag.name == "article" || tag.name == "main") {
      text.Break(main_depth > 0);
      main_depth += tag.closing ? -1 : 1;
      main_depth = std::max(main_depth, 0);
      saw_main = true;
      continue;
    }
    if (BlockElement(tag.name)) text.Break(main_depth > 0);
  }
  text.Break(main_depth > 0);
  const auto& paragraphs = saw_main && !text.main.empty() ? text.main : text.all;
  for (const std::string& p : paragraphs) {
    if (!out->text.empty()) out->text += "\n\n";
    out->text += p;
  }
  out->title = !og_title.empty() ? og_title : title_tag;
  Date::Parse(date, &out->published);
}

}  // namespace annalist
