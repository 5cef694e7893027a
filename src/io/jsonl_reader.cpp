// JSONL articles: {"id", "text", "published", "title", "url", "source"}, one
// object per line; only "text" is required.
#include <simdjson.h>

#include "io/readers.h"
#include "text/utf8.h"

namespace annalist {
namespace {

// Reads the optional string field `key` into *out; an error when it is there
// but not a string (null counts as absent).
Status OptionalString(simdjson::dom::object obj, std::string_view key, const std::string& where,
                      std::string* out) {
  simdjson::dom::element value;
  if (obj[key].get(value) != simdjson::SUCCESS || value.is_null()) return Status::OK();
  std::string_view s;
  if (value.get(s) != simdjson::SUCCESS) {
    return Status::Corruption(where + ": field '" + std::string(key) + "' is not a string");
  }
  out->assign(s);
  return Status::OK();
}

// "id" may be a string or an integer.
Status ReadId(simdjson::dom::object obj, const std::string& where, std::string* id) {
  simdjson::dom::element value;
  if (obj["id"].get(value) != simdjson::SUCCESS || value.is_null()) return Status::OK();
  if (value.is_int64()) {
    *id = std::to_string(int64_t(value));
  } else if (value.is_uint64()) {
    *id = std::to_string(uint64_t(value));
  } else {
    return OptionalString(obj, "id", where, id);
  }
  return Status::OK();
}

class JsonlReader : public ArticleReader {
 public:
  JsonlReader(std::unique_ptr<ByteSource> source, std::string name, ReaderOptions options)
      : source_(std::move(source)), name_(std::move(name)), options_(std::move(options)) {}

  bool Next(Document* doc, Status* status) override {
    while (source_->ReadLine(&line_)) {
      ++line_no_;
      if (line_.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank line
      std::string_view line = line_;
      if (line_no_ == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
      *doc = Document{};
      *status = ParseJsonlArticle(line, Where(), line_no_, options_, doc);
      return true;
    }
    if (source_->failed()) {
      *doc = Document{};
      doc->id = name_;
      *status = Status::IOError(name_ + ": read error after line " + std::to_string(line_no_));
      return true;
    }
    return false;
  }

  std::string Where() const override { return name_ + ":" + std::to_string(line_no_); }

 private:
  std::unique_ptr<ByteSource> source_;
  std::string name_;
  ReaderOptions options_;
  std::string line_;
  uint64_t line_no_ = 0;
};

}  // namespace

Status ParseJsonlArticle(std::string_view line, const std::string& where, uint64_t line_number,
                         const ReaderOptions& options, Document* doc) {
  doc->id = std::to_string(line_number);
  // One parser per thread: it keeps its buffers between lines.
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  simdjson::error_code error = parser.parse(line.data(), line.size(), true).get(root);
  if (error == simdjson::UTF8_ERROR) {
    size_t at = FindInvalidUtf8(line);
    return Status::Corruption(where + ": invalid UTF-8 at byte " + std::to_string(at) +
                              " of the line");
  }
  if (error != simdjson::SUCCESS) {
    return Status::Corruption(where + ": malformed JSON: " + simdjson::error_message(error));
  }
  simdjson::dom::object obj;
  if (root.get(obj) != simdjson::SUCCESS) {
    return Status::Corruption(where + ": expected a JSON object with a \"text\" field");
  }
  ANNALIST_RETURN_IF_ERROR(ReadId(obj, where, &doc->id));
  std::string_view text;
  if (obj["text"].get(text) != simdjson::SUCCESS) {
    return Status::Corruption(where + ": article " + doc->id + " has no string field \"text\"");
  }
  doc->text.assign(text);
  ANNALIST_RETURN_IF_ERROR(OptionalString(obj, "title", where, &doc->title));
  ANNALIST_RETURN_IF_ERROR(OptionalString(obj, "url", where, &doc->url));
  ANNALIST_RETURN_IF_ERROR(OptionalString(obj, "source", where, &doc->source));
  std::string published;
  ANNALIST_RETURN_IF_ERROR(OptionalString(obj, "published", where, &published));
  if (published.empty()) {
    doc->published = options.default_published;
  } else if (!Date::Parse(published, &doc->published)) {
    return Status::Corruption(where + ": article " + doc->id + ": bad \"published\" date '" +
                              published + "' (want YYYY-MM-DD or RFC 3339)");
  }
  return Status::OK();
}

std::unique_ptr<ArticleReader> NewJsonlReader(std::unique_ptr<ByteSource> source,
                                              const std::string& name,
                                              const ReaderOptions& options) {
  return std::make_unique<JsonlReader>(std::move(source), name, options);
}

}  // namespace annalist
