#include "server/query_params.h"

#include <gtest/gtest.h>

namespace annalist::server {
namespace {

Params P(std::initializer_list<std::pair<const char*, const char*>> kv) {
  Params p;
  for (auto [k, v] : kv) p.values.emplace(k, v);
  return p;
}

TEST(QueryParamsTest, ParsesEveryFilter) {
  EventQuery q;
  Status s = ParseEventQuery(P({{"actor", "pakgov"}, {"cameo", "0231"}, {"plover", "assault"},
                                {"from", "2024-01-01"}, {"to", "2024-12-31"}, {"place", "Kabul"},
                                {"q", "ceasefire talks"}, {"limit", "25"}, {"article", "7"}}),
                             {}, &q);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(q.actor, "PAKGOV");
  EXPECT_EQ(q.cameo, "0231");
  EXPECT_EQ(q.plover, "ASSAULT");
  EXPECT_EQ(q.from.ToString(), "2024-01-01");
  EXPECT_EQ(q.to.ToString(), "2024-12-31");
  EXPECT_EQ(q.place, "Kabul");
  EXPECT_EQ(q.text, "ceasefire talks");
  EXPECT_EQ(q.limit, 25);
  EXPECT_EQ(q.article, 7);
}

TEST(QueryParamsTest, RejectsMalformedAndHostileValues) {
  EventQuery q;
  for (auto bad : std::initializer_list<Params>{
           P({{"limit", "abc"}}), P({{"limit", "0"}}), P({{"limit", "100000"}}),
           P({{"cameo", "19; DROP TABLE events"}}), P({{"cameo", "1"}}),
           P({{"actor", "' OR 1=1 --"}}), P({{"from", "2024-02-30"}}),
           P({{"from", "yesterday"}}), P({{"article", "-1"}}), P({{"sort", "id"}}),
           P({{"q", "a\x01b"}}), P({{"actor", "PAK"}, {"actor", "AFG"}})}) {
    EXPECT_FALSE(ParseEventQuery(bad, {}, &q).ok()) << bad.values.begin()->first;
  }
  std::string long_value(500, 'a');
  EXPECT_FALSE(ParseEventQuery(P({{"q", long_value.c_str()}}), {}, &q).ok());
}

TEST(QueryParamsTest, ExtraNamesAreAcceptedOnlyWhereDeclared) {
  EventQuery q;
  EXPECT_FALSE(ParseEventQuery(P({{"by", "day"}}), {}, &q).ok());
  EXPECT_TRUE(ParseEventQuery(P({{"by", "day"}}), {"by"}, &q).ok());
}

TEST(QueryParamsTest, ParseIdAcceptsOnlyPositiveIntegers) {
  int64_t id = 0;
  EXPECT_TRUE(ParseId("42", &id));
  EXPECT_EQ(id, 42);
  EXPECT_FALSE(ParseId("0", &id));
  EXPECT_FALSE(ParseId("4x", &id));
  EXPECT_FALSE(ParseId("", &id));
  EXPECT_FALSE(ParseId("99999999999999999999", &id));
}

}  // namespace
}  // namespace annalist::server
