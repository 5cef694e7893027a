#include <gtest/gtest.h>

#include "annalist/document.h"

namespace annalist {

TEST(DateTest, ParsesIsoRfc3339AndTabari) {
  Date d;
  ASSERT_TRUE(Date::Parse("2024-11-14", &d));
  EXPECT_EQ(d.ToString(), "2024-11-14");
  ASSERT_TRUE(Date::Parse("2024-11-14T08:30:00Z", &d));
  EXPECT_EQ(d.ToString(), "2024-11-14");
  ASSERT_TRUE(Date::Parse("950101", &d));
  EXPECT_EQ(d.ToString(), "1995-01-01");
  ASSERT_TRUE(Date::Parse("050101", &d));
  EXPECT_EQ(d.ToString(), "2005-01-01");
  ASSERT_TRUE(Date::Parse("2024-07", &d));
  EXPECT_EQ(d.ToString(), "2024-07");
}

TEST(DateTest, RejectsImpossibleDates) {
  Date d;
  EXPECT_FALSE(Date::Parse("2023-02-29", &d));
  EXPECT_TRUE(Date::Parse("2024-02-29", &d));
  EXPECT_FALSE(Date::Parse("2024-13-01", &d));
  EXPECT_FALSE(Date::Parse("yesterday", &d));
  EXPECT_FALSE(Date::Parse("2024-11-14junk", &d));
}

}  // namespace annalist
