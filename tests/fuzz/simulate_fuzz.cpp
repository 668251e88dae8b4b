// tests/fuzz/simulate_fuzz.cpp — fuzz target: arbitrary bytes run as a whole Node program.
//
// Loads the bytes as a `.js` scenario (so the loader's checks apply, as for a user's file)
// and simulates it with the step log recorded. The limits are much tighter than the
// defaults so that one input costs milliseconds, but they are the same limits a runaway
// program meets: a limit stop must carry its message and exit code 3 (docs/cli.md).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "engine/node/simulation.h"
#include "engine/scenario/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using loopscope::node::RunResult;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  loopscope::scenario::LoadResult loaded = loopscope::scenario::LoadFromText(text, "fuzz.js");
  if (!loaded.ok()) return 0;

  loopscope::scenario::Scenario& scenario = *loaded.scenario;
  scenario.limits.max_steps = 200'000;
  scenario.limits.max_virtual_ms = 60'000;
  scenario.limits.max_events = 200'000;
  scenario.limits.max_wall_seconds = 2;
  scenario.limits.max_heap_mb = 64;

  const RunResult r = loopscope::node::Simulate(scenario);
  switch (r.outcome) {
    case RunResult::Outcome::kLimit:
      if (r.exit_code != 3 || r.limit_message.empty()) std::abort();
      break;
    case RunResult::Outcome::kLoadError:
      if (r.exit_code != 2 || r.stderr_text.empty()) std::abort();
      break;
    case RunResult::Outcome::kExited:
      if (!r.log) std::abort();  // the log was asked for
      break;
    case RunResult::Outcome::kCancelled:
      std::abort();  // nothing here cancels
  }
  return 0;
}
