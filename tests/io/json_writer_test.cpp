#include "io/json_writer.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "text/utf8.h"

namespace annalist {
namespace {

TEST(JsonWriterTest, PlacesCommasAndNesting) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Field("a", int64_t{1});
  w.Key("b");
  w.BeginArray();
  w.Int(2);
  w.Null();
  w.BeginObject();
  w.EndObject();
  w.EndArray();
  w.Field("c", true);
  w.EndObject();
  EXPECT_EQ(out, R"({"a":1,"b":[2,null,{}],"c":true})");
}

TEST(JsonWriterTest, EscapesControlCharactersAndQuotes) {
  std::string out;
  JsonWriter w(&out);
  const std::string raw("q\"b\\n\n\t\x01\x7f\0", 10);  // ends in a NUL byte
  w.String(raw);
  EXPECT_EQ(out, "\"q\\\"b\\\\n\\n\\t\\u0001\x7f\\u0000\"");
  EXPECT_EQ(nlohmann::json::parse(out).get<std::string>(), raw);
}

TEST(JsonWriterTest, InvalidUtf8BecomesReplacementCharacter) {
  std::string out;
  JsonWriter w(&out);
  w.String("caf\xc3\xa9 \xff\xfe end");
  EXPECT_EQ(FindInvalidUtf8(out), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(out).get<std::string>(), "caf\u00e9 \uFFFD\uFFFD end");
}

TEST(JsonWriterTest, DoublesKeepAFractionAndNonFiniteIsNull) {
  std::string out;
  JsonWriter w(&out);
  w.BeginArray();
  w.Double(3);
  w.Double(-2.5);
  w.Double(1e21);
  w.Double(std::numeric_limits<double>::quiet_NaN());
  w.EndArray();
  EXPECT_EQ(out, "[3.0,-2.5,1e+21,null]");
}

}  // namespace
}  // namespace annalist
