// HTML input: one web page is one article; its main text is extracted
// (io/html_extract.h) and its metadata fills title, url and published.
#include "io/html_extract.h"
#include "io/readers.h"

namespace annalist {

void SetHtmlArticle(std::string html, const std::string& where,
                    const ReaderOptions& options, Document* doc) {
  HtmlArticle page;
  ExtractHtmlArticle(html, &page);
  doc->title = page.title;
  if (!page.url.empty() && doc->url.empty()) doc->url = page.url;
  doc->published = page.published.known() ? page.published : options.default_published;
  if (page.text.empty() && options.on_warning) options.on_warning(where + ": no article text");
  SetArticleText(std::move(page.text), where, options, doc);
  doc->text_extracted = true;  // the record carries the extracted text (spec)
}

std::unique_ptr<ArticleReader> NewHtmlReader(std::unique_ptr<ByteSource> source,
                                             const std::string& name, const std::string& id,
                                             const ReaderOptions& options) {
  return NewWholeInputReader(std::move(source), name, id, options, SetHtmlArticle);
}

}  // namespace annalist
