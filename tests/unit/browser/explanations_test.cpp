// tests/unit/browser/explanations_test.cpp — a browser run's Why sentences speak of the HTML
// event loop only: every step of every built-in browser scenario (and of the recorded browser
// programs) is explained, and no sentence names a mechanism only Node has (the nextTick queue,
// libuv's phases, the thread pool, Node's own functions). The sentences themselves live in
// engine/trace/explain_browser.cpp.
#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <map>
#include <regex>
#include <string>

#include "engine/browser/simulation.h"
#include "engine/scenario/library.h"
#include "engine/scenario/loader.h"
#include "engine/trace/loop_state.h"

namespace loopscope::browser {
namespace {

// Words that name Node's or libuv's machinery. A browser sentence quoting the program's own
// text (a console line, a label) never contains them in these scenarios.
constexpr std::array<const char*, 19> kNodeOnly = {
    "nextTick",    "process\\.",   "libuv",        "\\buv_",
    "epoll",       "thread pool",  "pool thread",  "\\bNode\\b",
    "Node's",      "processTicks", "runNextTicks", "InternalCallbackScope",
    "RunTimers",   "setImmediate", "immediates",   "\\bpoll\\b",
    "check phase", "stdout",       "stderr"};

// Every distinct sentence of a run, with the step that first gave it.
std::map<std::string, size_t> Sentences(const trace::StepLog& log) {
  std::map<std::string, size_t> out;
  trace::LoopState state;
  for (size_t i = 0; i < log.size(); ++i) {
    trace::Apply(state, log, i);
    out.emplace(state.explanation, i);
  }
  return out;
}

// The sentences of `sc` that name a Node-only mechanism, as "step N: sentence" lines.
std::string NodeOnlySentences(const scenario::Scenario& sc) {
  node::RunResult r = Simulate(sc);
  EXPECT_NE(r.log, nullptr) << sc.name;
  if (!r.log) return {};
  EXPECT_TRUE(r.log->info().browser) << sc.name;
  std::string bad;
  for (const auto& [sentence, step] : Sentences(*r.log)) {
    EXPECT_FALSE(sentence.empty()) << sc.name << " step " << step;
    for (const char* word : kNodeOnly)
      if (std::regex_search(sentence, std::regex(word)))
        bad += "step " + std::to_string(step) + " [" + word + "]: " + sentence + "\n";
  }
  return bad;
}

TEST(BrowserExplanations, NoBuiltinScenarioSentenceNamesANodeMechanism) {
  int checked = 0;
  for (const scenario::BuiltinScenario& b : scenario::BuiltinScenarios()) {
    scenario::LoadResult loaded = scenario::LoadBuiltin(b.id);
    ASSERT_TRUE(loaded.ok()) << b.id;
    if (loaded.scenario->host != scenario::Host::kBrowser) continue;
    ++checked;
    EXPECT_EQ(NodeOnlySentences(*loaded.scenario), "") << b.id;
  }
  EXPECT_GE(checked, 15);
}

TEST(BrowserExplanations, NoRecordedProgramSentenceNamesANodeMechanism) {
  const std::filesystem::path dir =
      std::filesystem::path(LOOPSCOPE_SOURCE_DIR) / "tests/unit/browser/programs";
  int checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".js") continue;
    scenario::LoadResult loaded = scenario::LoadFile(entry.path().string());
    ASSERT_TRUE(loaded.ok()) << entry.path();
    loaded.scenario->host = scenario::Host::kBrowser;
    ++checked;
    EXPECT_EQ(NodeOnlySentences(*loaded.scenario), "") << entry.path().filename();
  }
  EXPECT_GE(checked, 15);
}

}  // namespace
}  // namespace loopscope::browser
