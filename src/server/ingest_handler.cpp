#include "server/ingest_handler.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "annalist/record_io.h"
#include "io/json_writer.h"

namespace annalist::server {
namespace {

// The body in a private temporary file, so that the one JSONL reader the CLI
// uses (with its limits and messages) reads it too. Removed on destruction.
class TempFile {
 public:
  Status Write(const std::string& data) {
    std::string pattern = (std::filesystem::temp_directory_path() / "annalist-ingest-XXXXXX");
    int fd = mkstemp(pattern.data());
    if (fd < 0) return Status::IOError("cannot create a temporary file");
    path_ = pattern;
    bool ok = ::write(fd, data.data(), data.size()) == static_cast<ssize_t>(data.size());
    ::close(fd);
    return ok ? Status::OK() : Status::IOError("cannot write a temporary file");
  }
  ~TempFile() {
    if (!path_.empty()) std::remove(path_.c_str());
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace

Status IngestHandler::Init(const std::string& dictionaries) {
  PipelineOptions options;
  options.dictionaries = dictionaries;
  return Pipeline::Create(options, &pipeline_);
}

Status IngestHandler::Ingest(const std::string& body, Store* store, std::string* summary) const {
  if (!pipeline_) return Status::Internal("ingest is not enabled");
  TempFile file;
  ANNALIST_RETURN_IF_ERROR(file.Write(body));
  ReaderOptions options;
  options.format = InputFormat::kJsonl;
  std::unique_ptr<ArticleReader> reader;
  ANNALIST_RETURN_IF_ERROR(OpenArticleReader(file.path(), options, &reader));

  int64_t added = 0, duplicates = 0;
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("errors");
  w.BeginArray();
  Document doc;
  Status read_status;
  while (reader->Next(&doc, &read_status)) {
    if (read_status.ok()) pipeline_->Process(&doc);
    if (!read_status.ok() || doc.error) {
      w.BeginObject();
      w.Field("record", doc.id);
      w.Field("error", read_status.ok() ? doc.error->message : read_status.message());
      w.EndObject();
    }
    if (read_status.ok()) {
      std::vector<IngestResult> results;
      ANNALIST_RETURN_IF_ERROR(store->Ingest({&doc}, &results));
      if (!results.empty() && results[0].added) {
        ++added;
      } else if (!results.empty() && !results[0].error) {
        ++duplicates;
      }
    }
    doc = Document{};
    read_status = Status::OK();
  }
  w.EndArray();
  w.Field("added", added);
  w.Field("duplicates", duplicates);
  w.EndObject();
  *summary = std::move(out);
  return Status::OK();
}

}  // namespace annalist::server
