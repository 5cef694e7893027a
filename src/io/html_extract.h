// Main-text extraction from a news web page.
//
// Keeps the paragraphs and headings of the article body (inside <article> or
// <main> when the page has one) and drops boilerplate: scripts, styles,
// navigation, headers, footers, asides, forms, and elements whose class or id
// names a menu, share buttons, a cookie banner, related links, comments or
// adverts. Title and publication date come from the page's metadata:
// og:title (else <title>), article:published_time, <time datetime> or
// JSON-LD datePublished.
#ifndef ANNALIST_SRC_IO_HTML_EXTRACT_H_
#define ANNALIST_SRC_IO_HTML_EXTRACT_H_

#include <string>
#include <string_view>

#include "annalist/document.h"

namespace annalist {

struct HtmlArticle {
  std::string title;
  std::string text;  // paragraphs separated by blank lines
  std::string url;   // og:url or the canonical link, "" if none
  Date published;
};

void ExtractHtmlArticle(std::string_view html, HtmlArticle* out);

// Replaces HTML character references (&amp;, &#8217;, &rsquo;, ...) in `s`.
std::string DecodeHtmlEntities(std::string_view s);

}  // namespace annalist

#endif  // ANNALIST_SRC_IO_HTML_EXTRACT_H_
