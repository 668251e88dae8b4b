// engine/scenario/stops.cpp — the `classroom.stops` schema and the stop resolution of
// stops.h. The schema reads like validate.cpp's rules: every problem is an error at the
// stop's JSON pointer, and only valid stops reach the Scenario.
#include "engine/scenario/stops.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "engine/trace/event.h"

namespace loopscope::scenario {
namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 4> kStopKeys = {"line", "step", "event", "caption"};
// The anchors a stop names exactly one of, in kStopKeys' order.
constexpr std::array<std::string_view, 3> kAnchorKeys = {"line", "step", "event"};

std::vector<std::string_view> EventNames() {
  std::vector<std::string_view> names;
  for (int k = 0; k < trace::kEventKindCount; ++k)
    names.push_back(trace::EventKindJsonName(static_cast<trace::EventKind>(k)));
  return names;
}

void ReadEvent(const json& v, const std::string& ptr, Checker& check, Stop& out) {
  std::optional<std::string> name = check.String(v, ptr, 40);
  if (!name) return;
  trace::EventKind kind;
  if (trace::EventKindFromJsonName(*name, &kind)) {
    out.event = std::move(*name);
    return;
  }
  const std::vector<std::string_view> names = EventNames();
  std::string message = "unknown event kind \"" + *name + "\"";
  if (std::string_view near = NearestKey(*name, names); !near.empty())
    message += "; did you mean \"" + std::string(near) + "\"?";
  else
    message +=
        "; docs/trace-format.md lists the kinds (\"frame_suspend\", \"callback_start\", ...)";
  check.Error(ptr, std::move(message));
}

void ReadStop(const json& v, const std::string& ptr, Checker& check, std::vector<Stop>& out) {
  if (!check.IsObject(v, ptr, "an object like {\"line\": 3, \"caption\": \"...\"}")) return;
  check.CheckKeys(v, ptr, kStopKeys);
  const size_t anchors = static_cast<size_t>(std::count_if(
      kAnchorKeys.begin(), kAnchorKeys.end(), [&](std::string_view k) { return v.contains(k); }));
  if (anchors != 1) {
    check.Error(ptr, anchors == 0 ? "missing: a stop needs \"line\", \"step\" or \"event\""
                                  : "give only one of \"line\", \"step\" and \"event\"");
  }
  // Every anchor given is checked (so each bad one is reported); the stop is kept only
  // when exactly one was given and it is valid.
  Stop stop;
  bool ok = anchors == 1;
  if (auto it = v.find("line"); it != v.end()) {
    const auto n = check.Integer(*it, ptr + "/line", 1, 1'000'000);
    stop.anchor = Stop::Anchor::kLine;
    stop.line = static_cast<uint64_t>(n.value_or(0));
    ok = ok && n.has_value();
  }
  if (auto it = v.find("step"); it != v.end()) {
    const auto n = check.Integer(*it, ptr + "/step", 0, kMaxStopStep);
    stop.anchor = Stop::Anchor::kStep;
    stop.step = static_cast<uint64_t>(n.value_or(0));
    ok = ok && n.has_value();
  }
  if (auto it = v.find("event"); it != v.end()) {
    ReadEvent(*it, ptr + "/event", check, stop);  // leaves stop.event empty when invalid
    stop.anchor = Stop::Anchor::kEvent;
    ok = ok && !stop.event.empty();
  }
  if (auto it = v.find("caption"); it == v.end()) {
    check.Error(ptr + "/caption", "missing: the sentence shown at this stop");
    ok = false;
  } else if (auto s = check.String(*it, ptr + "/caption", kMaxCaptionBytes)) {
    if (s->empty() || s->find('\n') != std::string::npos) {
      check.Error(ptr + "/caption", "expected a one-line, non-empty caption");
      ok = false;
    }
    stop.caption = std::move(*s);
  } else {
    ok = false;
  }
  if (ok) out.push_back(std::move(stop));
}

// Whether `e` is where a stop of `stop`'s anchor lands (step stops are matched by index).
bool Lands(const Stop& stop, trace::EventKind event_kind, const trace::Event& e) {
  if (stop.anchor == Stop::Anchor::kLine)
    return e.kind == trace::EventKind::kStatement && e.loc.line == stop.line;
  return e.kind == event_kind;
}

}  // namespace

void ReadStops(const json& v, Checker& check, std::vector<Stop>& out) {
  const std::string ptr = "/classroom/stops";
  if (!check.IsArray(v, ptr, "an array of stops like {\"line\": 3, \"caption\": \"...\"}")) return;
  if (v.size() > kMaxStops) {
    check.Error(ptr, "too many stops: " + std::to_string(v.size()) + "; the limit is " +
                         std::to_string(kMaxStops));
    return;
  }
  for (size_t i = 0; i < v.size(); ++i) ReadStop(v[i], ptr + "/" + std::to_string(i), check, out);
}

void CheckStopLines(const Scenario& scenario, Checker& check) {
  const uint64_t lines =
      static_cast<uint64_t>(std::count(scenario.source.begin(), scenario.source.end(), '\n')) +
      (scenario.source.empty() || scenario.source.back() == '\n' ? 0 : 1);
  // Called only when the schema held, so every stop was kept and indices match the file's.
  for (size_t i = 0; i < scenario.stops.size(); ++i) {
    const Stop& stop = scenario.stops[i];
    if (stop.anchor == Stop::Anchor::kLine && stop.line > lines)
      check.Error("/classroom/stops/" + std::to_string(i) + "/line",
                  "line " + std::to_string(stop.line) + " is past the program's last line (" +
                      std::to_string(lines) + ")");
  }
}

std::vector<ResolvedStop> ResolveStops(const std::vector<Stop>& stops, const trace::StepLog& log) {
  std::vector<ResolvedStop> out;
  size_t from = 0;  // the first step the next stop may land on
  for (size_t i = 0; i < stops.size(); ++i) {
    const Stop& stop = stops[i];
    std::optional<size_t> step;
    if (stop.anchor == Stop::Anchor::kStep) {
      if (stop.step >= from && stop.step < log.size()) step = static_cast<size_t>(stop.step);
    } else {
      trace::EventKind kind = trace::EventKind::kStatement;
      if (stop.anchor == Stop::Anchor::kEvent) trace::EventKindFromJsonName(stop.event, &kind);
      for (size_t k = from; k < log.size() && !step; ++k)
        if (Lands(stop, kind, log[k])) step = k;
    }
    if (!step) continue;
    out.push_back({i, *step});
    from = *step + 1;
  }
  return out;
}

}  // namespace loopscope::scenario
