#include "io/json_writer.h"

#include <charconv>
#include <cmath>

#include "text/utf8.h"

namespace annalist {

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_value_.empty()) {
    if (has_value_.back()) out_->push_back(',');
    has_value_.back() = true;
  }
}

void JsonWriter::Open(char bracket) {
  BeforeValue();
  out_->push_back(bracket);
  has_value_.push_back(false);
}

void JsonWriter::Close(char bracket) {
  out_->push_back(bracket);
  if (!has_value_.empty()) has_value_.pop_back();
}

void JsonWriter::Key(std::string_view key) {
  BeforeValue();
  AppendEscaped(key);
  out_->push_back(':');
  after_key_ = true;
}

void JsonWriter::String(std::string_view s) {
  BeforeValue();
  AppendEscaped(s);
}

void JsonWriter::Int(int64_t v) {
  BeforeValue();
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out_->append(buf, end);
}

void JsonWriter::Double(double v) {
  if (!std::isfinite(v)) {
    Null();
    return;
  }
  BeforeValue();
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  std::string_view digits(buf, end - buf);
  out_->append(digits);
  // Keep the JSON type stable for readers that tell 3 from 3.0.
  if (digits.find_first_of(".e") == std::string_view::npos) out_->append(".0");
}

void JsonWriter::Bool(bool v) {
  BeforeValue();
  out_->append(v ? "true" : "false");
}

void JsonWriter::Null() {
  BeforeValue();
  out_->append("null");
}

void JsonWriter::AppendEscaped(std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  out_->push_back('"');
  size_t run = 0;  // start of the pending run of bytes that need no escaping
  size_t pos = 0;
  while (pos < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[pos]);
    if (b >= 0x20 && b < 0x80 && b != '"' && b != '\\') {
      ++pos;
      continue;
    }
    if (b >= 0x80) {
      size_t len;
      char32_t c = DecodeUtf8(s, pos, &len);
      if (!(c == kReplacementChar && len == 1)) {
        pos += len;  // valid multi-byte sequence: part of the run
        continue;
      }
    }
    out_->append(s.data() + run, pos - run);
    switch (b) {
      case '"': out_->append("\\\""); break;
      case '\\': out_->append("\\\\"); break;
      case '\n': out_->append("\\n"); break;
      case '\r': out_->append("\\r"); break;
      case '\t': out_->append("\\t"); break;
      case '\b': out_->append("\\b"); break;
      case '\f': out_->append("\\f"); break;
      default:
        if (b < 0x20) {
          char esc[] = {'\\', 'u', '0', '0', kHex[b >> 4], kHex[b & 15]};
          out_->append(esc, sizeof esc);
        } else {
          AppendUtf8(kReplacementChar, out_);  // an invalid byte
        }
    }
    ++pos;
    run = pos;
  }
  out_->append(s.data() + run, pos - run);
  out_->push_back('"');
}

}  // namespace annalist
