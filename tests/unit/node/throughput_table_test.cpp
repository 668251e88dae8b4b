// tests/unit/node/throughput_table_test.cpp — the table in scenarios/threadpool/README.md is
// what the simulator computes: the sweep scenario is simulated with each row's pool size and
// the time from the first pool job starting to the last one finishing must match the row.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "engine/node/pool_sweep.h"
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

TEST(ThroughputTable, ReadmeRowsAreWhatTheSweepComputes) {
  std::vector<Row> rows = ReadmeRows();
  ASSERT_EQ(rows.size(), 8u) << "the README table has one row per pool size, 1 to 8";
  auto loaded = scenario::LoadFile(std::string(LOOPSCOPE_SOURCE_DIR) +
                                   "/scenarios/threadpool/pool-size-sweep.json");
  ASSERT_TRUE(loaded.ok());
  std::vector<PoolSweepPoint> points = SweepPoolSizes(*loaded.scenario, 8);
  ASSERT_EQ(points.size(), rows.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(points[i].pool_size, rows[i].threads);
    EXPECT_NEAR(points[i].busy_ms, rows[i].total_ms, 0.1) << rows[i].threads << " threads";
    EXPECT_NEAR(points[i].per_second, rows[i].per_second, 0.1) << rows[i].threads << " threads";
  }
}

}  // namespace
}  // namespace loopscope::node
