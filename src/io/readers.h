// The ArticleReader implementations behind OpenArticleReader(), one per
// input format (record_io.h describes the formats). Each takes an opened
// ByteSource and the name used in messages and ids.
#ifndef ANNALIST_SRC_IO_READERS_H_
#define ANNALIST_SRC_IO_READERS_H_

#include <memory>
#include <string>

#include "annalist/record_io.h"
#include "io/byte_source.h"

namespace annalist {

// One article per line; reads line by line, so input size is unbounded.
std::unique_ptr<ArticleReader> NewJsonlReader(std::unique_ptr<ByteSource> source,
                                              const std::string& name,
                                              const ReaderOptions& options);

// The whole input is one article whose id is `id`.
std::unique_ptr<ArticleReader> NewTextReader(std::unique_ptr<ByteSource> source,
                                             const std::string& name, const std::string& id,
                                             const ReaderOptions& options);

// TABARI records, each a presegmented Document. The file is read whole
// (TABARI sentence files are small next to memory).
std::unique_ptr<ArticleReader> NewTabariReader(std::unique_ptr<ByteSource> source,
                                               const std::string& name,
                                               const ReaderOptions& options);

// One web page: its main text, title, URL and date (io/html_extract.h).
std::unique_ptr<ArticleReader> NewHtmlReader(std::unique_ptr<ByteSource> source,
                                             const std::string& name, const std::string& id,
                                             const ReaderOptions& options);

// WARC or WARC.gz (multi-member gzip, as Common Crawl's CC-NEWS): one article
// per HTML response record, with the record's target URI and date.
Status NewWarcReader(const std::string& path, const ReaderOptions& options,
                     std::unique_ptr<ArticleReader>* out);
// True for names ending in .warc or .warc.gz.
bool IsWarcPath(const std::string& path);

// Fills *doc (title, url, published, text) from an HTML page; `where` names
// it in warnings.
void SetHtmlArticle(std::string html, const std::string& where,
                    const ReaderOptions& options, Document* doc);

// Turns one whole input into *doc (whose id and default published date are
// set already); `where` names it in warnings.
using WholeInputFill = void (*)(std::string content, const std::string& where,
                                const ReaderOptions& options, Document* doc);

// The whole input is one article, made by `fill`.
std::unique_ptr<ArticleReader> NewWholeInputReader(std::unique_ptr<ByteSource> source,
                                                   const std::string& name, const std::string& id,
                                                   const ReaderOptions& options,
                                                   WholeInputFill fill);

// Every article file below `dir`, in path order, through OpenArticleReader.
std::unique_ptr<ArticleReader> NewDirectoryReader(const std::string& dir,
                                                  const ReaderOptions& options);

// Sets *doc to an article whose text is `text`: strips a UTF-8 byte order
// mark and replaces invalid UTF-8, warning through options.on_warning with
// `where` in the message.
void SetArticleText(std::string text, const std::string& where, const ReaderOptions& options,
                    Document* doc);

}  // namespace annalist

#endif  // ANNALIST_SRC_IO_READERS_H_
