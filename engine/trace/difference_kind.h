// engine/trace/difference_kind.h — why two runs of one program differ, in one sentence.
//
// The app's "Compare: Node vs browser" and "Compare: CommonJS vs ES module" (and `loopscope
// compare`) run one program twice and mark the first difference (program_divergence.h).
// ClassifyDifference reads what each run was doing there — which queue's callback ran, an
// uncaught error, a timer's due time — and picks one kind from the table below; each kind
// has one sentence, with {placeholders} filled from the two logs. The rules only look at the
// logs, never at the program's name or text. docs/compare.md lists the kinds.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "engine/trace/program_divergence.h"
#include "engine/trace/step_log.h"

namespace loopscope::trace {

// What the two runs are: a = Node, b = the browser; or a = CommonJS, b = an ES module.
enum class Pairing : uint8_t { kHosts, kModuleSystems };

// clang-format off
//      enum                        json name                  sentence
#define LOOPSCOPE_DIFFERENCE_KINDS(X) \
  X(kNone, "none", \
    "Both runs printed the same lines and ran the program's callbacks in the same order.") \
  X(kSameErrorOtherReport, "same_error_other_report", \
    "Both runs printed the same lines, ran the program's callbacks in the same order and " \
    "stopped at the same uncaught error; only the error's report reads differently (Node " \
    "names the file by its path in CommonJS and by its file:// URL in an ES module, and a " \
    "browser writes one `Uncaught …` line).") \
  X(kModulePromiseJobsFirst, "module_promise_jobs_first", \
    "In the ES module, the whole module body runs inside a promise job, so the promise " \
    "callbacks queued at top level run before the nextTick callbacks; the CommonJS main " \
    "script is not a promise job, so its nextTick queue is emptied first.") \
  X(kModuleBodyInPollPhase, "module_body_in_poll_phase", \
    "The ES module's file is read asynchronously and its body runs in the poll phase, so " \
    "the loop reaches the check phase (setImmediate) before it comes back round to the " \
    "timers phase; the CommonJS main script runs before the loop starts, so a 0 ms timer " \
    "due by the first timers phase runs first.") \
  X(kNotInModule, "not_in_module", \
    "An ES module has no `{name}` (only CommonJS wraps a module with require, module, " \
    "exports, __filename and __dirname): line {line} threw a ReferenceError in the ES " \
    "module, which ended it.") \
  X(kNodeOnlyGlobal, "node_only_global", \
    "A browser has no `{name}` (it is Node's): in the browser, line {line} threw a " \
    "ReferenceError, the rest of the script did not run, and the page went on with the " \
    "tasks it had already queued.") \
  X(kBrowserOnlyGlobal, "browser_only_global", \
    "Node has no `{name}` (it is a browser's): in Node, line {line} threw a ReferenceError " \
    "and the uncaught exception ended the process with exit code 1.") \
  X(kNodeExitsOnUncaught, "node_exits_on_uncaught", \
    "Node ends the process at an uncaught error ({error}) with exit code 1; the browser " \
    "reports it in the console and the page goes on running its queued tasks.") \
  X(kUncaughtOnOneSide, "uncaught_on_one_side", \
    "Only {side} stopped at an uncaught error ({error}), at line {line}.") \
  X(kZeroDelayIsOneMs, "zero_delay_is_one_ms", \
    "Node makes every timer delay under 1 ms into 1 ms (lib/internal/timers.js), so a " \
    "0 ms and a 1 ms timer are due together and run in the order they were set; the " \
    "browser keeps the 0 ms delay, so its 0 ms timer runs first.") \
  X(kTimersDueDifferently, "timers_due_differently", \
    "Both ran a timer here, but not the same one: the timer Node ran was due at {due_a} ms, " \
    "the one the browser ran at {due_b} ms of its clock.") \
  X(kSameCallbackOtherText, "same_callback_other_text", \
    "Both runs were at the same point of the program but printed different text: {side} " \
    "{what_a}, {other} {what_b}.") \
  X(kHostsPrintOtherText, "hosts_print_other_text", \
    "Node and the browser were at the same point of the program but printed different " \
    "text. Where the values are the same, the hosts' consoles write them differently: Node " \
    "formats each value with util.inspect ({ a: 1 }, [ 1, 2 ]), the browser's console log " \
    "writes each value's text form ([object Object], 1,2).") \
  X(kOtherOrder, "other_order", \
    "The runs went different ways here: {side} {what_a}, {other} {what_b}. No rule of the " \
    "comparison explains this difference yet.")
// clang-format on

enum class DifferenceKind : uint8_t {
#define X(e, json, sentence) e,
  LOOPSCOPE_DIFFERENCE_KINDS(X)
#undef X
};

std::string_view DifferenceKindJsonName(DifferenceKind k);
std::string_view DifferenceKindTemplate(DifferenceKind k);  // the sentence with {placeholders}
// "Node" / "the browser", "CommonJS" / "the ES module".
std::string_view SideName(Pairing pairing, bool second);

struct Explanation {
  DifferenceKind kind = DifferenceKind::kNone;
  std::string sentence;  // the template with its placeholders filled
};

// Picks the kind for the first difference `d` of runs `a` and `b` (nullopt: none).
Explanation ExplainDifference(Pairing pairing, const StepLog& a, const StepLog& b,
                              const std::optional<ProgramDivergence>& d);

}  // namespace loopscope::trace
