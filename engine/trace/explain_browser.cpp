// engine/trace/explain_browser.cpp — sentences for the browser host's events (see the header).
//
// They name the HTML standard's steps (the event loop processing model, "update the
// rendering", the timer initialization steps) so a reader can look them up.
#include "engine/trace/explain_browser.h"

namespace loopscope::trace {

std::string BrowserPhaseEnter(const Event& e) {
  if (e.phase == Phase::kRendering)
    return "A rendering opportunity (about every 16.7 ms): the browser runs the "
           "requestAnimationFrame callbacks queued before it, then recalculates style, lays out "
           "and paints. A long task delays it.";
  return "The event loop takes the oldest runnable task from its task queues and runs it to "
         "completion; a microtask checkpoint follows.";
}

std::string BrowserEnqueue(const Event& e, const std::string& label, const std::string& at) {
  switch (e.queue) {
    case Queue::kTimerTasks:
      return label + " is scheduled" + at +
             ": when its delay has passed, a task is queued on the timer task source.";
    case Queue::kMessageTasks:
      return label + " is queued" + at +
             ": postMessage queues a task on the posted-message task source at once.";
    case Queue::kInputTasks:
      return label + ": the user's input becomes a task on the user-interaction task source.";
    case Queue::kNetworkTasks:
      return label + " is queued on the networking task source" + at + ".";
    case Queue::kAnimationFrames:
      return label + " is registered" + at +
             ": it runs at the next rendering opportunity, before style, layout and paint.";
    default:
      return label + " is queued" + at + ".";
  }
}

std::string BrowserCallbackStart(const Event& e, const std::string& label, const std::string& at) {
  if (e.queue == Queue::kAnimationFrames)
    return "Animation frame callback " + label + at +
           ": each one is followed by a microtask checkpoint (the stack is empty again).";
  return "Task: " + label + at + ". One task runs per turn of the event loop.";
}

std::string RenderStepSentence(const Event& e) {
  return "Update the rendering: " +
         std::string(RenderStepDisplayName(RenderStepFromValue(e.value))) +
         ". No script runs here; a long task before it delays every frame.";
}

}  // namespace loopscope::trace
