// HTML input: one web page is one article; its main text is extracted
// (io/html_extract.h) and its metadata fills title, url and published.
#include <filesystem>

#include "io/html_extract.h"
#include "io/readers.h"

namespace annalist {
namespace {

class HtmlReader : public ArticleReader {
 public:
  HtmlReader(std::unique_ptr<ByteSource> source, std::string name, std::string id,
             ReaderOptions options)
      : source_(std::move(source)),
        name_(std::move(name)),
        id_(std::move(id)),
        options_(std::move(options)) {}

  bool Next(Document* doc, Status* status) override {
    if (done_) return false;
    done_ = true;
    std::string html;
    source_->ReadAll(&html);
    *doc = Document{};
    doc->id = id_;
    if (source_->failed()) {
      *status = Status::IOError(name_ + ": read error");
      return true;
    }
    *status = Status::OK();
    SetHtmlArticle(html, name_, options_, doc);
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

void SetHtmlArticle(std::string_view html, const std::string& where,
                    const ReaderOptions& options, Document* doc) {
  HtmlArticle page;
  ExtractHtmlArticle(html, &page);
  doc->title = page.title;
  if (!page.url.empty() && doc->url.empty()) doc->url = page.url;
  doc->published = page.published.known() ? page.published : options.default_published;
  if (page.text.empty() && options.on_warning) options.on_warning(where + ": no article text");
  SetArticleText(std::move(page.text), where, options, doc);
}

std::unique_ptr<ArticleReader> NewHtmlReader(std::unique_ptr<ByteSource> source,
                                             const std::string& name, const std::string& id,
                                             const ReaderOptions& options) {
  return std::make_unique<HtmlReader>(std::move(source), name, id, options);
}

}  // namespace annalist
