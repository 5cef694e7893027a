// Runs the built `annalist ingest` binary and checks what its summary
// accounts for: every input article is added, already stored, or failed.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "cli/run_annalist.h"
#include "io/temp_dir.h"

namespace annalist {
namespace {

struct IngestRun {
  int exit_code = -1;
  std::string err;
};

IngestRun Ingest(const TempDir& dir, const std::string& input, const std::string& flags = "") {
  const std::string err = dir.path() + "/err.txt";
  IngestRun run;
  run.exit_code = RunCommand(AnnalistBinary() + " ingest --threads 2 --db " + dir.path() +
                             "/store.db " + flags + " " + input + " 2>" + err);
  run.err = ReadFile(err);
  return run;
}

std::string Article(const std::string& id, const std::string& text) {
  return "{\"id\": \"" + id + "\", \"published\": \"2024-05-02\", \"text\": \"" + text + "\"}\n";
}

TEST(IngestCommandTest, SummaryCountsRepeatedAndFailedArticles) {
  TempDir dir;
  std::string input;
  for (int i = 0; i < 40; ++i) {
    input += Article("a" + std::to_string(i),
                     "Report " + std::to_string(i) + ". Officials met in Kabul on Monday.");
  }
  input += Article("again", "Report 7. Officials met in Kabul on Monday.");  // as a7
  input += "{\"id\": \"broken\", \"text\": \n";
  const std::string path = dir.Write("in.jsonl", input);

  IngestRun first = Ingest(dir, path);
  EXPECT_EQ(first.exit_code, 1) << first.err;  // the broken line failed
  EXPECT_NE(first.err.find("40 articles added"), std::string::npos) << first.err;
  EXPECT_NE(first.err.find("1 already stored"), std::string::npos) << first.err;
  EXPECT_NE(first.err.find("1 failed"), std::string::npos) << first.err;

  IngestRun second = Ingest(dir, path);  // nothing new; the failure is on record
  EXPECT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.err.find("0 articles added"), std::string::npos) << second.err;
  EXPECT_NE(second.err.find("42 already stored"), std::string::npos) << second.err;
}

// The store is opened while the dictionaries load; when loading fails, a
// store the run created is not left behind.
TEST(IngestCommandTest, FailedSetUpLeavesNoNewStore) {
  TempDir dir;
  const std::string path = dir.Write("in.jsonl", Article("a", "Officials met in Kabul."));
  IngestRun run = Ingest(dir, path, "--dictionaries " + dir.path() + "/missing");
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find("missing"), std::string::npos) << run.err;
  for (const char* suffix : {"", "-wal", "-shm"}) {
    EXPECT_FALSE(std::filesystem::exists(dir.path() + "/store.db" + suffix)) << suffix;
  }
  IngestRun good = Ingest(dir, path);  // and the same store then opens as new
  EXPECT_EQ(good.exit_code, 0) << good.err;
  EXPECT_NE(good.err.find("1 articles added"), std::string::npos) << good.err;
}

}  // namespace
}  // namespace annalist
