// engine/trace/chrome_trace.cpp — turns begin/end pairs of the step log into complete slices.
// One pass keeps a stack of open slices per track; anything still open when the log ends
// (a truncated run) is closed at the last event's time. Where to look next: chrome_trace.h.
#include "engine/trace/chrome_trace.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <vector>

namespace loopscope::trace {
namespace {

using Json = nlohmann::ordered_json;

// Texts that are not valid UTF-8 show U+FFFD in their place (text_bytes.h): nothing loads
// this export back, and a viewer must be able to open it.
constexpr auto kLossy = Json::error_handler_t::replace;

double Micros(int64_t ns) {
  return static_cast<double>(ns) / 1000.0;
}

std::string Hex(uint32_t rgb) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%06X", rgb & 0xFFFFFFu);
  return buf;
}

struct Open {
  int64_t start_ns = 0;
  std::string name;
  std::string category;
  Phase phase = Phase::kNone;
  Json args;
};

class ChromeWriter {
 public:
  ChromeWriter(const StepLog& log, std::ostream& out, size_t max_bytes)
      : log_(log), out_(out), max_bytes_(max_bytes) {}

  void Run() {
    out_ << "{\"displayTimeUnit\": \"ms\",\n \"otherData\": "
         << Json{{"program", log_.info().program_name},
                 {"clock", log_.info().real_time ? "real" : "virtual"}}
                .dump(-1, ' ', false, kLossy)
         << ",\n \"traceEvents\": [";
    Metadata();
    Phase phase = Phase::kNone;
    size_t omitted = 0;
    int64_t end = 0;
    bool over = false;  // once an event does not fit, only the ending is written
    uint32_t thread = 0;
    for (size_t i = 0; i < log_.size(); ++i) {
      const Event& e = log_.At(i);
      // The tracks are the main thread's: a worker's events (worker_threads) are left out
      // rather than drawn on the main thread's track.
      if (e.kind == EventKind::kThread) thread = log_.ThreadAt(i);
      if (thread != 0) continue;
      if (!KeptPastBudget(e.kind)) {
        over = over || written_ + log_.Text(e.text).size() > max_bytes_;
        if (over) {
          ++omitted;  // past the budget (export_budget.h)
          continue;
        }
      }
      if (e.kind == EventKind::kPhaseEnter) phase = e.phase;
      end = e.time_ns;
      OnEvent(e, phase);
    }
    for (auto& [tid, stack] : open_)
      while (!stack.empty()) Close(tid, end);
    if (omitted > 0) {
      Write({{"name", "export capped: " + std::to_string(omitted) + " events left out"},
             {"cat", "export"},
             {"ph", "i"},
             {"s", "g"},
             {"ts", Micros(end)},
             {"pid", kChromePid},
             {"tid", kChromeMainTid}});
    }
    out_ << "\n ]\n}\n";
  }

 private:
  void Write(const Json& j) {
    std::string line = j.dump(-1, ' ', false, kLossy);
    out_ << (first_ ? "\n  " : ",\n  ") << line;
    written_ += line.size() + 4;
    first_ = false;
  }
  void ThreadName(int tid, const std::string& name) {
    Write({{"name", "thread_name"},
           {"ph", "M"},
           {"ts", 0},
           {"pid", kChromePid},
           {"tid", tid},
           {"args", {{"name", name}}}});
    Write({{"name", "thread_sort_index"},
           {"ph", "M"},
           {"ts", 0},
           {"pid", kChromePid},
           {"tid", tid},
           {"args", {{"sort_index", tid}}}});
  }
  void Metadata() {
    Write({{"name", "process_name"},
           {"ph", "M"},
           {"ts", 0},
           {"pid", kChromePid},
           {"tid", 0},
           {"args", {{"name", "node " + log_.info().program_name}}}});
    ThreadName(kChromeMainTid, "main thread");
    ThreadName(kChromePhaseTid, "event loop phases");
    for (int i = 0; i < std::clamp(log_.info().pool_size, 1, RunInfo::kMaxPoolSize); ++i)
      ThreadName(kChromeFirstPoolTid + i, "pool thread #" + std::to_string(i + 1));
  }

  void Begin(int tid, const Event& e, std::string name, std::string category, Phase phase,
             Json args) {
    open_[tid].push_back(
        Open{e.time_ns, std::move(name), std::move(category), phase, std::move(args)});
  }
  void Close(int tid, int64_t end_ns) {
    auto& stack = open_[tid];
    if (stack.empty()) return;
    Open o = std::move(stack.back());
    stack.pop_back();
    o.args["phase"] = PhaseJsonName(o.phase);
    o.args["colour"] = Hex(PhaseColour(o.phase));
    Write({{"name", o.name},
           {"cat", o.category},
           {"ph", "X"},
           {"ts", Micros(o.start_ns)},
           {"dur", Micros(std::max<int64_t>(end_ns - o.start_ns, 0))},
           {"pid", kChromePid},
           {"tid", tid},
           {"cname", ChromeColourName(o.phase)},
           {"args", std::move(o.args)}});
  }
  bool CloseIf(int tid, int64_t end_ns, std::string_view category) {
    auto& stack = open_[tid];
    if (stack.empty() || stack.back().category != category) return false;
    Close(tid, end_ns);
    return true;
  }
  void Instant(const Event& e, const std::string& name, const char* category, const char* scope,
               Json args) {
    Write({{"name", name},
           {"cat", category},
           {"ph", "i"},
           {"s", scope},
           {"ts", Micros(e.time_ns)},
           {"pid", kChromePid},
           {"tid", kChromeMainTid},
           {"args", std::move(args)}});
  }
  std::string Text(const Event& e) const { return std::string(log_.Text(e.text)); }

  void OnEvent(const Event& e, Phase phase) {
    const int pool_tid = kChromeFirstPoolTid +
                         static_cast<int>(std::clamp<int64_t>(e.value, 0, RunInfo::kMaxPoolSize));
    switch (e.kind) {
      case EventKind::kPhaseEnter:
        Begin(kChromePhaseTid, e, std::string(PhaseDisplayName(e.phase)), "phase", e.phase,
              {{"iteration", e.value}});
        break;
      case EventKind::kPhaseLeave:
        Close(kChromePhaseTid, e.time_ns);
        break;
      case EventKind::kCallbackStart:
        Begin(kChromeMainTid, e, Text(e).empty() ? std::string(QueueDisplayName(e.queue)) : Text(e),
              "callback", phase, {{"queue", QueueJsonName(e.queue)}, {"item", e.item}});
        break;
      case EventKind::kFramePush:
      case EventKind::kFrameResume:
        Begin(kChromeMainTid, e, Text(e), "frame", phase, {{"line", e.loc.line}});
        break;
      case EventKind::kFramePop:
      case EventKind::kFrameSuspend:
        CloseIf(kChromeMainTid, e.time_ns, "frame");
        break;
      case EventKind::kCallbackEnd:
        // Frames a throwing callback left open end with it, so slices always nest.
        while (CloseIf(kChromeMainTid, e.time_ns, "frame")) {
        }
        CloseIf(kChromeMainTid, e.time_ns, "callback");
        break;
      case EventKind::kPoolJobStart:
        Begin(pool_tid, e, Text(e).empty() ? "job" : Text(e), "pool", phase,
              {{"item", e.item}, {"expected_ms", static_cast<double>(PoolJobExpectedNs(e)) / 1e6}});
        break;
      case EventKind::kPoolJobFinish:
        Close(pool_tid, e.time_ns);
        break;
      case EventKind::kConsole:
        Instant(e, Text(e).substr(0, 80), "console", "t",
                {{"text", Text(e)}, {"stream", e.value == 2 ? "stderr" : "stdout"}});
        break;
      case EventKind::kRaceMark:
        Instant(e, "race: " + Text(e), "race", "g", {{"line", e.loc.line}});
        break;
      case EventKind::kUncaught:
        Instant(e, "uncaught: " + Text(e), "exit", "g", {});
        break;
      case EventKind::kLimit:
        Instant(e, "limit: " + Text(e), "exit", "g", {});
        break;
      case EventKind::kProcessExit:
        Instant(e, "exit " + std::to_string(e.value), "exit", "g", {});
        break;
      default:
        break;
    }
  }

  const StepLog& log_;
  std::ostream& out_;
  size_t max_bytes_;
  size_t written_ = 0;
  bool first_ = true;
  std::map<int, std::vector<Open>> open_;
};

}  // namespace

std::string_view ChromeColourName(Phase p) {
  switch (p) {
    case Phase::kNone:
      return "grey";
    case Phase::kMain:
      return "generic_work";
    case Phase::kTimers:
      return "terrible";
    case Phase::kPending:
      return "yellow";
    case Phase::kIdlePrepare:
      return "grey";
    case Phase::kPoll:
      return "rail_load";
    case Phase::kCheck:
      return "good";
    case Phase::kClose:
      return "rail_animation";
    case Phase::kBeforeExit:
      return "olive";
    case Phase::kExit:
      return "black";
    case Phase::kTask:
      return "generic_work";
    case Phase::kRendering:
      return "rail_animation";
  }
  return "grey";
}

bool WriteChromeTrace(const StepLog& log, std::ostream& out, size_t max_bytes) {
  ChromeWriter(log, out, max_bytes).Run();
  return static_cast<bool>(out);
}

}  // namespace loopscope::trace
