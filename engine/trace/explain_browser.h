// engine/trace/explain_browser.h — the explanation sentences of the browser host's events.
//
// The browser host (engine/browser, docs/browser.md) records the HTML event loop with its own
// phases (task, rendering), task-source queues and render steps; explain.cpp hands those
// events here so the Node sentences and the browser ones stay in separate files.
#pragma once

#include <string>

#include "engine/trace/event.h"
#include "engine/trace/step_log.h"

namespace loopscope::trace {

std::string BrowserPhaseEnter(const Event& e);
std::string BrowserEnqueue(const Event& e, const std::string& label, const std::string& at);
std::string BrowserCallbackStart(const Event& e, const std::string& label, const std::string& at);
std::string RenderStepSentence(const Event& e);

}  // namespace loopscope::trace
