// tests/unit/browser/host_test.cpp — what the browser host does that Chromium's console alone
// cannot show: the nesting clamp's virtual times, a user's click (a checkpoint between
// listeners), refused Web APIs as located errors, and the steps the log records.
#include <gtest/gtest.h>

#include <sstream>

#include "engine/browser/simulation.h"
#include "engine/browser/window.h"
#include "engine/trace/event.h"
#include "engine/trace/trace_json.h"
#include "tests/support/program.h"

namespace loopscope::browser {
namespace {

using loopscope::testing::Lines;
using loopscope::testing::Program;

// Blink's DOMTimer: from the fifth nested level a 0 ms timeout waits 4 ms.
TEST(BrowserTimers, NestedTimeoutsAreClampedFromTheFifthLevel) {
  node::RunResult r = Simulate(Program(R"(
    let last = performance.now(), level = 0;
    const gaps = [];
    function step() {
      const now = performance.now();
      gaps.push(now - last >= 4 ? 'clamped' : 'free');
      last = now;
      if (++level < 7) setTimeout(step, 0);
      else console.log(gaps.join(' '));
    }
    setTimeout(step, 0);
  )"));
  EXPECT_EQ(r.stdout_text, "free free free free clamped clamped clamped\n") << r.stderr_text;
}

TEST(BrowserTimers, IntervalRepeatsUntilCleared) {
  node::RunResult r = Simulate(Program(R"(
    let n = 0;
    const id = setInterval(() => { if (++n === 3) clearInterval(id); console.log(n); }, 20);
  )"));
  EXPECT_EQ(Lines(r.stdout_text), (std::vector<std::string>{"1", "2", "3"}));
}

// A real click calls each listener from an empty stack, so microtasks run between listeners;
// el.click() runs inside the caller's script, so they wait until it returns.
TEST(BrowserInput, UserClickRunsACheckpointBetweenListeners) {
  scenario::Scenario s = Program(R"(
    const b = document.createElement('button');
    b.id = 'b';
    document.body.appendChild(b);
    b.addEventListener('click', () => { Promise.resolve().then(() => console.log('micro 1')); console.log('listener 1'); });
    b.addEventListener('click', () => { Promise.resolve().then(() => console.log('micro 2')); console.log('listener 2'); });
  )");
  s.user_clicks.push_back({.at_ms = 50, .target = "b"});
  node::RunResult r = Simulate(s);
  EXPECT_EQ(Lines(r.stdout_text),
            (std::vector<std::string>{"listener 1", "micro 1", "listener 2", "micro 2"}));
}

TEST(BrowserRefusals, AnUnmodelledWebApiIsALocatedError) {
  node::RunResult r =
      Simulate(Program("console.log('before');\nnew XMLHttpRequest();\nconsole.log('after');\n"));
  EXPECT_EQ(r.stdout_text, "before\n");
  EXPECT_EQ(r.stderr_text,
            "test.js:2:1: error: XMLHttpRequest is not modelled by the browser host "
            "(docs/browser.md)\n");
  EXPECT_EQ(r.exit_code, 1);
}

TEST(BrowserRefusals, UnmodelledDomMembersAreNamed) {
  node::RunResult r = Simulate(Program("const x = 1;\ndocument.querySelector('p');\n"));
  EXPECT_EQ(r.stderr_text,
            "test.js:2:1: error: document.querySelector is not modelled by the browser host "
            "(docs/browser.md)\n");
  node::RunResult el = Simulate(Program("document.body.innerHTML = '<p>';\n"));
  EXPECT_NE(el.stderr_text.find("element.innerHTML is not modelled"), std::string::npos);
}

TEST(BrowserRefusals, NodeGlobalsDoNotExist) {
  node::RunResult r =
      Simulate(Program("try { setImmediate(() => {}); } catch (e) { console.log(e.name); }\n"));
  EXPECT_EQ(r.stdout_text, "ReferenceError\n");
}

// HTML click() steps 2-3: a click() on an element whose click is in progress does nothing.
TEST(BrowserInput, ClickInsideItsOwnListenerIsIgnored) {
  node::RunResult r = Simulate(Program(R"(
    const b = document.createElement('b');
    let n = 0;
    b.addEventListener('click', () => { n++; b.click(); });
    b.click();
    console.log(n);
  )"));
  EXPECT_EQ(r.stdout_text, "1\n") << r.stderr_text;
}

// Listeners dispatching new events without end hit a stack overflow, reported, not a crash.
TEST(BrowserInput, EndlessRedispatchIsARangeError) {
  node::RunResult r = Simulate(Program(R"(
    const t = new EventTarget();
    t.addEventListener('x', () => t.dispatchEvent(new Event('x')));
    t.dispatchEvent(new Event('x'));
    console.log('ok');
  )"));
  EXPECT_EQ(r.stdout_text, "Uncaught RangeError: Maximum call stack size exceeded\nok\n");
}

TEST(BrowserLog, RendersAFrameWithItsSteps) {
  node::RunResult r = Simulate(Program("requestAnimationFrame(() => console.log('frame'));\n"));
  ASSERT_NE(r.log, nullptr);
  std::vector<std::string> steps;
  bool rendering = false;
  for (size_t i = 0; i < r.log->size(); ++i) {
    trace::Event e = r.log->At(i);
    if (e.kind == trace::EventKind::kPhaseEnter && e.phase == trace::Phase::kRendering) {
      rendering = true;
      EXPECT_EQ(e.time_ns, kFrameIntervalNs);
    }
    if (e.kind == trace::EventKind::kRenderStep) steps.emplace_back(r.log->Text(e.text));
  }
  EXPECT_TRUE(rendering);
  EXPECT_EQ(steps, (std::vector<std::string>{"recalculate style", "layout", "paint"}));
}

// Trace format 6 carries the browser's phases, queues and render steps through a round trip.
TEST(BrowserLog, ExportsAndLoadsBack) {
  node::RunResult r =
      Simulate(Program("setTimeout(() => {}, 0);\nnew MessageChannel().port1.postMessage(1);\n"
                       "requestAnimationFrame(() => {});\n"));
  ASSERT_NE(r.log, nullptr);
  std::ostringstream out;
  ASSERT_TRUE(trace::WriteTraceJson(*r.log, out));
  EXPECT_NE(out.str().find("\"render_step\""), std::string::npos);
  EXPECT_NE(out.str().find("\"animation_frames\""), std::string::npos);
  trace::TraceLoadResult back = trace::LoadTraceJson(out.str());
  ASSERT_TRUE(back.log.has_value()) << back.error;
  ASSERT_EQ(back.log->size(), r.log->size());
  for (size_t i = 0; i < r.log->size(); ++i) {
    EXPECT_EQ(back.log->At(i).kind, r.log->At(i).kind) << i;
    EXPECT_EQ(back.log->At(i).queue, r.log->At(i).queue) << i;
    EXPECT_EQ(back.log->At(i).phase, r.log->At(i).phase) << i;
  }
}

TEST(BrowserLoad, SyntaxErrorsAreLocated) {
  node::RunResult r = Simulate(Program("let = ;\n"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.stderr_text.rfind("test.js:1:", 0), 0u) << r.stderr_text;
}

}  // namespace
}  // namespace loopscope::browser
