// Plain-text input: the whole file is one article.
#include "io/readers.h"
#include "text/utf8.h"

namespace annalist {
namespace {

class TextReader : public ArticleReader {
 public:
  TextReader(std::unique_ptr<ByteSource> source, std::string name, std::string id,
             ReaderOptions options)
      : source_(std::move(source)),
        name_(std::move(name)),
        id_(std::move(id)),
        options_(std::move(options)) {}

  bool Next(Document* doc, Status* status) override {
    if (done_) return false;
    done_ = true;
    *doc = Document{};
    doc->id = id_;
    doc->published = options_.default_published;
    std::string text;
    source_->ReadAll(&text);
    if (source_->failed()) {
      *status = Status::IOError(name_ + ": read error");
      return true;
    }
    if (text.find_first_not_of(" \t\r\n") == std::string::npos && options_.on_warning) {
      options_.on_warning(name_ + ": empty article");
    }
    SetArticleText(std::move(text), name_, options_, doc);
    *status = Status::OK();
    return true;
  }

  std::string Where() const override { return name_; }

 private:
  std::unique_ptr<ByteSource> source_;
  std::string name_, id_;
  ReaderOptions options_;
  bool done_ = false;
};

}  // namespace

void SetArticleText(std::string text, const std::string& where, const ReaderOptions& options,
                    Document* doc) {
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  size_t replaced = ReplaceInvalidUtf8(&text);
  if (replaced > 0 && options.on_warning) {
    options.on_warning(where + ": " + std::to_string(replaced) +
                       " invalid UTF-8 byte(s) replaced by U+FFFD");
  }
  doc->text = std::move(text);
}

std::unique_ptr<ArticleReader> NewTextReader(std::unique_ptr<ByteSource> source,
                                             const std::string& name, const std::string& id,
                                             const ReaderOptions& options) {
  return std::make_unique<TextReader>(std::move(source), name, id, options);
}

}  // namespace annalist
