// engine/trace/explain_browser.cpp — sentences for a browser run's events (see the header).
//
// They name the HTML standard's steps (§8.1.7.3 the event loop processing model, §8.1.7.4
// perform a microtask checkpoint, "clean up after running script", "update the rendering",
// the timer initialization steps) so a reader can look them up.
#include "engine/trace/explain_browser.h"

#include "engine/trace/explain.h"
#include "engine/trace/explain_labels.h"

namespace loopscope::trace {
namespace {

std::string At(Loc from) {
  return from.line ? " at " + FormatLoc(from) : std::string();
}

std::string PhaseLeave(const Event& e) {
  switch (e.phase) {
    case Phase::kMain:
      return "The page's script has finished and the call stack is empty, so a microtask "
             "checkpoint runs now; then the event loop starts taking tasks from its task queues.";
    case Phase::kTask:
      return "Task " + std::to_string(e.value) +
             " is over, its microtask checkpoint included; the event loop now renders if a "
             "rendering opportunity has come, else takes the next task.";
    case Phase::kRendering:
      return "Frame " + std::to_string(e.value) +
             " is rendered; the event loop goes back to its task queues.";
    default:
      return "The event loop moves on.";
  }
}

std::string MicrotaskEnqueue(const Event& e, const std::string& label) {
  return "A microtask is queued" + At(e.from) + " (" + label +
         "): it runs at the next microtask checkpoint, after the microtasks already queued.";
}

std::string CallbackEnd(const LoopState& s, const StepLog& log) {
  const std::string label = Label(log, s.running.label, s.running.queue);
  if (s.drain_depth > 0)
    return label +
           " is done; the checkpoint goes on until the microtask queue is empty, microtasks "
           "queued meanwhile included.";
  return label +
         " is done and the call stack is empty, so a microtask checkpoint runs before anything "
         "else (HTML \"clean up after running script\").";
}

std::string FramePop(const LoopState& s, const StepLog& log) {
  if (s.stack.size() != 1) return {};
  const std::string name(log.Text(s.stack.back().name));
  if (s.drain_depth > 0)
    return name +
           " returns and the call stack is empty; the checkpoint goes on with the next "
           "microtask.";
  return name + " returns and the call stack is empty again, so the queued microtasks can run.";
}

std::string Console(const Event& e, const StepLog& log) {
  std::string text(log.Text(e.text));
  while (!text.empty() && text.back() == '\n') text.pop_back();
  if (text.size() > 60) text = text.substr(0, 57) + "...";
  return "The console logs \"" + text +
         "\". It is logged at once, so lines appear in the exact order the code ran.";
}

std::string Uncaught(const Event& e, const StepLog& log) {
  const std::string text(log.Text(e.text));
  if (text.starts_with("Uncaught"))
    return "\"" + text +
           "\": no script caught it, so the browser reports it to the console (HTML \"report "
           "the exception\") and the page goes on: later tasks still run.";
  return "The page stops: " + text + ". Nothing more runs.";
}

std::string RunEnd(const Event& e, const StepLog& log) {
  const std::string why = e.text ? ": " + std::string(log.Text(e.text)) : std::string();
  if (e.value == 0)
    return "The run ends" + why + ". A real page would stay open, idle, waiting for input.";
  return "The run ends with code " + std::to_string(e.value) + why + ".";
}

}  // namespace

std::optional<std::string> ExplainBrowserStep(const LoopState& s, const Event& e,
                                              const StepLog& log) {
  switch (e.kind) {
    case EventKind::kRunStart:
      return "The page loads " + std::string(log.Text(e.text)) +
             ": its script runs top to bottom as one task before the event loop takes any "
             "other task.";
    case EventKind::kPhaseEnter:
      if (e.phase == Phase::kMain)
        return std::string(
            "The page's script runs, top to bottom: timers, messages and frames it schedules "
            "wait until it has returned.");
      return BrowserPhaseEnter(e);
    case EventKind::kPhaseLeave:
      return PhaseLeave(e);
    case EventKind::kEnqueue:
      if (e.queue == Queue::kMicrotask) return MicrotaskEnqueue(e, Label(log, e.text, e.queue));
      return std::nullopt;
    case EventKind::kCallbackStart:
      if (e.queue == Queue::kMicrotask) {
        const QueueItem* item = FindItem(s, e.queue, e.item);
        const uint32_t label = e.text != 0 ? e.text : (item ? item->label : 0);
        return "A microtask runs: " + Label(log, label, e.queue) +
               QueuedAt(item ? item->from : Loc{}) +
               ". A checkpoint runs microtasks in the order they were queued.";
      }
      return std::nullopt;
    case EventKind::kCallbackEnd:
      return CallbackEnd(s, log);
    case EventKind::kDrainStart:
      return std::string(
          "Microtask checkpoint (HTML §8.1.7.4): the call stack is empty, so every queued "
          "microtask runs, including the ones queued while they run, before the event loop "
          "goes on.");
    case EventKind::kDrainEnd:
      return std::string(
          "The microtask queue is empty: the checkpoint ends (promises rejected without a "
          "handler are handed to a report task) and the event loop goes on.");
    case EventKind::kFramePop: {
      std::string sentence = FramePop(s, log);
      return sentence.empty() ? std::nullopt : std::optional<std::string>(std::move(sentence));
    }
    case EventKind::kConsole:
      return Console(e, log);
    case EventKind::kUncaught:
      if (s.phase == Phase::kNone) return std::nullopt;  // a compile error: the shared sentence
      return Uncaught(e, log);
    case EventKind::kProcessExit:
      return RunEnd(e, log);
    case EventKind::kRaceMark:
      return "Race: " + std::string(log.Text(e.text)) +
             ". A real browser can go either way here; Loopscope picks one order, the same every "
             "run.";
    default:
      return std::nullopt;
  }
}

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
      if (label == kRejectionReportLabel)
        return "A task is queued to report the promises rejected without a handler (HTML "
               "\"notify about rejected promises\"): it runs after the tasks already waiting, "
               "so a handler attached before then comes too late.";
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
  if (label == kRejectionReportLabel)
    return "Task: report the unhandled rejections. Each is logged as \"Uncaught (in promise)\", "
           "even if a handler was attached since.";
  return "Task: " + label + at + ". One task runs per turn of the event loop.";
}

std::string RenderStepSentence(const Event& e) {
  return "Update the rendering: " +
         std::string(RenderStepDisplayName(RenderStepFromValue(e.value))) +
         ". No script runs here; a long task before it delays every frame.";
}

}  // namespace loopscope::trace
