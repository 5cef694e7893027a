// libFuzzer target: the .options reader must turn any input into either
// dictionaries or an error Status, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "annalist/dictionary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  annalist::Dictionaries dictionaries;
  std::string_view content(reinterpret_cast<const char*>(data), size);
  annalist::Status status = dictionaries.AddOptions(content, "fuzz.options");
  dictionaries.Compile();
  (void)status;
  return 0;
}
