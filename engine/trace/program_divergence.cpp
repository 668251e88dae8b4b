// engine/trace/program_divergence.cpp — see program_divergence.h.
#include "engine/trace/program_divergence.h"

#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/trace/divergence.h"

namespace loopscope::trace {
namespace {

// One step a reader of the program can see: a console line, or the start of a callback
// the program queued (known by where it was queued, which both runs share).
struct Observable {
  size_t event = 0;
  bool console = false;
  std::string text;  // the line, or the callback's key "L:C"
  DivergingCallback callback;
  bool uncaught = false;  // the host's report of an uncaught error (text: the error)
};

std::string Key(Loc from) {
  return std::to_string(from.line) + ":" + std::to_string(from.col);
}

class Walker {
 public:
  explicit Walker(const StepLog& log) : log_(log) {}

  std::vector<Observable> Steps() {
    for (size_t i = 0; i < log_.size(); ++i) Visit(i, log_.At(i));
    return std::move(steps_);
  }

 private:
  void Visit(size_t i, const Event& e) {
    switch (e.kind) {
      case EventKind::kEnqueue:
        // Only what the program queued: an ES module loader's own jobs have no `from`.
        if (e.from.line != 0)
          queued_[e.item] = {
              true, e.queue, std::string(log_.Text(e.text)), e.from,
              e.queue == Queue::kTimers || e.queue == Queue::kTimerTasks ? e.value : 0};
        break;
      case EventKind::kCallbackStart: {
        auto it = queued_.find(e.item);
        open_.push_back(it == queued_.end() ? DivergingCallback{} : it->second);
        if (it != queued_.end()) {
          open_.back().label = log_.Text(e.text);
          steps_.push_back({i, false, Key(it->second.from), open_.back()});
        }
        break;
      }
      case EventKind::kCallbackEnd:
        if (!open_.empty()) open_.pop_back();
        break;
      case EventKind::kConsole:
        if (i + 1 < log_.size() && log_.At(i + 1).kind == EventKind::kUncaught)
          AddUncaught(i, log_.Text(log_.At(i + 1).text));
        else
          AddLines(i, log_.Text(e.text));
        break;
      default:
        break;
    }
  }

  // Node writes "a\nb\n" as one event, the browser "a\nb": both are the lines a and b.
  void AddLines(size_t i, std::string_view text) {
    if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
    DivergingCallback in = open_.empty() ? DivergingCallback{} : open_.back();
    while (true) {
      size_t nl = text.find('\n');
      steps_.push_back({i, true, std::string(text.substr(0, nl)), in});
      if (nl == std::string_view::npos) break;
      text.remove_prefix(nl + 1);
    }
  }

  // Both hosts write their report of an uncaught error just before they record the error:
  // Node a stack trace with the file's path or URL, the browser "Uncaught Error: boom". The
  // step is the error itself, so CommonJS and an ES module (or Node and the browser) that
  // stop at the same error agree.
  void AddUncaught(size_t i, std::string_view error) {
    if (error.starts_with("Uncaught ")) error.remove_prefix(9);
    DivergingCallback in = open_.empty() ? DivergingCallback{} : open_.back();
    steps_.push_back({i, true, std::string(error), in, true});
  }

  const StepLog& log_;
  std::unordered_map<uint64_t, DivergingCallback> queued_;  // item -> what queued it
  std::vector<DivergingCallback> open_;                     // callbacks running, innermost last
  std::vector<Observable> steps_;
};

std::string Describe(const Observable* step) {
  if (!step) return "nothing more";
  if (step->uncaught) return "reported the uncaught error \"" + step->text + "\"";
  if (step->console) return "printed \"" + step->text + "\"";
  return "ran " + step->callback.label + " (queued at line " +
         std::to_string(step->callback.from.line) + ")";
}

}  // namespace

std::optional<ProgramDivergence> FirstProgramDivergence(const StepLog& a, const StepLog& b) {
  std::vector<Observable> sa = Walker(a).Steps();
  std::vector<Observable> sb = Walker(b).Steps();
  size_t n = 0;
  while (n < sa.size() && n < sb.size() && sa[n].console == sb[n].console &&
         sa[n].uncaught == sb[n].uncaught && sa[n].text == sb[n].text)
    ++n;
  if (n == sa.size() && n == sb.size()) return std::nullopt;
  const Observable* ea = n < sa.size() ? &sa[n] : nullptr;
  const Observable* eb = n < sb.size() ? &sb[n] : nullptr;
  ProgramDivergence d;
  d.step = n;
  d.event_a = ea ? ea->event : a.size();
  d.event_b = eb ? eb->event : b.size();
  d.ended_a = !ea, d.ended_b = !eb;
  if (ea) d.callback_a = ea->callback;
  if (eb) d.callback_b = eb->callback;
  d.what_a = Describe(ea), d.what_b = Describe(eb);
  d.after_race = FirstRaceMark(a, d.event_a) || FirstRaceMark(b, d.event_b);
  return d;
}

std::optional<size_t> FirstUncaught(const StepLog& log, size_t end) {
  for (size_t i = 0; i < end && i < log.size(); ++i)
    if (log.At(i).kind == EventKind::kUncaught) return i;
  return std::nullopt;
}

}  // namespace loopscope::trace
