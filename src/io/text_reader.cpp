// Whole-input readers: the whole file is one article (plain text here; HTML
// in html_reader.cpp uses the same reader with its own fill function).
#include "io/readers.h"
#include "text/utf8.h"

namespace annalist {
namespace {

// One article per input: the whole content, turned into a Document by `fill`
// (plain text or HTML).
class WholeInputReader : public ArticleReader {
 public:
  WholeInputReader(std::unique_ptr<ByteSource> source, std::string name, std::string id,
                   ReaderOptions options, WholeInputFill fill)
      : source_(std::move(source)),
        name_(std::move(name)),
        id_(std::move(id)),
        options_(std::move(options)),
        fill_(fill) {}

  bool Next(Document* doc, Status* status) override {
    if (done_) return false;
    done_ = true;
    *doc = Document{};
    doc->id = id_;
    doc->published = options_.default_published;
    std::string content;
    source_->ReadAll(&content);
    if (source_->failed()) {
      *status = Status::IOError(name_ + ": read error");
      return true;
    }
    fill_(std::move(content), name_, options_, doc);
    *status = Status::OK();
    return true;
  }

  std::string Where() const override { return name_; }

 private:
  std::unique_ptr<ByteSource> source_;
  std::string name_, id_;
  ReaderOptions options_;
  WholeInputFill fill_;
  bool done_ = false;
};

void SetPlainTextArticle(std::string text, const std::string& where,
                         const ReaderOptions& options, Document* doc) {
  if (text.find_first_not_of(" \t\r\n") == std::string::npos && options.on_warning) {
    options.on_warning(where + ": empty article");
  }
  SetArticleText(std::move(text), where, options, doc);
}

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

std::unique_ptr<ArticleReader> NewWholeInputReader(std::unique_ptr<ByteSource> source,
                                                   const std::string& name, const std::string& id,
                                                   const ReaderOptions& options,
                                                   WholeInputFill fill) {
  return std::make_unique<WholeInputReader>(std::move(source), name, id, options, fill);
}

std::unique_ptr<ArticleReader> NewTextReader(std::unique_ptr<ByteSource> source,
                                             const std::string& name, const std::string& id,
                                             const ReaderOptions& options) {
  return NewWholeInputReader(std::move(source), name, id, options, SetPlainTextArticle);
}

}  // namespace annalist
