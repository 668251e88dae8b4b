// engine/trace/explain_browser.h — the explanation sentences of a browser run.
//
// The browser host (engine/browser, docs/browser.md) records the HTML event loop with its own
// phases (task, rendering), task-source queues and render steps, and shares the language's
// events (frames, promise jobs, the console) with the Node host. A browser run
// (RunInfo::browser) explains every step here that Node would explain with its own machinery
// (nextTick, libuv's phases, InternalCallbackScope), so no browser sentence names them;
// explain.cpp keeps the sentences both hosts share.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "engine/trace/event.h"
#include "engine/trace/loop_state.h"
#include "engine/trace/step_log.h"

namespace loopscope::trace {

// The label of the task that reports a checkpoint's unhandled rejections (engine/browser
// event_loop.cpp queues it; its sentence differs from a posted message's).
inline constexpr std::string_view kRejectionReportLabel = "report unhandled rejections";

// A browser run's sentence for `e`, or nullopt where the shared sentence is true of both hosts.
std::optional<std::string> ExplainBrowserStep(const LoopState& s, const Event& e,
                                              const StepLog& log);

std::string BrowserPhaseEnter(const Event& e);
std::string BrowserEnqueue(const Event& e, const std::string& label, const std::string& at);
std::string BrowserCallbackStart(const Event& e, const std::string& label, const std::string& at);
std::string RenderStepSentence(const Event& e);

}  // namespace loopscope::trace
