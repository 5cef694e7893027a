// Main-text extraction from web pages, and HTML/WARC input through
// OpenArticleReader.
#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "annalist/record_io.h"
#include "io/html_extract.h"

namespace annalist {
namespace {

const char kPage[] = R"html(<!DOCTYPE html>
<html><head>
<title>Site name | Talks resume</title>
<meta property="og:title" content="Talks resume in the capital &amp; beyond">
<meta property="article:published_time" content="2024-11-14T08:30:00Z">
<script>var menu = "Home";</script>
<style>p { color: red; }</style>
</head><body>
<nav><ul><li>Home</li><li>World</li></ul></nav>
<header>Breaking news banner</header>
<div class="share-buttons">Share on Facebook</div>
<article>
<h1>Talks resume</h1>
<p>The two governments <b>resumed</b> talks on Thursday, officials said.</p>
<div class="related-links"><p>Read more: another story</p></div>
<p>Negotiators met for six hours &#8211; the longest session this year.</p>
</article>
<aside>Most read</aside>
<footer>&copy; Example News</footer>
</body></html>)html";

TEST(HtmlExtractTest, KeepsArticleParagraphsAndDropsBoilerplate) {
  HtmlArticle a;
  ExtractHtmlArticle(kPage, &a);
  EXPECT_EQ(a.title, "Talks resume in the capital & beyond");
  EXPECT_EQ(a.published, (Date{2024, 11, 14}));
  EXPECT_EQ(a.text,
            "Talks resume\n\nThe two governments resumed talks on Thursday, officials said.\n\n"
            "Negotiators met for six hours \xE2\x80\x93 the longest session this year.");
}

TEST(HtmlExtractTest, DateFromTimeElementOrJsonLd) {
  HtmlArticle a;
  ExtractHtmlArticle("<p>Text.</p><time datetime=\"2023-05-02\">May 2</time>", &a);
  EXPECT_EQ(a.published, (Date{2023, 5, 2}));
  ExtractHtmlArticle(
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
      "\"datePublished\": \"2022-01-31T10:00:00+01:00\"}</script><p>Text.</p>",
      &a);
  EXPECT_EQ(a.published, (Date{2022, 1, 31}));
  EXPECT_EQ(a.text, "Text.");
}

TEST(HtmlExtractTest, WithoutArticleElementKeepsBodyText) {
  HtmlArticle a;
  ExtractHtmlArticle("<html><body><div id=\"menu\">Home</div><p>One.</p><p>Two.</p></body>",
                     &a);
  EXPECT_EQ(a.text, "One.\n\nTwo.");
}

std::string WarcRecord(const std::string& type, const std::string& uri, const std::string& body) {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2024-03-01T12:00:00Z\r\nContent-Length: " +
         std::to_string(body.size()) + "\r\n\r\n" + body + "\r\n\r\n";
}

TEST(WarcReaderTest, ReadsHtmlResponsesFromMultiMemberGzip) {
  std::string page = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
                     std::string(kPage);
  std::string plain = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG";
  const std::string records[] = {
      WarcRecord("warcinfo", "", "software: test"),
      WarcRecord("request", "http://a.example/1", "GET /1 HTTP/1.1\r\n\r\n"),
      WarcRecord("response", "http://a.example/1", page),
      WarcRecord("response", "http://a.example/logo.png", plain),
      WarcRecord("response", "<http://b.example/2>",
                 "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Second page.</p>")};
  std::string path = (std::filesystem::temp_directory_path() /
                      ("warc_test_" + std::to_string(getpid()) + ".warc.gz")).string();
  {
    // One gzip member per record, as CC-NEWS writes them.
    std::ofstream out(path, std::ios::binary);
    for (const std::string& r : records) {
      gzFile member = gzopen((path + ".part").c_str(), "wb");
      gzwrite(member, r.data(), static_cast<unsigned>(r.size()));
      gzclose(member);
      std::ifstream part(path + ".part", std::ios::binary);
      out << part.rdbuf();
    }
  }
  std::unique_ptr<ArticleReader> reader;
  ASSERT_TRUE(OpenArticleReader(path, {}, &reader).ok());
  std::vector<Document> docs;
  Document doc;
  Status status;
  while (reader->Next(&doc, &status)) {
    ASSERT_TRUE(status.ok()) << status.ToString();
    docs.push_back(doc);
  }
  std::filesystem::remove(path);
  std::filesystem::remove(path + ".part");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].url, "http://a.example/1");
  EXPECT_EQ(docs[0].title, "Talks resume in the capital & beyond");
  EXPECT_EQ(docs[0].published, (Date{2024, 11, 14}));
  EXPECT_NE(docs[0].text.find("resumed talks on Thursday"), std::string::npos);
  EXPECT_EQ(docs[1].text, "Second page.");
  EXPECT_EQ(docs[1].url, "http://b.example/2");  // wget's <...> form
  EXPECT_EQ(docs[1].published, (Date{2024, 3, 1}));  // from WARC-Date
}

}  // namespace
}  // namespace annalist
