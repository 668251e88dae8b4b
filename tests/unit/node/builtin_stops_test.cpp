// tests/unit/node/builtin_stops_test.cpp — every classroom stop of every built-in scenario
// lands in the run the simulator records (engine/scenario/stops.h), in order, on an event
// of the kind it names: a stop that lands nowhere would silently vanish from the lesson.
#include <gtest/gtest.h>

#include <string>

#include "engine/node/simulation.h"
#include "engine/scenario/library.h"
#include "engine/scenario/stops.h"
#include "engine/trace/event.h"

namespace loopscope::node {
namespace {

std::string Describe(const scenario::Stop& stop) {
  switch (stop.anchor) {
    case scenario::Stop::Anchor::kLine:
      return "line " + std::to_string(stop.line);
    case scenario::Stop::Anchor::kStep:
      return "step " + std::to_string(stop.step);
    case scenario::Stop::Anchor::kEvent:
      return "event " + stop.event;
  }
  return "";
}

TEST(BuiltinStops, EveryStopLands) {
  int with_stops = 0;
  for (const scenario::BuiltinScenario& b : scenario::BuiltinScenarios()) {
    scenario::LoadResult loaded = scenario::LoadBuiltin(b.id);
    ASSERT_TRUE(loaded.ok()) << b.id;
    const scenario::Scenario& sc = *loaded.scenario;
    if (sc.stops.empty()) continue;
    ++with_stops;
    const RunResult run = Simulate(sc);
    ASSERT_TRUE(run.log) << b.id;
    const std::vector<scenario::ResolvedStop> landed = scenario::ResolveStops(sc.stops, *run.log);
    std::vector<bool> reached(sc.stops.size(), false);
    for (const scenario::ResolvedStop& r : landed) {
      reached[r.stop] = true;
      const trace::Event& e = (*run.log)[r.step];
      const scenario::Stop& stop = sc.stops[r.stop];
      if (stop.anchor == scenario::Stop::Anchor::kLine) {
        EXPECT_EQ(e.kind, trace::EventKind::kStatement) << b.id << " stop " << r.stop;
        EXPECT_EQ(e.loc.line, stop.line) << b.id << " stop " << r.stop;
      } else if (stop.anchor == scenario::Stop::Anchor::kEvent) {
        EXPECT_EQ(trace::EventKindJsonName(e.kind), stop.event) << b.id << " stop " << r.stop;
      }
    }
    for (size_t i = 0; i < sc.stops.size(); ++i)
      EXPECT_TRUE(reached[i]) << b.id << ": stop " << i << " (" << Describe(sc.stops[i])
                              << ") lands nowhere after the stop before it";
  }
  EXPECT_GE(with_stops, 3) << "the library teaches with stops in at least three scenarios";
}

// A stop at an async function's park is the await itself: the event names the await's line.
TEST(BuiltinStops, ParkStopIsAtTheAwait) {
  for (const scenario::BuiltinScenario& b : scenario::BuiltinScenarios()) {
    scenario::LoadResult loaded = scenario::LoadBuiltin(b.id);
    ASSERT_TRUE(loaded.ok()) << b.id;
    const scenario::Scenario& sc = *loaded.scenario;
    if (sc.stops.empty()) continue;
    const RunResult run = Simulate(sc);
    ASSERT_TRUE(run.log) << b.id;
    for (const scenario::ResolvedStop& r : scenario::ResolveStops(sc.stops, *run.log)) {
      const trace::Event& e = (*run.log)[r.step];
      if (e.kind != trace::EventKind::kFrameSuspend) continue;
      size_t begin = 0;
      for (uint32_t l = 1; l < e.loc.line && begin != std::string::npos; ++l)
        begin = sc.source.find('\n', begin) + 1;
      EXPECT_NE(sc.source.substr(begin, sc.source.find('\n', begin) - begin).find("await"),
                std::string::npos)
          << b.id << ": a frame_suspend stop lands on line " << e.loc.line;
    }
  }
}

}  // namespace
}  // namespace loopscope::node
