// engine/scenario/validate.h — the `.json` scenario schema (docs/scenario-format.md):
// every field, its type, default and range, checked into a Scenario.
//
// Reports every error it finds (it does not stop at the first). Resolving `source_file`
// needs the file system and is left to loader.cpp; the limits below are also quoted in
// the docs, so change both together.
#pragma once

#include <array>
#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "engine/scenario/checker.h"
#include "engine/scenario/scenario.h"

namespace loopscope::scenario {

inline constexpr size_t kMaxSourceBytes = 1024 * 1024;  // a program, inline or in a file
inline constexpr size_t kMaxScenarioFileBytes = 16 * 1024 * 1024;
inline constexpr int kMaxThreadpoolSize = 1024;  // libuv's MAX_THREADPOOL_SIZE
inline constexpr int kMaxCpuCores = 256;
inline constexpr double kMaxLoopStartMs = 1000;
inline constexpr double kMaxDurationMs = 3'600'000;  // any latency, cost or request time
// As many scheduled requests as a default run serves: each costs the http library about
// 5,000 interpreter steps, so 2,000 stay well inside limits.max_steps (200,000,000).
inline constexpr size_t kMaxRequests = 2'000;
inline constexpr size_t kMaxFiles = 1'000;
inline constexpr size_t kMaxFileBytes = 1024 * 1024;
inline constexpr size_t kMaxTotalFileBytes = 8 * 1024 * 1024;
// The kinds of I/O whose costs `environment.io` may set (also what-if changes, what_if.h).
inline constexpr std::array<std::string_view, 9> kIoKinds = {"fs",
                                                             "crypto.pbkdf2",
                                                             "crypto.scrypt",
                                                             "crypto.randomBytes",
                                                             "crypto.randomFill",
                                                             "zlib",
                                                             "dns.lookup",
                                                             "dns.resolve",
                                                             "net"};

// Where the program comes from: exactly one of these is set when validation passed.
struct ProgramRef {
  std::optional<std::string> source;
  std::optional<std::string> source_file;  // as written: relative to the scenario's folder
};

// Checks `root` against the schema, filling `out` with every valid field.
// Reads "host" ("node" or "browser") and "browser" ({"clicks": [{"at_ms", "target"}]});
// validate_browser.cpp.
void ReadBrowserFields(const nlohmann::json& root, Checker& check, Scenario& out);

ProgramRef ValidateScenarioJson(const nlohmann::json& root, Checker& check, Scenario& out);

}  // namespace loopscope::scenario
