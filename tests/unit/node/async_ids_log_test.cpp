// tests/unit/node/async_ids_log_test.cpp — the step log's async ids: every queued timer,
// immediate, nextTick and fs request carries the async id Node gives it and the id of the
// resource that queued it, so "which callback queued which" can be read from the log.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "engine/node/simulation.h"
#include "tests/support/program.h"

namespace loopscope::node {
namespace {

using loopscope::testing::Program;

// Label of each enqueue → its (async id, trigger id); the first enqueue of a label wins.
std::map<std::string, trace::AsyncIdPair> EnqueuedIds(const trace::StepLog& log) {
  std::map<std::string, trace::AsyncIdPair> ids;
  for (size_t i = 0; i < log.size(); ++i) {
    const trace::Event& e = log.At(i);
    if (e.kind != trace::EventKind::kEnqueue) continue;
    ids.emplace(std::string(log.Text(e.text)), trace::EnqueueAsyncIds(e));
  }
  return ids;
}

const trace::AsyncIdPair* Find(const std::map<std::string, trace::AsyncIdPair>& ids,
                               std::string_view fragment) {
  for (const auto& [label, pair] : ids)
    if (label.find(fragment) != std::string::npos) return &pair;
  return nullptr;
}

TEST(AsyncIdsLog, EachQueuedItemNamesTheResourceThatQueuedIt) {
  RunResult r = Simulate(Program(
      "function outer() { setImmediate(function inner() {}); }\n"
      "setTimeout(outer, 1);\n"
      "process.nextTick(function tick() { require('fs').stat(__filename, function done() {}); });\n"
      "Promise.resolve().then(function job() {});\n"));
  ASSERT_TRUE(r.log);
  auto ids = EnqueuedIds(*r.log);
  const trace::AsyncIdPair* timer = Find(ids, "outer");
  const trace::AsyncIdPair* immediate = Find(ids, "inner");
  const trace::AsyncIdPair* tick = Find(ids, "tick");
  const trace::AsyncIdPair* stat = Find(ids, "fs.stat");
  const trace::AsyncIdPair* job = Find(ids, "then");
  ASSERT_TRUE(timer && immediate && tick && stat && job);
  EXPECT_EQ(timer->trigger_id, 1u) << "queued by the main script (async id 1)";
  EXPECT_EQ(tick->trigger_id, 1u);
  EXPECT_EQ(immediate->trigger_id, timer->async_id) << "queued inside the timer's callback";
  EXPECT_EQ(stat->trigger_id, tick->async_id) << "queued inside the nextTick callback";
  EXPECT_GT(immediate->async_id, timer->async_id);
  EXPECT_EQ(job->async_id, 0u) << "promise jobs get no id without a promise hook";
}

}  // namespace
}  // namespace loopscope::node
