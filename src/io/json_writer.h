// JsonWriter: appends compact JSON to a string, for the record writer.
//
// Commas are placed automatically: inside an object call Key() before each
// value. Strings are escaped per RFC 8259 and made valid UTF-8 (invalid
// bytes become U+FFFD), so the output always parses. The writer does not
// check that calls are balanced; that is the caller's job.
#ifndef ANNALIST_SRC_IO_JSON_WRITER_H_
#define ANNALIST_SRC_IO_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace annalist {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }

  void Key(std::string_view key);
  void String(std::string_view s);
  void Int(int64_t v);
  void Double(double v);  // always with a fraction or exponent; NaN/inf -> null
  void Bool(bool v);
  void Null();

  // Shorthands for the common "key": value pairs.
  void Field(std::string_view key, std::string_view s) { Key(key); String(s); }
  void Field(std::string_view key, const char* s) { Key(key); String(s); }
  void Field(std::string_view key, int64_t v) { Key(key); Int(v); }
  void Field(std::string_view key, double v) { Key(key); Double(v); }
  void Field(std::string_view key, bool v) { Key(key); Bool(v); }

 private:
  void BeforeValue();
  void Open(char bracket);
  void Close(char bracket);
  void AppendEscaped(std::string_view s);

  std::string* out_;
  // One flag per open object/array: whether a value was written in it.
  std::vector<bool> has_value_;
  bool after_key_ = false;
};

}  // namespace annalist

#endif  // ANNALIST_SRC_IO_JSON_WRITER_H_
