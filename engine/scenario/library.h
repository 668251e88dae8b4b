// engine/scenario/library.h — the built-in scenario library: every scenarios/<topic>/*.json,
// embedded into the engine at build time (builtin_scenarios.cmake), for `loopscope list`
// and the app's scenario browser.
//
// The table is constant data; loading one goes through the same validation as a user's
// file (loader.h), so a built-in scenario can never be trusted more than a user's.
#pragma once

#include <span>
#include <string_view>

#include "engine/scenario/loader.h"

namespace loopscope::scenario {

struct BuiltinScenario {
  std::string_view id;     // "timers/interval-cleared": topic folder / file stem
  std::string_view topic;  // "timers"
  std::string_view name;   // the scenario's "name"
  std::span<const std::string_view> tags;
  std::string_view json;  // the file's text
};

// Topics in teaching order, then files by name. Defined in the generated source.
std::span<const BuiltinScenario> BuiltinScenarios();

// The scenario the app opens on when given no file: the classic
// "start / end / promise / setTimeout" question.
inline constexpr std::string_view kDefaultScenarioId = "basics/start-end-promise-timeout";

// Looks a built-in scenario up by id ("timers/interval-cleared") or, when unambiguous, by
// file stem alone ("interval-cleared"), and loads it. Unknown ids give one Diagnostic.
LoadResult LoadBuiltin(std::string_view id);

}  // namespace loopscope::scenario
