// A directory of article files: each file below it, in path order, read with
// the format its extension (or the forced format) gives.
#include <algorithm>
#include <filesystem>
#include <system_error>

#include "io/readers.h"

namespace annalist {
namespace {

namespace fs = std::filesystem;

bool IsArticleExtension(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  return ext == ".jsonl" || ext == ".json" || ext == ".ndjson" || ext == ".txt" ||
         ext == ".text" || ext == ".html" || ext == ".htm" || IsWarcPath(path.string());
}

class DirectoryReader : public ArticleReader {
 public:
  DirectoryReader(const std::string& dir, ReaderOptions options) : options_(std::move(options)) {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(dir, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file(ec)) continue;
      // With an explicit format every file is input; by extension otherwise.
      if (options_.format == InputFormat::kAuto && !IsArticleExtension(it->path())) {
        if (options_.on_warning) {
          options_.on_warning(it->path().string() + ": skipped (not an article file extension)");
        }
        continue;
      }
      files_.push_back(it->path().string());
    }
    if (ec) list_error_ = Status::IOError(dir + ": " + ec.message());
    std::sort(files_.begin(), files_.end());
  }

  bool Next(Document* doc, Status* status) override {
    if (!list_error_.ok()) {
      *doc = Document{};
      *status = list_error_;
      list_error_ = Status::OK();
      return true;
    }
    for (;;) {
      if (current_ && current_->Next(doc, status)) return true;
      current_.reset();
      if (next_file_ == files_.size()) return false;
      const std::string& path = files_[next_file_++];
      where_ = path;
      Status s = OpenArticleReader(path, options_, &current_);
      if (!s.ok()) {  // an unreadable file is one failed record, not the end
        *doc = Document{};
        doc->id = path;
        *status = s;
        return true;
      }
    }
  }

  std::string Where() const override { return current_ ? current_->Where() : where_; }

 private:
  ReaderOptions options_;
  std::vector<std::string> files_;
  size_t next_file_ = 0;
  Status list_error_;
  std::unique_ptr<ArticleReader> current_;
  std::string where_;
};

}  // namespace

std::unique_ptr<ArticleReader> NewDirectoryReader(const std::string& dir,
                                                  const ReaderOptions& options) {
  return std::make_unique<DirectoryReader>(dir, options);
}

}  // namespace annalist
