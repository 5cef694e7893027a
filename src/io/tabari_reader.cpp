// TABARI records as presegmented Documents: id and date from the header,
// the sentence as text; the comment (expected codings) is dropped.
#include "io/readers.h"
#include "io/tabari_parser.h"

namespace annalist {
namespace {

class TabariReader : public ArticleReader {
 public:
  TabariReader(std::unique_ptr<ByteSource> source, std::string name, ReaderOptions options)
      : name_(std::move(name)), options_(std::move(options)) {
    source->ReadAll(&content_);
    read_failed_ = source->failed();
    parser_ = std::make_unique<TabariParser>(content_, name_);
  }

  bool Next(Document* doc, Status* status) override {
    *doc = Document{};
    if (read_failed_) {
      read_failed_ = false;
      doc->id = name_;
      *status = Status::IOError(name_ + ": read error");
      return true;
    }
    TabariRecord& rec = record_;
    if (!parser_->Next(&rec, status)) return false;
    // Assembled in place: where_ keeps its buffer from record to record.
    where_.assign(name_).append(":").append(std::to_string(rec.line));
    if (!rec.id.empty()) where_.append(" (record ").append(rec.id).append(")");
    doc->id = rec.id.empty() ? where_ : std::move(rec.id);
    doc->presegmented = true;
    if (!status->ok()) return true;
    SetArticleText(std::move(rec.text), where_, options_, doc);
    if (!Date::Parse(rec.date, &doc->published)) {
      *status = Status::Corruption(where_ + ": bad date '" + rec.date + "' (want YYMMDD)");
    }
    return true;
  }

  std::string Where() const override { return where_; }

 private:
  std::string name_;
  ReaderOptions options_;
  std::string content_;
  bool read_failed_ = false;
  std::unique_ptr<TabariParser> parser_;
  TabariRecord record_;  // reused, so that its strings keep their buffers
  std::string where_;
};

}  // namespace

std::unique_ptr<ArticleReader> NewTabariReader(std::unique_ptr<ByteSource> source,
                                               const std::string& name,
                                               const ReaderOptions& options) {
  return std::make_unique<TabariReader>(std::move(source), name, options);
}

}  // namespace annalist
