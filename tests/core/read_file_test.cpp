#include "core/read_file.h"

#include <gtest/gtest.h>

#include <string>

#include "io/temp_dir.h"

namespace annalist {
namespace {

TEST(ReadFileTest, ReadsEveryByteOrSaysWhyNot) {
  TempDir dir;
  std::string bytes = "line one\r\nline\0two\n";
  bytes.push_back('\0');
  std::string out = "left over";
  ASSERT_TRUE(ReadFile(dir.Write("data.bin", bytes), &out).ok());
  EXPECT_EQ(out, bytes);
  ASSERT_TRUE(ReadFile(dir.Write("empty.txt", ""), &out).ok());
  EXPECT_EQ(out, "");
  const std::string missing = dir.path() + "/missing.txt";
  Status s = ReadFile(missing, &out);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_EQ(s.message(), missing + ": cannot open");
  s = ReadFile(missing, "the gazetteer", &out);  // a data file says what it holds
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_EQ(s.message(), missing + ": cannot open the gazetteer");
  EXPECT_TRUE(ReadFile(dir.path() + "/data.bin", "the data", &out).ok());
  EXPECT_EQ(out, bytes);
}

}  // namespace
}  // namespace annalist
