// Reading articles in and writing article records out.
//
// Input formats (shared/spec/article-json.md): JSONL articles, plain-text files
// (one article per file), HTML pages and TABARI records. Output: one JSON
// record per line. A reader reports a broken record through the Status of
// Next() and then goes on with the next record, so one bad article never stops
// a run.
#ifndef ANNALIST_RECORD_IO_H_
#define ANNALIST_RECORD_IO_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "annalist/document.h"
#include "annalist/status.h"

namespace annalist {

enum class InputFormat { kAuto, kJsonl, kText, kTabari, kHtml };

// Parses "auto", "jsonl", "text", "tabari", "html".
Status ParseInputFormat(std::string_view name, InputFormat* out);

struct ReaderOptions {
  InputFormat format = InputFormat::kAuto;  // kAuto: by file extension/content
  Date default_published;                   // --published, for inputs without a date
  // Called for problems that do not stop a record from being read (invalid
  // UTF-8 replaced by U+FFFD, an empty file, a skipped file in a directory);
  // the message names the file. Ignored when empty.
  std::function<void(const std::string&)> on_warning;
};

class ArticleReader {
 public:
  virtual ~ArticleReader() = default;
  // Fills *doc with the next article and returns true; false at end of input.
  // When the record is broken, returns true with *status not OK naming the
  // file and line/record; doc->id is set as far as it could be read.
  virtual bool Next(Document* doc, Status* status) = 0;
  // Where the record last returned by Next() came from, for messages:
  // "articles.jsonl:12", "notes.txt", "sents.text:40 (record DEMO-01)".
  virtual std::string Where() const = 0;
};

// Opens `path`: a file, a directory (every article file below it, in name
// order) or "-" for stdin. Fails when the input cannot be opened or is not
// article input at all (a binary file, HTML before the HTML reader exists).
Status OpenArticleReader(const std::string& path, const ReaderOptions& options,
                         std::unique_ptr<ArticleReader>* out);

// The JSON record for `doc` (one line, no trailing newline), following
// shared/spec/article-json.md, with code point offsets. The output is always
// valid UTF-8: invalid bytes in any string are written as U+FFFD.
std::string WriteRecord(const Document& doc);

// The same, appended to *out (lets a caller reuse one buffer).
void AppendRecord(const Document& doc, std::string* out);

// Fills *doc from one JSONL line (the article object). `where` ("file:line")
// prefixes error messages and `line_number` is the default id. An error
// leaves doc->id set as far as it could be read.
Status ParseJsonlArticle(std::string_view line, const std::string& where, uint64_t line_number,
                         const ReaderOptions& options, Document* doc);

// One TABARI text record: a "YYMMDD ID" header line, the sentence text, and an
// optional "/* ... */" comment (in which the validation suite states the
// expected events). Records are separated by blank lines.
struct TabariRecord {
  std::string date;     // "950101" as written
  std::string id;       // "DEMO-01"
  std::string text;     // sentence lines joined by single spaces
  std::string comment;  // text between /* and */, "" if none
  uint32_t line = 0;    // 1-based line of the header
};

// Splits a TABARI .text file into records. Lines before the first header and
// lines starting with '#' outside records are skipped. A header that does not
// parse is reported as an error naming its line.
Status ParseTabariRecords(std::string_view content, const std::string& file_name,
                          std::vector<TabariRecord>* out);

// Reads the file at `path` and splits it as ParseTabariRecords() does; an
// unreadable file is an IOError naming it.
Status LoadTabariRecords(const std::string& path, std::vector<TabariRecord>* out);

}  // namespace annalist

#endif  // ANNALIST_RECORD_IO_H_
