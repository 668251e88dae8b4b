// engine/scenario/scenario.h — a loaded scenario: the program and everything JavaScript
// cannot say (I/O timing, pool size, cores, scheduled requests, expected output, limits).
//
// Produced by loader.h from a `.js` file (defaults) or a `.json` scenario
// (docs/scenario-format.md); consumed by engine/node (the simulation) and the app.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace loopscope::scenario {

// Timing of one kind of I/O or pool work, in virtual milliseconds.
struct IoCost {
  double latency_ms = 0;  // waiting that uses no CPU (disk, network, resolver)
  double cpu_ms = 0;      // CPU work that competes for cores (crypto, zlib)
};

struct VirtualFile {
  std::string content;
  std::optional<double> latency_ms;  // overrides io["fs"].latency_ms for this file
};

struct ScheduledRequest {
  double at_ms = 0;
  std::string method = "GET";
  std::string url;  // "http://localhost:5000/about"
  std::string body;
  std::map<std::string, std::string> headers;
};

struct Environment {
  int threadpool_size = 4;  // UV_THREADPOOL_SIZE (libuv clamps to 1..1024)
  int cpu_cores = 4;
  // Virtual time the main module's bootstrap and compile take before the first statement,
  // and how far into the current millisecond the process started. It decides the
  // main-module setTimeout(0) vs setImmediate race (docs/semantics.md §2.6).
  double loop_start_ms = 0.4;
  // Seeds the simulator's crypto random bytes (randomBytes, randomUUID, randomInt, ...);
  // 0 means the built-in seed. A live run ignores it (OpenSSL's RAND_bytes).
  uint64_t random_seed = 0;
  // Date's local time zone, an IANA name ("Europe/Paris"); empty means UTC. Never the
  // host's own zone, so a run prints the same everywhere.
  std::string timezone;
  // Keys: "fs", "crypto.pbkdf2", "crypto.scrypt", "crypto.randomBytes", "crypto.randomFill",
  // "zlib", "dns.lookup", "dns.resolve", "net". Missing keys take built-in defaults.
  std::map<std::string, IoCost> io;
  std::map<std::string, VirtualFile> files;  // path as the program names it ("./data/x.json")
  std::vector<ScheduledRequest> requests;    // network.requests, sorted by at_ms
};

struct Expected {
  std::vector<std::string> stdout_lines;
  std::optional<int> exit_code;
  std::optional<std::string> stderr_first_line;
};

// The wall clock is a last-resort guard against a slow or overloaded host, never what stops
// a runaway program: the deterministic limits below (steps, which count heavy native work
// too, virtual time, step-log size, heap) do that, at the same point on every machine. The
// guard is far above any legitimate simulation, and larger in instrumented (sanitizer)
// builds, whose interpreter runs several times slower.
#ifdef LOOPSCOPE_INSTRUMENTED
inline constexpr double kWallGuardSeconds = 300;
#else
inline constexpr double kWallGuardSeconds = 60;
#endif

struct Limits {
  uint64_t max_steps = 200'000'000;   // interpreter steps (bytecode instructions)
  double max_virtual_ms = 3'600'000;  // one virtual hour
  uint64_t max_events = 20'000'000;   // step-log size
  double max_wall_seconds = 0;        // 0: kWallGuardSeconds (a live run: its own default)
  double max_heap_mb = 512;           // JavaScript heap plus buffered output (js::Vm::SetHeapLimit)
};

// A shared file may lower its limits but not raise them: each limit above the default is
// brought back to it (the wall clock to `wall_cap_seconds`, the simulator's guard or a live
// run's default). `loopscope run` does this unless given --allow-long-runs, so a file
// alone cannot make it spin for minutes or hold gigabytes.
inline void CapLimitsAtDefaults(Limits& limits, double wall_cap_seconds) {
  const Limits defaults;
  limits.max_steps = std::min(limits.max_steps, defaults.max_steps);
  limits.max_virtual_ms = std::min(limits.max_virtual_ms, defaults.max_virtual_ms);
  limits.max_events = std::min(limits.max_events, defaults.max_events);
  limits.max_heap_mb = std::min(limits.max_heap_mb, defaults.max_heap_mb);
  limits.max_wall_seconds = std::min(limits.max_wall_seconds, wall_cap_seconds);
}

// One captioned stop of a classroom presentation (classroom.stops, docs/scenario-format.md):
// the presenter's clicker jumps stop to stop and the app shows the caption large. Where a
// stop lands in a run is decided by stops.h (ResolveStops).
struct Stop {
  enum class Anchor { kLine, kStep, kEvent };
  Anchor anchor = Anchor::kLine;
  uint64_t line = 0;    // kLine: a 1-based line of the program
  uint64_t step = 0;    // kStep: an index into the step log
  std::string event;    // kEvent: an event kind's JSON name ("frame_suspend")
  std::string caption;  // one line, shown large
};

// Which host runs the program: Node (the default) or the browser model (docs/browser.md).
enum class Host : uint8_t { kNode, kBrowser };

// A scripted user click (browser.clicks): a real click on the element whose id is `target`,
// dispatched as a user-interaction task at `at_ms` of virtual time.
struct UserClick {
  double at_ms = 0;
  std::string target;
};

// One route of the page's simulated server (browser.routes): what fetch(path) receives.
struct Route {
  std::string path;    // "/user": the URL path the page fetches (same origin as the page)
  std::string method;  // "POST": answers requests of this method only; "" answers the rest
  int status = 200;    // one of kHttpStatuses (http_status.h)
  std::vector<std::pair<std::string, std::string>> headers;  // in order, Content-Type first
  std::string body;
  bool echo = false;      // the body is the request itself as JSON (lib/fetch.js EchoBody)
  double latency_ms = 0;  // from the request until the response (headers and body) arrives
};

// What the program's fd 0 is. Node picks process.stdin's class by it (guessHandleType in
// lib/internal/bootstrap/switches/is_main_thread.js getStdin): a file or character device
// (`< file`, `< /dev/null`) gives an fs.ReadStream, a pipe a net.Socket, a terminal a
// tty.ReadStream. docs/scenario-format.md ("stdin"), docs/cli.md.
enum class StdinKind : uint8_t { kFile, kPipe, kTty };

// The run's input. Without one a run has node's `< /dev/null`: an empty file.
struct StdinSource {
  StdinKind kind = StdinKind::kFile;
  std::string text;
  // Set by `loopscope run` for its own fd 0: reads it to the end the first time the program
  // asks for stdin, so a program that never touches stdin never waits for it. Returns false
  // when the input is over kMaxStdinBytes.
  std::function<bool(std::string*)> read;
};
inline constexpr size_t kMaxStdinBytes = 16u << 20;  // 16 MiB

struct Scenario {
  int schema = 1;
  Host host = Host::kNode;
  std::vector<UserClick> user_clicks;
  // browser.routes: the page's server. nullopt: the scenario has none, so fetch is refused.
  std::optional<std::vector<Route>> routes;
  std::string name;
  std::string description;  // Markdown
  std::vector<std::string> tags;
  std::string topic;        // folder in scenarios/ ("timers"), empty for user files
  std::string file_path;    // where it was loaded from (for reload and messages)
  std::string source_name;  // file name used in diagnostics and stack traces
  std::string source;       // the program
  // An ES module (a `.mjs` file or "type": "module"): evaluated by node's ESM loader, with
  // environment.files as the modules it may import (engine/node/esm_loader.h).
  bool is_module = false;
  Environment environment;
  StdinSource stdin_source;
  std::optional<Expected> expected;
  bool predict_first = false;  // classroom.predict_first
  std::vector<Stop> stops;     // classroom.stops, in presentation order
  Limits limits;
};

}  // namespace loopscope::scenario
