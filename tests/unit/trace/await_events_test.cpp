// tests/unit/trace/await_events_test.cpp — frame_suspend / frame_resume: what they do to
// LoopState (the parked list, the resumed frame at its await), the sentences quoting the
// await, the trace format round trip, and the callback granularity stopping on a frame.
#include <gtest/gtest.h>

#include <sstream>

#include "engine/trace/explain.h"
#include "engine/trace/explain_await.h"
#include "engine/trace/loop_state.h"
#include "engine/trace/navigation.h"
#include "engine/trace/trace_json.h"

namespace loopscope::trace {
namespace {

constexpr const char* kSource =
    "async function f() {\n"
    "  const x = await g(1, [2, 3]);\n"
    "  return x;\n"
    "}\n";

Event Make(EventKind kind, StepLog& log, std::string_view text = {}) {
  Event e;
  e.kind = kind;
  e.text = text.empty() ? 0 : log.Intern(text);
  return e;
}

// <main> calls f, f parks at the await on line 2, the resume job runs it again.
StepLog SuspendResumeLog() {
  StepLog log;
  log.set_info(RunInfo{"t.js", kSource, 4, 1});
  Event main = Make(EventKind::kFramePush, log, "<main>");
  main.loc = {1, 1};
  log.AppendRaw(main);
  Event f = Make(EventKind::kFramePush, log, "f");
  f.loc = {1, 1};
  log.AppendRaw(f);
  Event park = Make(EventKind::kFrameSuspend, log, "f");
  park.loc = {2, 13};
  park.value = 7;
  log.AppendRaw(park);
  log.AppendRaw(Make(EventKind::kFramePop, log));
  Event start = Make(EventKind::kCallbackStart, log, "resume f");
  start.queue = Queue::kMicrotask;
  start.item = 40;
  log.AppendRaw(start);
  Event resume = Make(EventKind::kFrameResume, log, "f");
  resume.loc = {1, 1};
  resume.from = {2, 13};
  resume.item = 40;
  resume.value = 7;
  log.AppendRaw(resume);
  return log;
}

TEST(AwaitEvents, SnippetQuotesTheAwaitedExpression) {
  EXPECT_EQ(AwaitSnippet(kSource, {2, 13}), "await g(1, [2, 3])");
  EXPECT_EQ(AwaitSnippet("await x; await y;", {1, 10}), "await y");
  EXPECT_EQ(AwaitSnippet(kSource, {2, 3}), "") << "not an await";
  EXPECT_EQ(AwaitSnippet(kSource, {9, 1}), "") << "past the end";
  EXPECT_EQ(AwaitSnippet(kSource, {0, 0}), "");
  std::string long_line = "await " + std::string(80, 'a');
  EXPECT_EQ(AwaitSnippet(long_line, {1, 1}).size(), 48u);
}

TEST(AwaitEvents, SuspendParksTheFrameAndResumeBringsItBackAtTheAwait) {
  StepLog log = SuspendResumeLog();
  LoopState s;
  for (size_t i = 0; i <= 2; ++i) Apply(s, log, i);
  ASSERT_EQ(s.stack.size(), 1u);
  ASSERT_EQ(s.parked.size(), 1u);
  EXPECT_EQ(log.Text(s.parked[0].name), "f");
  EXPECT_EQ(s.parked[0].at, (Loc{2, 13}));
  EXPECT_NE(s.explanation.find("f is suspended at `await g(1, [2, 3])` on line 2"),
            std::string::npos)
      << s.explanation;
  EXPECT_NE(s.explanation.find("<main> continues"), std::string::npos) << s.explanation;
  for (size_t i = 3; i < log.size(); ++i) Apply(s, log, i);
  EXPECT_TRUE(s.parked.empty());
  ASSERT_EQ(s.stack.size(), 1u);
  EXPECT_EQ(s.stack[0].statement, (Loc{2, 13}));
  EXPECT_EQ(s.stack[0].item, 40u);
  EXPECT_NE(s.explanation.find("f resumes after `await g(1, [2, 3])` on line 2"), std::string::npos)
      << s.explanation;
}

TEST(AwaitEvents, TheyRoundTripThroughTheTraceFormat) {
  StepLog log = SuspendResumeLog();
  std::ostringstream out;
  ASSERT_TRUE(WriteTraceJson(log, out));
  TraceLoadResult back = LoadTraceJson(out.str());
  ASSERT_TRUE(back.log) << back.error;
  ASSERT_EQ(back.log->size(), log.size());
  EXPECT_EQ(back.log->At(2).kind, EventKind::kFrameSuspend);
  EXPECT_EQ(back.log->At(5).from, (Loc{2, 13}));
  EXPECT_EQ(back.log->At(5).value, 7);
}

TEST(AwaitEvents, OlderVersionsStillLoad) {
  TraceLoadResult old = LoadTraceJson(
      R"({"format":"loopscope-trace","version":4,"program":{"name":"a.js","source":""},)"
      R"("next_id":1,"dropped_events":0,"event_count":1,)"
      R"("events":[{"t":0,"kind":"process_exit"}]})");
  ASSERT_TRUE(old.log) << old.error;
  LoopState s;
  Apply(s, *old.log, 0);
  EXPECT_EQ(s.explanation, "The process exits with code 0.");
}

TEST(AwaitEvents, CallbackGranularityStopsOnTheResumedFrame) {
  StepLog log = SuspendResumeLog();
  EXPECT_EQ(NextStep(log, 0, Granularity::kCallback), 5u);
  EXPECT_EQ(NextStep(log, 4, Granularity::kCallback), 5u) << "from the callback's start";
  EXPECT_EQ(PrevStep(log, 5, Granularity::kCallback), 5u) << "nothing earlier";
}

}  // namespace
}  // namespace loopscope::trace
