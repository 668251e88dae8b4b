// tests/unit/scenario/stops_test.cpp — classroom stops (engine/scenario/stops.h): the
// schema, with the exact message and JSON pointer of each error, and where stops land in a
// step log (a line stop on the first statement on that line after the previous stop).
#include "engine/scenario/stops.h"

#include <gtest/gtest.h>

#include "engine/scenario/loader.h"
#include "engine/trace/event.h"
#include "tests/unit/scenario/test_support.h"

namespace loopscope::scenario {
namespace {

using testing::AllErrors;

// A three-line program whose classroom object is `classroom`.
std::string WithClassroom(const std::string& classroom) {
  return "{\"schema\": 1, \"name\": \"t\", \"source\": \"a()\\nb()\\nc()\\n\", \"classroom\": " +
         classroom + "}";
}

std::string StopErrors(const std::string& stops) {
  return AllErrors(LoadFromText(WithClassroom("{\"stops\": " + stops + "}"), "s.json"));
}

TEST(ScenarioStops, EachAnchorLoads) {
  const LoadResult r = LoadFromText(
      WithClassroom("{\"predict_first\": true, \"stops\": [{\"line\": 3, \"caption\": \"L\"}, "
                    "{\"step\": 42, \"caption\": \"S\"}, "
                    "{\"event\": \"frame_suspend\", \"caption\": \"E\"}]}"),
      "s.json");
  ASSERT_TRUE(r.ok()) << AllErrors(r);
  const std::vector<Stop>& stops = r.scenario->stops;
  ASSERT_EQ(stops.size(), 3u);
  EXPECT_EQ(stops[0].anchor, Stop::Anchor::kLine);
  EXPECT_EQ(stops[0].line, 3u);
  EXPECT_EQ(stops[0].caption, "L");
  EXPECT_EQ(stops[1].anchor, Stop::Anchor::kStep);
  EXPECT_EQ(stops[1].step, 42u);
  EXPECT_EQ(stops[2].anchor, Stop::Anchor::kEvent);
  EXPECT_EQ(stops[2].event, "frame_suspend");
  EXPECT_TRUE(r.scenario->predict_first);
}

TEST(ScenarioStops, NoStopsByDefault) {
  const LoadResult r = LoadFromText(testing::MinimalJson(), "s.json");
  ASSERT_TRUE(r.ok()) << AllErrors(r);
  EXPECT_TRUE(r.scenario->stops.empty());
}

TEST(ScenarioStops, NotAnArray) {
  EXPECT_EQ(StopErrors("{\"line\": 1}"),
            "s.json: error: /classroom/stops: expected an array of stops like {\"line\": 3, "
            "\"caption\": \"...\"}, got an object\n");
}

TEST(ScenarioStops, StopNotAnObject) {
  EXPECT_EQ(StopErrors("[7]"),
            "s.json: error: /classroom/stops/0: expected an object like {\"line\": 3, "
            "\"caption\": \"...\"}, got 7\n");
}

TEST(ScenarioStops, NoAnchor) {
  EXPECT_EQ(StopErrors("[{\"caption\": \"x\"}]"),
            "s.json: error: /classroom/stops/0: missing: a stop needs \"line\", \"step\" or "
            "\"event\"\n");
}

TEST(ScenarioStops, TwoAnchors) {
  EXPECT_EQ(StopErrors("[{\"line\": 1, \"step\": 2, \"caption\": \"x\"}]"),
            "s.json: error: /classroom/stops/0: give only one of \"line\", \"step\" and "
            "\"event\"\n");
}

TEST(ScenarioStops, LineOutOfRangeAndFractional) {
  EXPECT_EQ(StopErrors("[{\"line\": 1, \"caption\": \"x\"}, {\"line\": 0, \"caption\": \"y\"}, "
                       "{\"line\": 2.5, \"caption\": \"z\"}]"),
            "s.json: error: /classroom/stops/1/line: expected an integer from 1 to 1000000, got 0\n"
            "s.json: error: /classroom/stops/2/line: expected an integer from 1 to 1000000, got "
            "2.5\n");
}

TEST(ScenarioStops, LinePastTheProgram) {
  EXPECT_EQ(StopErrors("[{\"line\": 3, \"caption\": \"x\"}, {\"line\": 4, \"caption\": \"y\"}]"),
            "s.json: error: /classroom/stops/1/line: line 4 is past the program's last line (3)\n");
}

TEST(ScenarioStops, NegativeStep) {
  EXPECT_EQ(StopErrors("[{\"step\": -1, \"caption\": \"x\"}]"),
            "s.json: error: /classroom/stops/0/step: expected an integer from 0 to 50000000, got "
            "-1\n");
}

TEST(ScenarioStops, UnknownEventSuggestsTheNearest) {
  EXPECT_EQ(StopErrors("[{\"event\": \"frame_suspended\", \"caption\": \"x\"}]"),
            "s.json: error: /classroom/stops/0/event: unknown event kind \"frame_suspended\"; did "
            "you mean \"frame_suspend\"?\n");
}

TEST(ScenarioStops, EventNotAString) {
  EXPECT_EQ(StopErrors("[{\"event\": 3, \"caption\": \"x\"}]"),
            "s.json: error: /classroom/stops/0/event: expected a string, got 3\n");
}

TEST(ScenarioStops, CaptionMissingEmptyOrMultiline) {
  EXPECT_EQ(StopErrors("[{\"line\": 1}, {\"line\": 1, \"caption\": \"\"}, "
                       "{\"line\": 1, \"caption\": \"a\\nb\"}]"),
            "s.json: error: /classroom/stops/0/caption: missing: the sentence shown at this stop\n"
            "s.json: error: /classroom/stops/1/caption: expected a one-line, non-empty caption\n"
            "s.json: error: /classroom/stops/2/caption: expected a one-line, non-empty caption\n");
}

TEST(ScenarioStops, CaptionTooLong) {
  const std::string caption(kMaxCaptionBytes + 1, 'x');
  EXPECT_NE(StopErrors("[{\"line\": 1, \"caption\": \"" + caption + "\"}]")
                .find("s.json: error: /classroom/stops/0/caption: "),
            std::string::npos);
}

TEST(ScenarioStops, UnknownKey) {
  EXPECT_EQ(StopErrors("[{\"line\": 1, \"caption\": \"x\", \"captoin\": \"y\"}]"),
            "s.json: error: /classroom/stops/0/captoin: unknown key \"captoin\"; did you mean "
            "\"caption\"?\n");
}

TEST(ScenarioStops, TooMany) {
  std::string stops = "[";
  for (size_t i = 0; i <= kMaxStops; ++i)
    stops += std::string(i ? "," : "") + "{\"line\": 1, \"caption\": \"x\"}";
  EXPECT_EQ(StopErrors(stops + "]"),
            "s.json: error: /classroom/stops: too many stops: 201; the limit is 200\n");
}

// A log of statements on `lines` (one event each), with a frame_suspend after the second.
trace::StepLog LogOfLines(const std::vector<uint32_t>& lines) {
  trace::StepLog log;
  for (size_t i = 0; i < lines.size(); ++i) {
    trace::Event e;
    e.kind = trace::EventKind::kStatement;
    e.loc = {lines[i], 1};
    e.time_ns = static_cast<int64_t>(i);  // distinct times: no two statements fold
    log.AppendRaw(e);
    if (i == 1) {
      trace::Event park;
      park.kind = trace::EventKind::kFrameSuspend;
      log.AppendRaw(park);
    }
  }
  return log;
}

Stop LineStop(uint64_t line) {
  return {.anchor = Stop::Anchor::kLine, .line = line, .caption = "c"};
}

TEST(ScenarioStops, LineStopLandsOnTheFirstStatementOnThatLine) {
  // Steps: 0 L1, 1 L3, 2 suspend, 3 L2, 4 L3, 5 L1.
  const trace::StepLog log = LogOfLines({1, 3, 2, 3, 1});
  const std::vector<ResolvedStop> r = ResolveStops({LineStop(3)}, log);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].step, 1u);
}

TEST(ScenarioStops, EachStopSearchesAfterThePreviousOne) {
  const trace::StepLog log = LogOfLines({1, 3, 2, 3, 1});
  Stop park{.anchor = Stop::Anchor::kEvent, .event = "frame_suspend", .caption = "p"};
  const std::vector<ResolvedStop> r =
      ResolveStops({LineStop(3), park, LineStop(3), LineStop(1)}, log);
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[0].step, 1u);
  EXPECT_EQ(r[1].step, 2u);
  EXPECT_EQ(r[2].step, 4u);  // the second time line 3 runs
  EXPECT_EQ(r[3].step, 5u);
  EXPECT_EQ(r[3].stop, 3u);
}

TEST(ScenarioStops, UnreachedStopsAreLeftOut) {
  const trace::StepLog log = LogOfLines({1, 3, 2, 3, 1});
  Stop back{.anchor = Stop::Anchor::kStep, .step = 0, .caption = "b"};
  Stop past{.anchor = Stop::Anchor::kStep, .step = 99, .caption = "p"};
  // Line 2 runs once (step 3); a second line-2 stop lands nowhere, a step before the
  // previous stop or past the end neither; the line-1 stop still lands after step 3.
  const std::vector<ResolvedStop> r =
      ResolveStops({LineStop(2), LineStop(2), back, past, LineStop(1)}, log);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].stop, 0u);
  EXPECT_EQ(r[0].step, 3u);
  EXPECT_EQ(r[1].stop, 4u);
  EXPECT_EQ(r[1].step, 5u);
}

TEST(ScenarioStops, StepStopLandsOnItsStep) {
  const trace::StepLog log = LogOfLines({1, 3, 2});
  Stop s{.anchor = Stop::Anchor::kStep, .step = 2, .caption = "s"};
  const std::vector<ResolvedStop> r = ResolveStops({s}, log);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].step, 2u);
}

}  // namespace
}  // namespace loopscope::scenario
