// tests/unit/node/pool_sweep_test.cpp — the pool-size sweep (engine/node/pool_sweep.h): the
// built-in sweep scenario's throughput climbs with the pool up to the core count and is flat
// after it, and the measurement counts and times a run's pool jobs.
#include "engine/node/pool_sweep.h"

#include <gtest/gtest.h>

#include "engine/node/simulation.h"
#include "engine/scenario/loader.h"

namespace loopscope::node {
namespace {

scenario::Scenario SweepScenario() {
  auto loaded = scenario::LoadFile(std::string(LOOPSCOPE_SOURCE_DIR) +
                                   "/scenarios/threadpool/pool-size-sweep.json");
  EXPECT_TRUE(loaded.ok());
  return loaded.ok() ? *loaded.scenario : scenario::Scenario{};
}

TEST(PoolSweep, ClimbsToTheCoreCountThenStaysFlat) {
  scenario::Scenario s = SweepScenario();
  ASSERT_EQ(s.environment.cpu_cores, 4);
  std::vector<PoolSweepPoint> points = SweepPoolSizes(s, 8);
  ASSERT_EQ(points.size(), 8u);
  for (const PoolSweepPoint& p : points) {
    EXPECT_TRUE(p.complete) << p.pool_size;
    EXPECT_EQ(p.jobs, 840u) << p.pool_size;
    EXPECT_GT(p.per_second, 0) << p.pool_size;
  }
  for (size_t i = 1; i < 4; ++i)  // pools of 1..4 threads on 4 cores: each thread adds
    EXPECT_GT(points[i].per_second, points[i - 1].per_second * 1.15) << points[i].pool_size;
  for (size_t i = 4; i < 8; ++i)  // 5..8 threads: no faster than 4 (within 3%)
    EXPECT_NEAR(points[i].per_second, points[3].per_second, points[3].per_second * 0.03)
        << points[i].pool_size;
  // Four threads cannot beat four times one thread: the main thread shares the cores.
  EXPECT_LE(points[3].per_second, 4 * points[0].per_second);
}

TEST(PoolSweep, ChangesOnlyThePoolSize) {
  scenario::Scenario s = SweepScenario();
  s.environment.cpu_cores = 1;  // one core: every pool size is as fast as one thread
  std::vector<PoolSweepPoint> points = SweepPoolSizes(s, 3);
  ASSERT_EQ(points.size(), 3u);
  EXPECT_NEAR(points[2].per_second, points[0].per_second, points[0].per_second * 0.05);
}

TEST(PoolSweep, MeasuresNothingWithoutPoolJobs) {
  scenario::Scenario s;
  s.source_name = "plain.js";
  s.source = "console.log('no pool');\n";
  std::vector<PoolSweepPoint> points = SweepPoolSizes(s, 2);
  ASSERT_EQ(points.size(), 2u);
  EXPECT_EQ(points[0].jobs, 0u);
  EXPECT_EQ(points[0].per_second, 0);
}

TEST(PoolSweep, StopsWhenCancelled) {
  std::atomic<bool> cancel{true};
  EXPECT_TRUE(SweepPoolSizes(SweepScenario(), 8, &cancel).empty());
}

}  // namespace
}  // namespace loopscope::node
