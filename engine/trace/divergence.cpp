// engine/trace/divergence.cpp — see divergence.h.
#include "engine/trace/divergence.h"

#include <algorithm>
#include <vector>

#include "engine/trace/event.h"

namespace loopscope::trace {

namespace {
bool IsObservable(const Event& e) {
  return e.kind == EventKind::kConsole || e.kind == EventKind::kCallbackStart;
}

struct Observable {
  size_t event;
  bool console;           // a console write, else a callback start
  std::string_view text;  // the bytes printed, or the callback's label
};

std::vector<Observable> ObservableSteps(const StepLog& log) {
  std::vector<Observable> steps;
  for (size_t i = 0; i < log.size(); ++i) {
    const Event& e = log.At(i);
    if (IsObservable(e)) steps.push_back({i, e.kind == EventKind::kConsole, log.Text(e.text)});
  }
  return steps;
}

std::string Describe(const Observable* step) {
  if (!step) return "nothing more";
  std::string text(step->text);
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return step->console ? "printed \"" + text + "\"" : "ran " + text;
}

// Callback labels name ports and socket numbers ("accept on :40000"), which a real run
// picks differently: numbers in labels do not count. Console lines must match exactly.
std::string WithoutNumbers(std::string_view text) {
  std::string out;
  for (char c : text) {
    bool digit = c >= '0' && c <= '9';
    if (!digit)
      out += c;
    else if (out.empty() || out.back() != '#')
      out += '#';
  }
  return out;
}

bool Same(const Observable& a, const Observable& b) {
  if (a.console != b.console) return false;
  return a.console ? a.text == b.text : WithoutNumbers(a.text) == WithoutNumbers(b.text);
}

}  // namespace

std::optional<size_t> FirstRaceMark(const StepLog& log, size_t end) {
  for (size_t i = 0; i < end && i < log.size(); ++i) {
    if (log.At(i).kind == EventKind::kRaceMark) return i;
  }
  return std::nullopt;
}

std::optional<Divergence> FirstDivergence(const StepLog& a, const StepLog& b) {
  std::vector<Observable> sa = ObservableSteps(a);
  std::vector<Observable> sb = ObservableSteps(b);
  size_t n = 0;
  while (n < sa.size() && n < sb.size() && Same(sa[n], sb[n])) ++n;
  if (n == sa.size() && n == sb.size()) return std::nullopt;
  const Observable* ea = n < sa.size() ? &sa[n] : nullptr;
  const Observable* eb = n < sb.size() ? &sb[n] : nullptr;
  Divergence d;
  d.event_a = ea ? ea->event : a.size();
  d.event_b = eb ? eb->event : b.size();
  d.step = n;
  d.summary = "after " + std::to_string(n) + " matching steps, one " + Describe(ea) +
              " where the other " + Describe(eb);
  d.after_race = FirstRaceMark(a, d.event_a).has_value();
  return d;
}

size_t CorrespondingEvent(const StepLog& from, size_t step, const StepLog& to) {
  if (to.empty()) return 0;
  size_t seen = 0;
  for (size_t i = 0; i <= step && i < from.size(); ++i) seen += IsObservable(from.At(i)) ? 1 : 0;
  if (seen == 0) return std::min(step, to.size() - 1);
  for (size_t i = 0; i < to.size(); ++i) {
    if (IsObservable(to.At(i)) && --seen == 0) return i;
  }
  return to.size() - 1;
}

}  // namespace loopscope::trace
