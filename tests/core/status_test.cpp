#include "annalist/status.h"

#include <gtest/gtest.h>

namespace annalist {

TEST(StatusTest, OkByDefault) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.ToString(), "OK");
}

TEST(StatusTest, ContextPrefixesMessage) {
  Status s = Status::Corruption("unbalanced '{'").WithContext("verbs/agree.verbs:12");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_EQ(s.message(), "verbs/agree.verbs:12: unbalanced '{'");
  EXPECT_TRUE(Status::OK().WithContext("x").ok());
}

}  // namespace annalist
