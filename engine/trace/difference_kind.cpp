// engine/trace/difference_kind.cpp — see difference_kind.h. ExplainDifference tries the
// rules in order, most specific first: an uncaught error on one side explains everything
// after it; then the orders each pairing is known for; then the generic kinds.
#include "engine/trace/difference_kind.h"

#include <array>
#include <cstdio>
#include <utility>

namespace loopscope::trace {
namespace {

struct KindRow {
  std::string_view json, sentence;
};
constexpr std::array kKinds = {
#define X(e, json, sentence) KindRow{json, sentence},
    LOOPSCOPE_DIFFERENCE_KINDS(X)
#undef X
};

// The values a sentence's {placeholders} take.
struct Fields {
  std::string side, other, what_a, what_b, name, error, line, due_a, due_b;
};

Explanation Make(DifferenceKind kind, const Fields& f) {
  const std::pair<std::string_view, const std::string*> slots[] = {
      {"{side}", &f.side},     {"{other}", &f.other}, {"{what_a}", &f.what_a},
      {"{what_b}", &f.what_b}, {"{name}", &f.name},   {"{error}", &f.error},
      {"{line}", &f.line},     {"{due_a}", &f.due_a}, {"{due_b}", &f.due_b}};
  std::string text(DifferenceKindTemplate(kind));
  for (const auto& [key, value] : slots) {
    for (size_t at = text.find(key); at != std::string::npos; at = text.find(key, at))
      text.replace(at, key.size(), *value), at += value->size();
  }
  return {kind, std::move(text)};
}

// "x" of "ReferenceError: x is not defined" (Node), "Uncaught ReferenceError: x is not
// defined" (the browser's console form); empty for any other error.
std::string UndefinedName(std::string_view error) {
  constexpr std::string_view kHead = "ReferenceError: ", kTail = " is not defined";
  size_t at = error.find(kHead);
  if (at == std::string_view::npos) return "";
  std::string_view rest = error.substr(at + kHead.size());
  size_t end = rest.find(kTail);
  return end == std::string_view::npos ? "" : std::string(rest.substr(0, end));
}

bool IsCommonJsWrapperName(std::string_view name) {
  return name == "require" || name == "module" || name == "exports" || name == "__filename" ||
         name == "__dirname";
}

// An uncaught error on exactly one side, at or just after its difference (the browser logs
// "Uncaught …" as a console line one event before it records the error itself).
std::optional<Explanation> UncaughtRule(Pairing pairing, const StepLog& a, const StepLog& b,
                                        const ProgramDivergence& d, Fields f) {
  std::optional<size_t> ua = FirstUncaught(a, d.event_a + 2), ub = FirstUncaught(b, d.event_b + 2);
  if (ua.has_value() == ub.has_value()) return std::nullopt;
  bool second = ub.has_value();
  const StepLog& log = second ? b : a;
  const Event& e = log.At(second ? *ub : *ua);
  f.error = std::string(log.Text(e.text));
  f.name = UndefinedName(f.error);
  f.line = std::to_string(e.loc.line);
  f.side = SideName(pairing, second), f.other = SideName(pairing, !second);
  if (pairing == Pairing::kHosts && !f.name.empty())
    return Make(second ? DifferenceKind::kNodeOnlyGlobal : DifferenceKind::kBrowserOnlyGlobal, f);
  if (pairing == Pairing::kModuleSystems && second && IsCommonJsWrapperName(f.name))
    return Make(DifferenceKind::kNotInModule, f);
  if (pairing == Pairing::kHosts && !second) return Make(DifferenceKind::kNodeExitsOnUncaught, f);
  return Make(DifferenceKind::kUncaughtOnOneSide, f);
}

bool Either(const DivergingCallback& x, const DivergingCallback& y, Queue p, Queue q) {
  return (x.queue == p && y.queue == q) || (x.queue == q && y.queue == p);
}

// The due time `log` gave the timer the program set at `from` (-1: none there).
int64_t DueOfTimerSetAt(const StepLog& log, Loc from) {
  for (size_t i = 0; i < log.size(); ++i) {
    const Event& e = log.At(i);
    bool timer = e.queue == Queue::kTimers || e.queue == Queue::kTimerTasks;
    if (e.kind == EventKind::kEnqueue && timer && e.from == from) return e.value;
  }
  return -1;
}

std::string Ms(int64_t ns) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3g", static_cast<double>(ns) / 1e6);
  return buf;
}

// Node ran one timer, the browser another: Node's timers.js rounds a delay under 1 ms up to
// 1 ms (`if (!(after >= 1 && after <= TIMEOUT_MAX)) after = 1`), Chromium does not.
Explanation TimerRule(const StepLog& a, const StepLog& b, const ProgramDivergence& d, Fields f) {
  const DivergingCallback &ca = d.callback_a, &cb = d.callback_b;
  int64_t node_other = DueOfTimerSetAt(a, cb.from), browser_other = DueOfTimerSetAt(b, ca.from);
  if (node_other == ca.due_ns && browser_other > cb.due_ns)
    return Make(DifferenceKind::kZeroDelayIsOneMs, f);
  f.due_a = Ms(ca.due_ns), f.due_b = Ms(cb.due_ns);
  return Make(DifferenceKind::kTimersDueDifferently, f);
}

}  // namespace

std::string_view DifferenceKindJsonName(DifferenceKind k) {
  return kKinds[static_cast<size_t>(k)].json;
}
std::string_view DifferenceKindTemplate(DifferenceKind k) {
  return kKinds[static_cast<size_t>(k)].sentence;
}

std::string_view SideName(Pairing pairing, bool second) {
  if (pairing == Pairing::kHosts) return second ? "the browser" : "Node";
  return second ? "the ES module" : "CommonJS";
}

Explanation ExplainDifference(Pairing pairing, const StepLog& a, const StepLog& b,
                              const std::optional<ProgramDivergence>& d) {
  if (!d) {
    bool both_stopped = FirstUncaught(a).has_value() && FirstUncaught(b).has_value();
    return Make(both_stopped ? DifferenceKind::kSameErrorOtherReport : DifferenceKind::kNone, {});
  }
  Fields f{.side = std::string(SideName(pairing, false)),
           .other = std::string(SideName(pairing, true)),
           .what_a = d->what_a,
           .what_b = d->what_b};
  if (auto uncaught = UncaughtRule(pairing, a, b, *d, f)) return *uncaught;
  const DivergingCallback &ca = d->callback_a, &cb = d->callback_b;
  bool both_callbacks = ca.in_callback && cb.in_callback && ca.from != cb.from;
  if (pairing == Pairing::kModuleSystems && both_callbacks) {
    if (Either(ca, cb, Queue::kNextTick, Queue::kMicrotask))
      return Make(DifferenceKind::kModulePromiseJobsFirst, f);
    if (Either(ca, cb, Queue::kTimers, Queue::kImmediates))
      return Make(DifferenceKind::kModuleBodyInPollPhase, f);
  }
  if (pairing == Pairing::kHosts && both_callbacks && ca.queue == Queue::kTimers &&
      cb.queue == Queue::kTimerTasks)
    return TimerRule(a, b, *d, f);
  bool same_place = ca.in_callback == cb.in_callback && ca.from == cb.from;
  if (same_place && !d->ended_a && !d->ended_b)
    return Make(pairing == Pairing::kHosts ? DifferenceKind::kHostsPrintOtherText
                                           : DifferenceKind::kSameCallbackOtherText,
                f);
  return Make(DifferenceKind::kOtherOrder, f);
}

}  // namespace loopscope::trace
