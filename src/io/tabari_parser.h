// TabariParser: reads TABARI text records one at a time from a buffer, and
// unlike ParseTabariRecords() goes on after a broken record, so that one bad
// header costs one record and not the rest of the file.
#ifndef ANNALIST_SRC_IO_TABARI_PARSER_H_
#define ANNALIST_SRC_IO_TABARI_PARSER_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "annalist/record_io.h"

namespace annalist {

// Whether `line` reads as a record header "YYMMDD ID".
bool LooksLikeTabariHeader(std::string_view line);

class TabariParser {
 public:
  // `content` must outlive the parser.
  TabariParser(std::string_view content, std::string file_name)
      : content_(content), file_name_(std::move(file_name)) {}

  // Reads the next record into *rec and returns true, or returns false at the
  // end of input. A broken record (bad header, unclosed comment) returns true
  // with *status naming file:line; its lines up to the next blank line are
  // skipped and rec->line is set.
  bool Next(TabariRecord* rec, Status* status);

 private:
  // The next line (trimmed, without "\r\n"), or false at the end.
  bool NextLine(std::string_view* line);

  std::string_view content_;
  std::string file_name_;
  size_t pos_ = 0;
  uint32_t line_no_ = 0;
};

}  // namespace annalist

#endif  // ANNALIST_SRC_IO_TABARI_PARSER_H_
