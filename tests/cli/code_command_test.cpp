// Runs the built `annalist code` binary on good and bad input and checks its
// records, messages and exit status.
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/run_annalist.h"
#include "io/temp_dir.h"
#include "text/utf8.h"

namespace annalist {
namespace {

using nlohmann::json;

struct CodeRun {
  int exit_code = -1;
  std::string out, err;
  std::vector<json> records;
};

// Runs `annalist code <args>` with output and messages in `dir`.
CodeRun Code(const TempDir& dir, const std::string& args, const std::string& stdin_file = "") {
  std::string out = dir.path() + "/out.jsonl", err = dir.path() + "/err.txt";
  std::string cmd = AnnalistBinary() + " code " + args + " -o " + out + " 2>" + err;
  if (!stdin_file.empty()) cmd += " <" + stdin_file;
  CodeRun run;
  run.exit_code = RunCommand(cmd);
  run.out = ReadFile(out);
  run.err = ReadFile(err);
  std::istringstream lines(run.out);
  for (std::string line; std::getline(lines, line);) run.records.push_back(json::parse(line));
  return run;
}

TEST(CodeCommandTest, CodesJsonlInInputOrder) {
  TempDir dir;
  std::string articles;
  for (int i = 0; i < 300; ++i) {
    articles += "{\"id\": \"a" + std::to_string(i) +
                "\", \"text\": \"Talks began. Officials met on Monday.\"}\n";
  }
  std::string path = dir.Write("in.jsonl", articles);
  CodeRun one = Code(dir, "--threads 1 " + path);
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(one.records.size(), 300u);
  for (int i = 0; i < 300; ++i) EXPECT_EQ(one.records[i]["id"], "a" + std::to_string(i));
  EXPECT_EQ(one.records[0]["sentences"].size(), 2u);
  CodeRun two = Code(dir, "--threads 2 " + path);
  EXPECT_EQ(two.exit_code, 0);
  EXPECT_EQ(two.out, one.out);
}

TEST(CodeCommandTest, MalformedLineIsReportedAndTheRunGoesOn) {
  TempDir dir;
  std::string path = dir.Write("in.jsonl",
                               "{\"text\": \"One.\"}\n{\"text\": oops}\n{\"text\": \"Three.\"}\n");
  CodeRun run = Code(dir, path);
  EXPECT_EQ(run.exit_code, 1);
  ASSERT_EQ(run.records.size(), 3u);
  EXPECT_FALSE(run.records[0].contains("error"));
  EXPECT_NE(run.records[1]["error"]["message"].get<std::string>().find("in.jsonl:2"),
            std::string::npos);
  EXPECT_NE(run.err.find("in.jsonl:2"), std::string::npos) << run.err;
  EXPECT_EQ(run.records[2]["sentences"].size(), 1u);
}

TEST(CodeCommandTest, MissingFileAmongSeveralIsReported) {
  TempDir dir;
  std::string a = dir.Write("a.txt", "First article.");
  std::string b = dir.Write("b.txt", "Second article.");
  CodeRun run = Code(dir, a + " " + dir.path() + "/missing.txt " + b);
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.records.size(), 2u);
  EXPECT_NE(run.err.find("missing.txt"), std::string::npos);
  CodeRun alone = Code(dir, dir.path() + "/missing.txt");
  EXPECT_EQ(alone.exit_code, 2);
}

TEST(CodeCommandTest, EmptyAndBinaryFiles) {
  TempDir dir;
  std::string empty = dir.Write("empty.txt", "");
  CodeRun run = Code(dir, empty);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  ASSERT_EQ(run.records.size(), 1u);
  EXPECT_TRUE(run.records[0]["sentences"].empty());
  std::string blob;
  for (int i = 0; i < 4096; ++i) blob.push_back(static_cast<char>(i * 7919 % 256));
  std::string binary = dir.Write("blob.bin", blob);
  std::string good = dir.Write("good.txt", "A good article.");
  run = Code(dir, binary + " " + good);
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.records.size(), 1u);
  EXPECT_NE(run.err.find("blob.bin"), std::string::npos) << run.err;
}

TEST(CodeCommandTest, InvalidUtf8NeverReachesTheOutput) {
  TempDir dir;
  std::string path = dir.Write("latin1.txt", "Caf\xe9 owners met in Z\xfcrich. \xff\xfe\x80 Done.");
  CodeRun run = Code(dir, path);
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(FindInvalidUtf8(run.out), std::string::npos);
  EXPECT_NE(run.err.find("latin1.txt"), std::string::npos);
  ASSERT_EQ(run.records.size(), 1u);
  EXPECT_EQ(run.records[0]["sentences"].size(), 2u);
}

TEST(CodeCommandTest, FiftyMegabyteArticleOnOneLine) {
  TempDir dir;
  const std::string sentence = "Officials said talks in Geneva would resume on Monday. ";
  const size_t count = (50u << 20) / sentence.size() + 1;
  {
    std::ofstream out(dir.path() + "/big.jsonl", std::ios::binary);
    out << "{\"id\": \"big\", \"text\": \"";
    for (size_t i = 0; i < count; ++i) out << sentence;
    out << "\"}\n{\"id\": \"small\", \"text\": \"After it.\"}\n";
  }
  // Reading, segmenting and writing are what a huge line strains; coding
  // 800,000 sentences would only make the test slow.
  CodeRun run = Code(dir, "--stages segment " + dir.path() + "/big.jsonl");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  ASSERT_EQ(run.records.size(), 2u);
  EXPECT_EQ(run.records[0]["sentences"].size(), count);
  EXPECT_EQ(run.records[1]["id"], "small");
}

TEST(CodeCommandTest, TenThousandSentenceRecord) {
  TempDir dir;
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "Sentence number " + std::to_string(i) + " ends here. ";
  std::string path = dir.Write("many.jsonl", "{\"text\": \"" + text + "\"}\n");
  CodeRun run = Code(dir, path);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  ASSERT_EQ(run.records.size(), 1u);
  const json& sentences = run.records[0]["sentences"];
  ASSERT_EQ(sentences.size(), 10000u);
  EXPECT_EQ(sentences[9999]["end"], text.size() - 1);  // code points == bytes here
}

TEST(CodeCommandTest, TabariRecordsAndStdin) {
  TempDir dir;
  std::string path = dir.Write("s.tabari", "950101 R-1\nOne. Two.\n\n950102 R-2\nThree.\n");
  CodeRun run = Code(dir, "--input-format tabari -", path);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  ASSERT_EQ(run.records.size(), 2u);
  EXPECT_EQ(run.records[0]["id"], "R-1");
  EXPECT_EQ(run.records[0]["published"], "1995-01-01");
  EXPECT_EQ(run.records[0]["sentences"].size(), 1u);  // presegmented: not split
}

TEST(CodeCommandTest, TabariRecordsGetTheCoderUnlessAllStagesAreAsked) {
  TempDir dir;
  std::string path = dir.Write("s.tabari", "950101 R-1\nThe army said the talks were a good step.\n");
  CodeRun events_only = Code(dir, "--input-format tabari " + path);
  ASSERT_EQ(events_only.exit_code, 0) << events_only.err;
  ASSERT_EQ(events_only.records.size(), 1u);
  EXPECT_TRUE(events_only.records[0]["tone"].is_null());
  EXPECT_TRUE(events_only.records[0]["quotes"].empty());
  CodeRun all = Code(dir, "--input-format tabari --stages all " + path);
  ASSERT_EQ(all.exit_code, 0) << all.err;
  ASSERT_EQ(all.records.size(), 1u);
  EXPECT_TRUE(all.records[0]["tone"].is_number());
  EXPECT_EQ(all.records[0]["quotes"].size(), 1u);
}

TEST(CodeCommandTest, DictionaryWarningsAreReportedAndTheRunGoesOn) {
  TempDir dir;
  dir.Write("dicts/dup.actors", "ARNOR_ [ARN]\nARNOR_ [GON]\n");
  dir.Write("dicts/test.verbs", "ATTACK_ [190]\n");
  std::string article = dir.Write("a.txt", "Arnor attacked the northern hills on Monday.");
  CodeRun run = Code(dir, "--dictionaries " + dir.path() + "/dicts " + article);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("warning: dup.actors:2: duplicate actor ARNOR_"), std::string::npos)
      << run.err;
  ASSERT_EQ(run.records.size(), 1u);
}

TEST(CodeCommandTest, UsageErrorsExitWithTwo) {
  TempDir dir;
  std::string a = dir.Write("a.txt", "An article.");
  EXPECT_EQ(Code(dir, "--input-format xml " + a).exit_code, 2);
  EXPECT_EQ(Code(dir, "--published someday " + a).exit_code, 2);
  CodeRun run = Code(dir, "--stages nosuchstage " + a);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("nosuchstage"), std::string::npos);
  CodeRun published = Code(dir, "--published 2025-03-06 " + a);
  ASSERT_EQ(published.records.size(), 1u);
  EXPECT_EQ(published.records[0]["published"], "2025-03-06");
}

}  // namespace
}  // namespace annalist
