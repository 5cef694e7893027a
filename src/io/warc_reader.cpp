// WARC input (ISO 28500), plain or gzip-compressed. zlib's gzread reads
// concatenated gzip members one after another — CC-NEWS compresses each
// record as its own member — and passes uncompressed files through.
//
// Every "response" record whose HTTP payload is HTML becomes one article
// (main text extracted as for HTML pages); its id and url are the record's
// WARC-Target-URI, its date the page's metadata or else WARC-Date. Other
// records (warcinfo, request, metadata, non-HTML responses) are skipped.
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cstdlib>

#include "io/readers.h"

namespace annalist {
namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), ::tolower);
  return s;
}

// "Name: value" header lines, names lower-cased, up to the blank line.
struct Headers {
  std::vector<std::pair<std::string, std::string>> fields;
  std::string Get(const std::string& name) const {
    for (const auto& [n, v] : fields) {
      if (n == name) return v;
    }
    return "";
  }
};

void ParseHeaders(std::string_view block, Headers* out) {
  size_t pos = 0;
  while (pos < block.size()) {
    size_t nl = block.find('\n', pos);
    if (nl == std::string_view::npos) nl = block.size();
    std::string_view line = block.substr(pos, nl - pos);
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view value = line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    out->fields.emplace_back(Lower(std::string(line.substr(0, colon))), std::string(value));
  }
}

// Undoes HTTP chunked transfer encoding.
std::string Dechunk(std::string_view body) {
  std::string out;
  size_t pos = 0;
  while (pos < body.size()) {
    size_t nl = body.find('\n', pos);
    if (nl == std::string_view::npos) break;
    size_t size = std::strtoul(std::string(body.substr(pos, nl - pos)).c_str(), nullptr, 16);
    if (size == 0) break;
    out.append(body.substr(nl + 1, size));
    pos = nl + 1 + size + 2;  // the chunk and its CRLF
  }
  return out;
}

class WarcReader : public ArticleReader {
 public:
  WarcReader(gzFile file, std::string name, ReaderOptions options)
      : file_(file), name_(std::move(name)), options_(std::move(options)) {}
  ~WarcReader() override { gzclose(file_); }

  bool Next(Document* doc, Status* status) override {
    for (;;) {
      Headers warc;
      std::string body;
      if (!ReadRecord(&warc, &body, status)) return false;
      if (!status->ok()) {
        *doc = Document{};
        return true;  // a broken record: reported, and reading stops after it
      }
      if (Lower(warc.Get("warc-type")) != "response") continue;
      size_t split = body.find("\r\n\r\n");
      size_t skip = 4;
      if (split == std::string::npos) split = body.find("\n\n"), skip = 2;
      if (split == std::string::npos) continue;
      Headers http;
      ParseHeaders(std::string_view(body).substr(0, split), &http);
      if (Lower(http.Get("content-type")).find("html") == std::string::npos) continue;
      std::string_view payload = std::string_view(body).substr(split + skip);
      std::string dechunked;
      if (Lower(http.Get("transfer-encoding")).find("chunked") != std::string::npos) {
        dechunked = Dechunk(payload);
        payload = dechunked;
      }
      *doc = Document{};
      std::string uri = warc.Get("warc-target-uri");
      // wget writes the URI in angle brackets, as an early WARC draft did.
      if (uri.size() >= 2 && uri.front() == '<' && uri.back() == '>') {
        uri = uri.substr(1, uri.size() - 2);
      }
      doc->url = doc->id = uri;
      where_ = name_ + ":" + std::to_string(record_) + " (" + doc->url + ")";
      ReaderOptions options = options_;
      Date warc_date;
      if (Date::Parse(warc.Get("warc-date"), &warc_date)) options.default_published = warc_date;
      SetHtmlArticle(std::string(payload), where_, options, doc);
      return true;
    }
  }

  std::string Where() const override { return where_; }

 private:
  // Reads one record; false at the end of input.
  bool ReadRecord(Headers* headers, std::string* body, Status* status) {
    *status = Status::OK();
    if (broken_) return false;
    std::string block, line;
    while (ReadLine(&line)) {  // skip blank lines between records
      if (line != "\r\n" && line != "\n") break;
      line.clear();
    }
    if (line.empty()) return false;
    ++record_;
    where_ = name_ + ":" + std::to_string(record_);
    if (line.compare(0, 5, "WARC/") != 0) {
      broken_ = true;
      *status = Status::Corruption(where_ + ": not a WARC record (no WARC/ version line)");
      return true;
    }
    while (ReadLine(&line) && line != "\r\n" && line != "\n") block += line;
    ParseHeaders(block, headers);
    long length = std::atol(headers->Get("content-length").c_str());
    if (length < 0 || length > (1L << 30)) {
      broken_ = true;
      *status = Status::Corruption(where_ + ": bad Content-Length");
      return true;
    }
    body->resize(static_cast<size_t>(length));
    if (length > 0 && gzread(file_, body->data(), static_cast<unsigned>(length)) != length) {
      broken_ = true;
      *status = Status::Corruption(where_ + ": truncated record");
    }
    return true;
  }

  bool ReadLine(std::string* line) {
    line->clear();
    char buf[4096];
    while (gzgets(file_, buf, sizeof buf) != nullptr) {
      *line += buf;
      if (!line->empty() && line->back() == '\n') return true;
    }
    return !line->empty();
  }

  gzFile file_;
  std::string name_, where_;
  ReaderOptions options_;
  uint64_t record_ = 0;
  bool broken_ = false;
};

}  // namespace

bool IsWarcPath(const std::string& path) {
  std::string lower = Lower(path);
  auto ends = [&](std::string_view s) {
    return lower.size() >= s.size() && lower.compare(lower.size() - s.size(), s.size(), s) == 0;
  };
  return ends(".warc") || ends(".warc.gz");
}

Status NewWarcReader(const std::string& path, const ReaderOptions& options,
                     std::unique_ptr<ArticleReader>* out) {
  gzFile file = path == "-" ? gzdopen(dup(STDIN_FILENO), "rb") : gzopen(path.c_str(), "rb");
  if (file == nullptr) return Status::IOError(path + ": cannot open");
  gzbuffer(file, 1 << 17);
  *out = std::make_unique<WarcReader>(file, path == "-" ? "<stdin>" : path, options);
  return Status::OK();
}

}  // namespace annalist
