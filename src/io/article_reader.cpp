// OpenArticleReader: picks the reader for a path by format, extension or
// content.
#include <algorithm>
#include <filesystem>

#include "io/readers.h"
#include "io/tabari_parser.h"

namespace annalist {
namespace {

namespace fs = std::filesystem;

// Enough of the input to recognise its format and spot binary data.
constexpr size_t kSniffBytes = 8192;

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), ::tolower);
  return s;
}

// The first line of `head` that is neither blank nor a '#' comment.
std::string_view FirstContentLine(std::string_view head) {
  size_t pos = 0;
  while (pos < head.size()) {
    size_t nl = head.find('\n', pos);
    if (nl == std::string_view::npos) nl = head.size();
    std::string_view line = head.substr(pos, nl - pos);
    pos = nl + 1;
    size_t start = line.find_first_not_of(" \t\r");
    if (start != std::string_view::npos && line[start] != '#') return line.substr(start);
  }
  return {};
}

InputFormat TextOrTabari(std::string_view head) {
  return LooksLikeTabariHeader(FirstContentLine(head)) ? InputFormat::kTabari
                                                       : InputFormat::kText;
}

// The format of input that has no telling extension, from its first bytes.
InputFormat SniffFormat(std::string_view head) {
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  size_t start = head.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return InputFormat::kText;
  if (head[start] == '{') return InputFormat::kJsonl;
  if (head[start] == '<') {
    std::string lower = Lower(std::string(head.substr(start, 512)));
    if (lower.find("<html") != std::string::npos || lower.find("<!doctype") != std::string::npos) {
      return InputFormat::kHtml;
    }
  }
  return TextOrTabari(head);
}

InputFormat FormatFor(const std::string& path, std::string_view head) {
  std::string ext = Lower(fs::path(path).extension().string());
  if (ext == ".jsonl" || ext == ".json" || ext == ".ndjson") return InputFormat::kJsonl;
  if (ext == ".html" || ext == ".htm") return InputFormat::kHtml;
  if (ext == ".txt" || ext == ".text") return TextOrTabari(head);
  return SniffFormat(head);
}

}  // namespace

Status ParseInputFormat(std::string_view name, InputFormat* out) {
  static const std::pair<std::string_view, InputFormat> kNames[] = {
      {"auto", InputFormat::kAuto},     {"jsonl", InputFormat::kJsonl},
      {"text", InputFormat::kText},     {"tabari", InputFormat::kTabari},
      {"html", InputFormat::kHtml}};
  for (const auto& [n, format] : kNames) {
    if (name == n) {
      *out = format;
      return Status::OK();
    }
  }
  return Status::InvalidArgument("unknown input format '" + std::string(name) +
                                 "' (auto, jsonl, text, tabari, html)");
}

Status OpenArticleReader(const std::string& path, const ReaderOptions& options,
                         std::unique_ptr<ArticleReader>* out) {
  std::error_code ec;
  if (path != "-" && fs::is_directory(path, ec)) {
    *out = NewDirectoryReader(path, options);
    return Status::OK();
  }
  if (IsWarcPath(path)) return NewWarcReader(path, options, out);  // compressed: no sniffing
  std::unique_ptr<ByteSource> source;
  ANNALIST_RETURN_IF_ERROR(ByteSource::Open(path, &source));
  std::string name = path == "-" ? "<stdin>" : path;
  std::string_view head = source->Peek(kSniffBytes);
  if (head.find('\0') != std::string_view::npos) {
    return Status::Corruption(name + ": looks like a binary file (NUL bytes), not article text");
  }
  InputFormat format = options.format;
  if (format == InputFormat::kAuto) {
    format = path == "-" ? SniffFormat(head) : FormatFor(path, head);
  }
  switch (format) {
    case InputFormat::kJsonl:
      *out = NewJsonlReader(std::move(source), name, options);
      break;
    case InputFormat::kTabari:
      *out = NewTabariReader(std::move(source), name, options);
      break;
    case InputFormat::kHtml:
      *out = NewHtmlReader(std::move(source), name,
                           path == "-" ? "stdin" : fs::path(path).filename().string(), options);
      break;
    case InputFormat::kText:
    case InputFormat::kAuto: {
      std::string id = path == "-" ? "stdin" : fs::path(path).filename().string();
      *out = NewTextReader(std::move(source), name, id, options);
      break;
    }
  }
  return Status::OK();
}

}  // namespace annalist
