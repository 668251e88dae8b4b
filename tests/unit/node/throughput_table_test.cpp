// tests/unit/node/throughput_table_test.cpp — the table in scenarios/threadpool/README.md is
// what the simulator computes: each row's pool size is simulated from its scenario and the
// time from the first pool job starting to the last one finishing must match the row.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "engine/node/simulation.h"
#include "engine/scenario/loader.h"

namespace loopscope::node {
namespace {

namespace fs = std::filesystem;

struct Row {
  int threads;
  double total_ms;
  double per_second;
};

std::vector<Row> ReadmeRows() {
  std::ifstream in(fs::path(LOOPSCOPE_SOURCE_DIR) / "scenarios/threadpool/README.md");
  std::vector<Row> rows;
  const std::regex row(R"(^\|\s*(\d+)\s*\|\s*([\d.]+)\s*\|\s*([\d.]+)\s*\|\s*$)");
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (std::regex_match(line, m, row))
      rows.push_back({std::stoi(m[1]), std::stod(m[2]), std::stod(m[3])});
  }
  return rows;
}

double SimulatedBusyMs(int threads) {
  std::string path = std::string(LOOPSCOPE_SOURCE_DIR) + "/scenarios/threadpool/pool-size-" +
                     std::to_string(threads) + "-throughput.json";
  auto loaded = scenario::LoadFile(path);
  EXPECT_TRUE(loaded.ok());
  RunResult r = Simulate(*loaded.scenario);
  int64_t first = -1, last = 0;
  for (size_t i = 0; i < r.log->size(); ++i) {
    const trace::Event& e = r.log->At(i);
    if (e.kind == trace::EventKind::kPoolJobStart && first < 0) first = e.time_ns;
    if (e.kind == trace::EventKind::kPoolJobFinish) last = e.time_ns;
  }
  return static_cast<double>(last - first) / 1e6;
}

TEST(ThroughputTable, ReadmeRowsAreWhatTheSimulatorComputes) {
  std::vector<Row> rows = ReadmeRows();
  ASSERT_EQ(rows.size(), 5u) << "the README table has one row per pool size";
  for (const Row& row : rows) {
    double ms = SimulatedBusyMs(row.threads);
    EXPECT_NEAR(ms, row.total_ms, 1.0) << row.threads << " threads";
    EXPECT_NEAR(8 * 1000.0 / ms, row.per_second, 0.1) << row.threads << " threads";
  }
}

TEST(ThroughputTable, GrowsToTheCoreCountThenStaysFlat) {
  std::vector<Row> rows = ReadmeRows();
  ASSERT_EQ(rows.size(), 5u);
  for (size_t i = 1; i < 4; ++i) EXPECT_GT(rows[i].per_second, rows[i - 1].per_second);
  EXPECT_NEAR(rows[4].per_second, rows[3].per_second, 0.1);      // 8 threads on 4 cores
  EXPECT_NEAR(rows[3].per_second, 4 * rows[0].per_second, 0.5);  // four cores, four times one
}

}  // namespace
}  // namespace loopscope::node
