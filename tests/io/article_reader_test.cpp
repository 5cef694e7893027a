#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annalist/record_io.h"
#include "io/temp_dir.h"

namespace annalist {
namespace {

struct ReadResult {
  std::vector<Document> docs;
  std::vector<Status> statuses;
  std::vector<std::string> where;
  std::vector<std::string> warnings;
};

// Opens `path` and reads it to the end.
Status ReadAll(const std::string& path, ReaderOptions options, ReadResult* result) {
  options.on_warning = [result](const std::string& m) { result->warnings.push_back(m); };
  std::unique_ptr<ArticleReader> reader;
  ANNALIST_RETURN_IF_ERROR(OpenArticleReader(path, options, &reader));
  Document doc;
  Status status;
  while (reader->Next(&doc, &status)) {
    result->docs.push_back(doc);
    result->statuses.push_back(status);
    result->where.push_back(reader->Where());
  }
  return Status::OK();
}

TEST(ParseInputFormatTest, KnowsEveryName) {
  InputFormat f;
  ASSERT_TRUE(ParseInputFormat("tabari", &f).ok());
  EXPECT_EQ(f, InputFormat::kTabari);
  ASSERT_TRUE(ParseInputFormat("jsonl", &f).ok());
  EXPECT_EQ(f, InputFormat::kJsonl);
  EXPECT_FALSE(ParseInputFormat("xml", &f).ok());
}

TEST(JsonlReaderTest, ReadsFieldsAndDefaults) {
  TempDir dir;
  std::string path = dir.Write("a.jsonl",
                               "{\"id\": \"x1\", \"text\": \"Hello.\", \"published\": "
                               "\"2024-11-14T08:00:00Z\", \"title\": \"T\", \"url\": \"u\", "
                               "\"source\": \"s\"}\n"
                               "\n"
                               "{\"text\": \"No id.\", \"id\": 7}\n"
                               "{\"text\": \"Defaults.\"}\n");
  ReadResult r;
  ReaderOptions options;
  options.default_published = Date{2020, 1, 2};
  ASSERT_TRUE(ReadAll(path, options, &r).ok());
  ASSERT_EQ(r.docs.size(), 3u);
  for (const Status& s : r.statuses) EXPECT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(r.docs[0].id, "x1");
  EXPECT_EQ(r.docs[0].text, "Hello.");
  EXPECT_EQ(r.docs[0].published, (Date{2024, 11, 14}));
  EXPECT_EQ(r.docs[0].title, "T");
  EXPECT_EQ(r.docs[0].source, "s");
  EXPECT_EQ(r.docs[1].id, "7");
  EXPECT_EQ(r.docs[2].id, "4");  // the line number
  EXPECT_EQ(r.docs[2].published, (Date{2020, 1, 2}));
  EXPECT_EQ(r.where[2], path + ":4");
}

TEST(JsonlReaderTest, BrokenLinesAreReportedAndReadingGoesOn) {
  TempDir dir;
  std::string path = dir.Write("b.jsonl",
                               "{\"text\": \"fine\"}\n"
                               "{\"text\": \"unterminated\n"
                               "[1, 2]\n"
                               "{\"id\": \"n\"}\n"
                               "{\"text\": \"bad date\", \"published\": \"yesterday\"}\n"
                               "{\"text\": \"bad \xff utf8\"}\n"
                               "{\"text\": \"last\"}\n");
  ReadResult r;
  ASSERT_TRUE(ReadAll(path, {}, &r).ok());
  ASSERT_EQ(r.docs.size(), 7u);
  EXPECT_TRUE(r.statuses[0].ok());
  for (int line = 2; line <= 6; ++line) {
    const Status& s = r.statuses[line - 1];
    ASSERT_FALSE(s.ok()) << line;
    EXPECT_NE(s.message().find(path + ":" + std::to_string(line)), std::string::npos)
        << s.message();
  }
  EXPECT_NE(r.statuses[3].message().find("\"text\""), std::string::npos);
  EXPECT_NE(r.statuses[4].message().find("yesterday"), std::string::npos);
  EXPECT_NE(r.statuses[5].message().find("UTF-8"), std::string::npos);
  EXPECT_TRUE(r.statuses[6].ok());
  EXPECT_EQ(r.docs[6].text, "last");
}

TEST(TextReaderTest, OneArticlePerFileNamedByFile) {
  TempDir dir;
  std::string path = dir.Write("report.txt", "\xEF\xBB\xBFKABUL, May 2 - Talks opened.\n");
  ReadResult r;
  ReaderOptions options;
  options.default_published = Date{2025, 5, 2};
  ASSERT_TRUE(ReadAll(path, options, &r).ok());
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "report.txt");
  EXPECT_EQ(r.docs[0].text, "KABUL, May 2 - Talks opened.\n");  // BOM dropped
  EXPECT_EQ(r.docs[0].published, (Date{2025, 5, 2}));
  EXPECT_FALSE(r.docs[0].presegmented);
}

TEST(TextReaderTest, InvalidUtf8IsReplacedWithAWarning) {
  TempDir dir;
  std::string path = dir.Write("latin1.txt", "Caf\xe9 talks.");
  ReadResult r;
  ASSERT_TRUE(ReadAll(path, {}, &r).ok());
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_TRUE(r.statuses[0].ok());
  EXPECT_EQ(r.docs[0].text, "Caf\uFFFD talks.");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("latin1.txt"), std::string::npos);
}

TEST(TextReaderTest, EmptyFileIsAnEmptyArticleWithAWarning) {
  TempDir dir;
  std::string path = dir.Write("empty.txt", "");
  ReadResult r;
  ASSERT_TRUE(ReadAll(path, {}, &r).ok());
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_TRUE(r.docs[0].text.empty());
  EXPECT_EQ(r.warnings.size(), 1u);
}

TEST(TabariReaderTest, RecordsArePresegmentedAndDated) {
  TempDir dir;
  std::string path = dir.Write("s.text",
                               "950101 REC-01\nFirst line\nsecond line. /* { A / B / 040 } */\n\n"
                               "bad header line\nskipped\n\n"
                               "950102 REC-02\nAnother sentence.\n");
  ReadResult r;
  ReaderOptions options;
  options.format = InputFormat::kTabari;
  ASSERT_TRUE(ReadAll(path, options, &r).ok());
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].id, "REC-01");
  EXPECT_EQ(r.docs[0].text, "First line second line.");
  EXPECT_TRUE(r.docs[0].presegmented);
  EXPECT_EQ(r.docs[0].published, (Date{1995, 1, 1}));
  EXPECT_FALSE(r.statuses[1].ok());
  EXPECT_NE(r.statuses[1].message().find(path + ":5"), std::string::npos);
  EXPECT_EQ(r.docs[2].id, "REC-02");
  EXPECT_EQ(r.where[2], path + ":8 (record REC-02)");
}

TEST(ArticleReaderTest, AutoDetectsByExtensionAndContent) {
  TempDir dir;
  dir.Write("d/1.jsonl", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n");
  dir.Write("d/2.text", "950101 X-1\nA record.\n");
  dir.Write("d/3.txt", "Just an article.");
  dir.Write("d/sub/4.txt", "Nested article.");
  dir.Write("d/notes.md", "not read");
  ReadResult r;
  ASSERT_TRUE(ReadAll(dir.path() + "/d", {}, &r).ok());
  ASSERT_EQ(r.docs.size(), 5u);
  EXPECT_EQ(r.docs[0].text, "a");
  EXPECT_EQ(r.docs[2].id, "X-1");
  EXPECT_TRUE(r.docs[2].presegmented);
  EXPECT_EQ(r.docs[3].id, "3.txt");
  EXPECT_EQ(r.docs[4].id, "4.txt");
  EXPECT_EQ(r.warnings.size(), 1u);  // notes.md skipped
}

TEST(ArticleReaderTest, RefusesMissingBinaryAndHtml) {
  TempDir dir;
  ReadResult r;
  Status missing = ReadAll(dir.path() + "/nope.txt", {}, &r);
  EXPECT_FALSE(missing.ok());
  EXPECT_NE(missing.message().find("nope.txt"), std::string::npos);
  std::string binary = dir.Write("blob.txt", std::string("\x7f" "ELF\0\0\x01\x02", 8));
  Status s = ReadAll(binary, {}, &r);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("binary"), std::string::npos);
  std::string html = dir.Write("page.html", "<html><body>x</body></html>");
  s = ReadAll(html, {}, &r);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("HTML"), std::string::npos);
}

TEST(ArticleReaderTest, ReadsVeryLongLines) {
  TempDir dir;
  std::string text(3 << 20, 'a');  // 3 MB, longer than the read buffer
  std::string path = dir.Write("long.jsonl", "{\"text\": \"" + text + "\"}\n{\"text\": \"b\"}");
  ReadResult r;
  ASSERT_TRUE(ReadAll(path, {}, &r).ok());
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].text.size(), text.size());
  EXPECT_EQ(r.docs[1].text, "b");  // last line without a newline
}

}  // namespace
}  // namespace annalist
