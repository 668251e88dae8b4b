// tests/fuzz/scenario_loader_fuzz.cpp — fuzz target: arbitrary bytes as a scenario file.
//
// The same bytes are loaded twice, as a `.json` scenario and as a `.js` program, because the
// loader takes different paths for each (JSON guard and schema vs. UTF-8 check only). The
// contract under test (engine/scenario/loader.h): either a Scenario or located errors, never
// both, never a crash. Seed corpus: scenarios/**/*.json (see CMakeLists.txt here).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "engine/scenario/loader.h"

namespace {

void LoadAs(std::string_view text, const char* path) {
  const loopscope::scenario::LoadResult r = loopscope::scenario::LoadFromText(text, path);
  // A half-loaded scenario is the one outcome the loader promises never to return.
  if (r.scenario.has_value() == !r.errors.empty()) std::abort();
  for (const auto& d : r.errors) {
    if (d.message.empty()) std::abort();  // every error must say what is wrong
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  LoadAs(text, "fuzz.json");
  LoadAs(text, "fuzz.js");
  return 0;
}
