// tests/unit/trace/divergence_test.cpp — FirstDivergence: the first console line or callback
// that differs between two logs, with both event indexes; times never count.
#include "engine/trace/divergence.h"

#include <gtest/gtest.h>

#include "engine/trace/event.h"

namespace loopscope::trace {
namespace {

// A log of observable steps: "c:text" is a console write, "cb:label" a callback start,
// "race" a race mark, anything else a statement (not observable).
StepLog Log(std::initializer_list<std::string_view> steps, int64_t time_step = 1000) {
  StepLog log;
  int64_t t = 0;
  for (std::string_view s : steps) {
    Event e;
    e.time_ns = t += time_step;
    if (s.starts_with("c:")) {
      e.kind = EventKind::kConsole;
      e.value = 1;
      e.text = log.Intern(std::string(s.substr(2)) + "\n");
    } else if (s.starts_with("cb:")) {
      e.kind = EventKind::kCallbackStart;
      e.text = log.Intern(s.substr(3));
    } else if (s == "race") {
      e.kind = EventKind::kRaceMark;
      e.text = log.Intern("either way");
    } else {
      e.kind = EventKind::kStatement;
      e.loc = Loc{static_cast<uint32_t>(log.size() + 1), 1};
    }
    log.AppendRaw(e);
  }
  return log;
}

TEST(Divergence, SameLinesAndCallbacksAtOtherTimesAgree) {
  StepLog a = Log({"s", "c:one", "cb:setTimeout callback", "c:two"}, 1000);
  StepLog b = Log({"c:one", "s", "s", "cb:setTimeout callback", "c:two"}, 77777);
  EXPECT_FALSE(FirstDivergence(a, b).has_value());
}

TEST(Divergence, NumbersInCallbackLabelsDoNotCountButConsoleLinesMustMatch) {
  StepLog a = Log({"cb:accept on :40000 (client socket #2)", "c:port 40000"});
  StepLog b = Log({"cb:accept on :38109 (client socket #2)", "c:port 38109"});
  auto d = FirstDivergence(a, b);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->step, 1u);  // the accept matched; the printed port did not
}

TEST(Divergence, FirstDifferingStepHasBothEventIndexes) {
  StepLog a = Log({"c:start", "cb:setTimeout callback", "c:timeout"});
  StepLog b = Log({"s", "c:start", "cb:setImmediate callback", "c:immediate"});
  auto d = FirstDivergence(a, b);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->event_a, 1u);
  EXPECT_EQ(d->event_b, 2u);
  EXPECT_EQ(d->step, 1u);
  EXPECT_NE(d->summary.find("ran setTimeout callback"), std::string::npos) << d->summary;
  EXPECT_NE(d->summary.find("ran setImmediate callback"), std::string::npos) << d->summary;
  EXPECT_FALSE(d->after_race);
}

TEST(Divergence, OneLogEndingEarlyDivergesAtItsEnd) {
  StepLog a = Log({"c:one", "c:two"});
  StepLog b = Log({"c:one"});
  auto d = FirstDivergence(a, b);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->event_a, 1u);
  EXPECT_EQ(d->event_b, b.size());
  EXPECT_NE(d->summary.find("printed \"two\""), std::string::npos) << d->summary;
  EXPECT_NE(d->summary.find("nothing more"), std::string::npos) << d->summary;
}

TEST(Divergence, SaysWhenTheFirstLogMarkedARaceBeforeIt) {
  StepLog a = Log({"race", "cb:setTimeout callback"});
  StepLog b = Log({"cb:setImmediate callback"});
  auto d = FirstDivergence(a, b);
  ASSERT_TRUE(d.has_value());
  EXPECT_TRUE(d->after_race);
}

TEST(Divergence, CorrespondingEventIsAfterAsManyObservableSteps) {
  StepLog a = Log({"s", "c:one", "s", "cb:setTimeout callback", "s", "c:two"});
  StepLog b = Log({"c:one", "cb:setTimeout callback", "s", "s", "c:two", "s"});
  EXPECT_EQ(CorrespondingEvent(a, 1, b), 0u);  // "one" printed
  EXPECT_EQ(CorrespondingEvent(a, 2, b), 0u);  // a statement after it: still there
  EXPECT_EQ(CorrespondingEvent(a, 3, b), 1u);  // the timeout started
  EXPECT_EQ(CorrespondingEvent(a, 5, b), 4u);  // "two" printed
  EXPECT_EQ(CorrespondingEvent(a, 0, b), 0u);  // before anything observable: same index
  StepLog shorter = Log({"c:one"});
  EXPECT_EQ(CorrespondingEvent(a, 5, shorter), 0u);  // it has fewer: its last event
}

}  // namespace
}  // namespace loopscope::trace
