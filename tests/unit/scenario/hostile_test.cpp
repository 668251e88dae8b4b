// tests/unit/scenario/hostile_test.cpp — untrusted files: every file in hostile/ must be
// refused with located errors, quickly, without crashing; the giants (a 17 MB file, a
// 1,000,000-deep array) are generated here rather than committed.
//
// hostile/expected_errors.txt holds, per file, every diagnostic it must produce (the
// directory prefix replaced by the file name alone), so a changed message is reviewed.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "engine/scenario/loader.h"
#include "tests/unit/scenario/test_support.h"

namespace loopscope::scenario {
namespace {

namespace fs = std::filesystem;

const fs::path kHostileDir = fs::path(LOOPSCOPE_SOURCE_DIR) / "tests/unit/scenario/hostile";

// "name.json<TAB>diagnostic" lines, grouped by file name.
std::map<std::string, std::string> ReadExpectedErrors() {
  std::map<std::string, std::string> out;
  std::ifstream in(kHostileDir / "expected_errors.txt");
  for (std::string line; std::getline(in, line);) {
    const size_t tab = line.find('\t');
    if (line.empty() || line[0] == '#' || tab == std::string::npos) continue;
    out[line.substr(0, tab)] += line.substr(tab + 1) + "\n";
  }
  return out;
}

// A diagnostic names a place: a line:column, a JSON pointer, or (for whole-file problems
// such as size) the file itself with a reason.
bool IsLocated(const Diagnostic& d) {
  return d.line > 0 || !d.json_pointer.empty() || !d.message.empty();
}

TEST(ScenarioHostile, EveryCorpusFileIsRefusedWithItsLocatedErrors) {
  const auto expected = ReadExpectedErrors();
  int files = 0;
  for (const auto& entry : fs::directory_iterator(kHostileDir)) {
    const std::string name = entry.path().filename().string();
    if (name == "expected_errors.txt") continue;
    ++files;
    const auto start = std::chrono::steady_clock::now();
    const LoadResult r = LoadFile(entry.path().string());
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1)) << name;
    EXPECT_FALSE(r.scenario.has_value()) << name << " must not half-load";
    ASSERT_FALSE(r.errors.empty()) << name;
    std::string actual;
    for (const Diagnostic& d : r.errors) {
      EXPECT_TRUE(IsLocated(d)) << name;
      std::string text = d.ToString();
      if (text.rfind(entry.path().string(), 0) == 0)
        text = name + text.substr(entry.path().string().size());
      actual += text + "\n";
    }
    const auto it = expected.find(name);
    if (it == expected.end()) {
      ADD_FAILURE() << name << " has no entry in expected_errors.txt; it produced:\n" << actual;
      continue;
    }
    EXPECT_EQ(actual, it->second) << name;
  }
  EXPECT_EQ(files, static_cast<int>(expected.size()))
      << "expected_errors.txt lists a file that is gone";
}

TEST(ScenarioHostile, SeventeenMegabyteFileIsRefusedBeforeParsing) {
  testing::TempDir dir;
  const std::string path = dir.Write("giant.json", std::string(17 * 1024 * 1024, ' '));
  const auto start = std::chrono::steady_clock::now();
  const LoadResult r = LoadFile(path);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(500));
  EXPECT_EQ(testing::AllErrors(r),
            path + ": error: file is 17825792 bytes; the limit is 16 MB, refusing to load\n");
}

TEST(ScenarioHostile, MillionDeepObjectsAndArraysInAFile) {
  testing::TempDir dir;
  std::string mixed;
  for (int i = 0; i < 500'000; ++i) mixed += "{\"a\":[";
  const std::string path = dir.Write("deep.json", mixed);
  const LoadResult r = LoadFile(path);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 1u);
  EXPECT_EQ(r.errors[0].col, 6u * 32 + 1) << "the 65th bracket opens the 33rd object";
}

TEST(ScenarioHostile, ManyErrorsAreAllReportedButBounded) {
  // 5,000 unknown keys: each is reported (the user fixes them all at once), and loading
  // stays fast.
  std::string json = "{\"schema\": 1, \"name\": \"x\", \"source\": \"1\"";
  for (int i = 0; i < 5000; ++i) json += ",\"k" + std::to_string(i) + "\": 0";
  json += "}";
  const auto start = std::chrono::steady_clock::now();
  const LoadResult r = LoadFromText(json, "many.json");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
  EXPECT_EQ(r.errors.size(), 5000u);
}

}  // namespace
}  // namespace loopscope::scenario
