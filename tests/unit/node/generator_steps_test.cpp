// tests/unit/node/generator_steps_test.cpp — the step log of generators, on logs the engine
// recorded: an async generator parks at its `yield` and its `await` as an async function
// parks at `await` (frame_suspend), and comes back from the same place (frame_resume); a
// sync generator parks between two next() calls the same way.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/node/simulation.h"
#include "engine/trace/loop_state.h"
#include "tests/support/program.h"

namespace loopscope::node {
namespace {

using loopscope::testing::Program;
using trace::EventKind;

constexpr const char* kAsyncGenerator = R"(async function* gen() {
  yield 1;
  await null;
  yield 2;
}
(async () => {
  for await (const v of gen()) console.log(v);
})();
)";

struct Park {
  std::string name;
  uint32_t line;
  uint64_t activation;
};

// Every frame_suspend (or frame_resume: `from` is where it resumes after) of `name`.
std::vector<Park> Parks(const RunResult& r, EventKind kind, const std::string& name) {
  std::vector<Park> out;
  for (size_t i = 0; i < r.log->size(); ++i) {
    const trace::Event& e = r.log->At(i);
    if (e.kind != kind || r.log->Text(e.text) != name) continue;
    uint32_t line = kind == EventKind::kFrameResume ? e.from.line : e.loc.line;
    out.push_back({name, line, static_cast<uint64_t>(e.value)});
  }
  return out;
}

TEST(GeneratorSteps, AnAsyncGeneratorParksAtYieldAndAwait) {
  RunResult r = Simulate(Program(kAsyncGenerator));
  std::vector<Park> parks = Parks(r, EventKind::kFrameSuspend, "gen");
  std::vector<uint32_t> lines;
  for (const Park& p : parks) lines.push_back(p.line);
  // Line 1: the body waits for the first next(). A yield parks twice: it awaits its value
  // (ECMA-262 15.5.5: AsyncGeneratorYield(? Await(value))), then waits for the next request.
  std::vector<uint32_t> expected = {1, 2, 2, 3, 4, 4};
  ASSERT_GE(lines.size(), expected.size());
  lines.resize(expected.size());
  EXPECT_EQ(lines, expected);
  for (const Park& p : parks) EXPECT_EQ(p.activation, parks.front().activation);
}

TEST(GeneratorSteps, ItResumesWhereItParked) {
  RunResult r = Simulate(Program(kAsyncGenerator));
  std::vector<Park> suspends = Parks(r, EventKind::kFrameSuspend, "gen");
  std::vector<Park> resumes = Parks(r, EventKind::kFrameResume, "gen");
  ASSERT_FALSE(resumes.empty());
  // Each resume continues from the suspension before it.
  for (size_t i = 0; i < resumes.size() && i < suspends.size(); ++i)
    EXPECT_EQ(resumes[i].line, suspends[i].line) << i;
}

TEST(GeneratorSteps, ASyncGeneratorParksBetweenNextCalls) {
  RunResult r = Simulate(Program(R"(function* g() {
  yield 'a';
  yield 'b';
}
const it = g();
it.next();
it.next();
it.next();
)"));
  std::vector<Park> suspends = Parks(r, EventKind::kFrameSuspend, "g");
  ASSERT_EQ(suspends.size(), 3u);
  EXPECT_EQ(suspends[1].line, 2u);
  EXPECT_EQ(suspends[2].line, 3u);
  EXPECT_EQ(Parks(r, EventKind::kFrameResume, "g").size(), 3u);
}

}  // namespace
}  // namespace loopscope::node
