// tests/unit/scenario/validate_test.cpp — every schema rule of docs/scenario-format.md,
// each with the exact message a user sees (JSON pointer + what was expected + what was found).
//
// Rules about the JSON text itself (syntax, UTF-8, depth) are in json_text_test.cpp; file
// handling (`source_file`, sizes, extensions) in loader_test.cpp.
#include <gtest/gtest.h>

#include "engine/scenario/loader.h"
#include "tests/unit/scenario/test_support.h"

namespace loopscope::scenario {
namespace {

using testing::AllErrors;
using testing::MinimalJson;

std::string Errors(const std::string& json) {
  return AllErrors(LoadFromText(json, "s.json"));
}

// A scenario whose environment is `env` (a JSON object text).
std::string WithEnvironment(const std::string& env) {
  return MinimalJson("\"environment\": " + env + ",");
}

TEST(ScenarioValidate, MinimalScenarioLoadsWithDefaults) {
  const LoadResult r = LoadFromText(MinimalJson(), "dir/s.json");
  ASSERT_TRUE(r.ok()) << AllErrors(r);
  EXPECT_EQ(r.scenario->name, "t");
  EXPECT_EQ(r.scenario->source, "console.log(1)");
  EXPECT_EQ(r.scenario->source_name, "s.js");
  EXPECT_EQ(r.scenario->file_path, "dir/s.json");
  EXPECT_EQ(r.scenario->environment.threadpool_size, 4);
  EXPECT_EQ(r.scenario->environment.cpu_cores, 4);
  EXPECT_FALSE(r.scenario->expected.has_value());
  EXPECT_FALSE(r.scenario->predict_first);
}

TEST(ScenarioValidate, ThreadpoolSizeAboveLibuvMaximum) {
  EXPECT_EQ(Errors(WithEnvironment("{\"threadpool_size\": 1000000000}")),
            "s.json: error: /environment/threadpool_size: expected an integer from 1 to 1024, got "
            "1000000000\n");
}

TEST(ScenarioValidate, ThreadpoolSizeZeroAndFractional) {
  EXPECT_EQ(
      Errors(WithEnvironment("{\"threadpool_size\": 0, \"cpu_cores\": 2.5}")),
      "s.json: error: /environment/threadpool_size: expected an integer from 1 to 1024, got 0\n"
      "s.json: error: /environment/cpu_cores: expected an integer from 1 to 256, got 2.5\n");
}

TEST(ScenarioValidate, CpuCoresAbove256) {
  EXPECT_EQ(Errors(WithEnvironment("{\"cpu_cores\": 257}")),
            "s.json: error: /environment/cpu_cores: expected an integer from 1 to 256, got 257\n");
}

TEST(ScenarioValidate, LoopStartOutsideRange) {
  EXPECT_EQ(
      Errors(WithEnvironment("{\"loop_start_ms\": 1000.5}")),
      "s.json: error: /environment/loop_start_ms: expected a number from 0 to 1000, got 1000.5\n");
  EXPECT_EQ(
      Errors(WithEnvironment("{\"loop_start_ms\": -1}")),
      "s.json: error: /environment/loop_start_ms: expected a number from 0 to 1000, got -1\n");
}

TEST(ScenarioValidate, RandomSeedIsASafeInteger) {
  EXPECT_EQ(Errors(WithEnvironment("{\"random_seed\": 1.5}")),
            "s.json: error: /environment/random_seed: expected an integer from 0 to "
            "9007199254740991, got 1.5\n");
  EXPECT_EQ(Errors(WithEnvironment("{\"random_seed\": 12}")), "");
}

TEST(ScenarioValidate, TimeZoneIsAnIanaNameIcuKnows) {
  EXPECT_EQ(Errors(WithEnvironment("{\"timezone\": \"Europe/Paris\"}")), "");
  EXPECT_EQ(Errors(WithEnvironment("{\"timezone\": \"UTC\"}")), "");
  EXPECT_EQ(Errors(WithEnvironment("{\"timezone\": \"Mars/Olympus_Mons\"}")),
            "s.json: error: /environment/timezone: unknown time zone \"Mars/Olympus_Mons\"; use "
            "an IANA name such as \"Europe/Paris\" or \"UTC\"\n");
  EXPECT_EQ(Errors(WithEnvironment("{\"timezone\": \"\"}")),
            "s.json: error: /environment/timezone: unknown time zone \"\"; use an IANA name "
            "such as \"Europe/Paris\" or \"UTC\"\n");
}

TEST(ScenarioValidate, WrongTypeNamesWhatWasFound) {
  EXPECT_EQ(Errors(WithEnvironment("{\"threadpool_size\": \"4\"}")),
            "s.json: error: /environment/threadpool_size: expected an integer from 1 to 1024, got "
            "a string \"4\"\n");
  EXPECT_EQ(Errors(WithEnvironment("[]")),
            "s.json: error: /environment: expected an object, got an array\n");
}

TEST(ScenarioValidate, NegativeLatencyAndCpuCost) {
  EXPECT_EQ(Errors(WithEnvironment(
                "{\"io\": {\"fs\": {\"latency_ms\": -2}, \"crypto.pbkdf2\": {\"cpu_ms\": -0.5}}}")),
            "s.json: error: /environment/io/crypto.pbkdf2/cpu_ms: expected a number from 0 to "
            "3600000, got -0.5\n"
            "s.json: error: /environment/io/fs/latency_ms: expected a number from 0 to 3600000, "
            "got -2\n");
}

TEST(ScenarioValidate, IoCostsAreRead) {
  const LoadResult r = LoadFromText(
      WithEnvironment(
          "{\"io\": {\"fs\": {\"latency_ms\": 2.5}, \"crypto.pbkdf2\": {\"cpu_ms\": 50}}}"),
      "s.json");
  ASSERT_TRUE(r.ok()) << AllErrors(r);
  EXPECT_EQ(r.scenario->environment.io.at("fs").latency_ms, 2.5);
  EXPECT_EQ(r.scenario->environment.io.at("crypto.pbkdf2").cpu_ms, 50);
}

TEST(ScenarioValidate, UnknownIoKindSuggestsNearest) {
  EXPECT_EQ(Errors(WithEnvironment("{\"io\": {\"crypto.pbkfd2\": {\"cpu_ms\": 5}}}")),
            "s.json: error: /environment/io/crypto.pbkfd2: unknown key \"crypto.pbkfd2\"; did you "
            "mean \"crypto.pbkdf2\"?\n");
}

TEST(ScenarioValidate, UnknownKeyWithDidYouMean) {
  EXPECT_EQ(
      Errors(MinimalJson("\"descripton\": \"x\",")),
      "s.json: error: /descripton: unknown key \"descripton\"; did you mean \"description\"?\n");
  EXPECT_EQ(Errors(WithEnvironment("{\"threadpoolsize\": 2}")),
            "s.json: error: /environment/threadpoolsize: unknown key \"threadpoolsize\"; did you "
            "mean \"threadpool_size\"?\n");
}

TEST(ScenarioValidate, UnknownKeyFarFromAnyListsAllowed) {
  EXPECT_EQ(Errors(MinimalJson("\"classroom\": {\"zzzzzzzz\": true},")),
            "s.json: error: /classroom/zzzzzzzz: unknown key \"zzzzzzzz\"; allowed here: "
            "predict_first, stops\n");
}

TEST(ScenarioValidate, SchemaAndNameAreRequired) {
  EXPECT_EQ(Errors("{\"source\": \"1\"}"),
            "s.json: error: /schema: missing: add \"schema\": 1\n"
            "s.json: error: /name: missing: a scenario needs a name\n");
}

TEST(ScenarioValidate, SchemaVersionMustBeOne) {
  EXPECT_EQ(Errors("{\"schema\": 2, \"name\": \"t\", \"source\": \"1\"}"),
            "s.json: error: /schema: expected 1 (the only schema version), got 2\n");
}

TEST(ScenarioValidate, NameMustBeOneNonEmptyLine) {
  EXPECT_EQ(Errors("{\"schema\": 1, \"name\": \"\", \"source\": \"1\"}"),
            "s.json: error: /name: expected a one-line, non-empty name\n");
  EXPECT_EQ(Errors("{\"schema\": 1, \"name\": \"a\\nb\", \"source\": \"1\"}"),
            "s.json: error: /name: expected a one-line, non-empty name\n");
}

TEST(ScenarioValidate, SourceAndSourceFileBoth) {
  EXPECT_EQ(
      Errors("{\"schema\": 1, \"name\": \"t\", \"source\": \"1\", \"source_file\": \"a.js\"}"),
      "s.json: error: /source_file: give either \"source\" or \"source_file\", not both\n");
}

TEST(ScenarioValidate, SourceAndSourceFileNeither) {
  EXPECT_EQ(Errors("{\"schema\": 1, \"name\": \"t\"}"),
            "s.json: error: /source: missing: give the program as \"source\" (text) or "
            "\"source_file\" (a path)\n");
}

TEST(ScenarioValidate, SourceLargerThanOneMegabyte) {
  const std::string big(1024 * 1024 + 1, 'x');
  EXPECT_EQ(Errors("{\"schema\": 1, \"name\": \"t\", \"source\": \"" + big + "\"}"),
            "s.json: error: /source: too long: 1048577 bytes; the limit is 1 MB\n");
}

TEST(ScenarioValidate, TopLevelMustBeAnObject) {
  EXPECT_EQ(Errors("[1, 2]"),
            "s.json: error: expected a JSON object at the top level, got an array\n");
}

TEST(ScenarioValidate, TagsMustBeStrings) {
  EXPECT_EQ(Errors(MinimalJson("\"tags\": [\"ok\", 3],")),
            "s.json: error: /tags/1: expected a string, got 3\n");
}

TEST(ScenarioValidate, ReportsEveryErrorNotOnlyTheFirst) {
  const LoadResult r = LoadFromText(
      "{\"schema\": 1, \"name\": 5, \"source\": \"1\", \"environment\": {\"threadpool_size\": -1, "
      "\"cpu_cores\": 0, \"colour\": 1}, \"limits\": {\"max_steps\": 0}}",
      "s.json");
  EXPECT_FALSE(r.ok());
  EXPECT_FALSE(r.scenario.has_value()) << "nothing half-loads";
  EXPECT_EQ(r.errors.size(), 5u) << AllErrors(r);
}

TEST(ScenarioValidate, VirtualFilesAreRead) {
  const LoadResult r = LoadFromText(
      WithEnvironment(
          "{\"files\": {\"./data/a.json\": {\"content\": \"[1]\", \"latency_ms\": 4}}}"),
      "s.json");
  ASSERT_TRUE(r.ok()) << AllErrors(r);
  const VirtualFile& f = r.scenario->environment.files.at("./data/a.json");
  EXPECT_EQ(f.content, "[1]");
  EXPECT_EQ(f.latency_ms, 4);
}

TEST(ScenarioValidate, VirtualFileNeedsContent) {
  EXPECT_EQ(Errors(WithEnvironment("{\"files\": {\"a/b.txt\": {\"latency_ms\": 1}}}")),
            "s.json: error: /environment/files/a~1b.txt/content: missing: a virtual file needs its "
            "content (a string)\n");
}

TEST(ScenarioValidate, TooManyVirtualFiles) {
  std::string files = "{";
  for (int i = 0; i < 1001; ++i)
    files += (i ? "," : "") + ("\"f" + std::to_string(i) + "\": {\"content\": \"\"}");
  EXPECT_EQ(Errors(WithEnvironment("{\"files\": " + files + "}}")),
            "s.json: error: /environment/files: too many virtual files: 1001; the limit is 1000\n");
}

TEST(ScenarioValidate, VirtualFilesTooLargeInTotal) {
  const std::string mb(1024 * 1024, 'a');
  std::string files = "{";
  for (int i = 0; i < 9; ++i)
    files += (i ? "," : "") + ("\"f" + std::to_string(i) + "\": {\"content\": \"" + mb + "\"}");
  EXPECT_EQ(
      Errors(WithEnvironment("{\"files\": " + files + "}}")),
      "s.json: error: /environment/files: virtual files total 9437184 bytes; the limit is 8 MB\n");
}

TEST(ScenarioValidate, RequestsAreSortedByArrival) {
  const LoadResult r = LoadFromText(
      WithEnvironment(
          "{\"network\": {\"requests\": [{\"at_ms\": 9, \"url\": \"http://localhost:3000/b\"}, "
          "{\"at_ms\": 2, \"method\": \"POST\", \"url\": \"http://127.0.0.1:3000/a\", \"body\": "
          "\"x\", "
          "\"headers\": {\"content-type\": \"text/plain\"}}]}}"),
      "s.json");
  ASSERT_TRUE(r.ok()) << AllErrors(r);
  const auto& requests = r.scenario->environment.requests;
  ASSERT_EQ(requests.size(), 2u);
  EXPECT_EQ(requests[0].url, "http://127.0.0.1:3000/a");
  EXPECT_EQ(requests[0].method, "POST");
  EXPECT_EQ(requests[0].headers.at("content-type"), "text/plain");
  EXPECT_EQ(requests[1].method, "GET");
}

TEST(ScenarioValidate, RequestRules) {
  EXPECT_EQ(Errors(WithEnvironment("{\"network\": {\"requests\": [{\"method\": \"FETCH\", \"url\": "
                                   "\"http://example.com/\"}]}}")),
            "s.json: error: /environment/network/requests/0/at_ms: missing: when the request "
            "arrives, in virtual milliseconds\n"
            "s.json: error: /environment/network/requests/0/method: expected one of GET, POST, "
            "PUT, DELETE, PATCH, HEAD, OPTIONS, got \"FETCH\"\n"
            "s.json: error: /environment/network/requests/0/url: expected a loopback URL such as "
            "\"http://localhost:3000/path\" "
            "(host localhost or 127.0.0.1, port 1..65535), got \"http://example.com/\"\n");
  EXPECT_EQ(
      Errors(WithEnvironment(
          "{\"network\": {\"requests\": [{\"at_ms\": 1, \"url\": \"http://localhost:70000/\"}]}}")),
      "s.json: error: /environment/network/requests/0/url: expected a loopback URL such as "
      "\"http://localhost:3000/path\" "
      "(host localhost or 127.0.0.1, port 1..65535), got \"http://localhost:70000/\"\n");
}

TEST(ScenarioValidate, MoreThanTwoThousandRequests) {
  std::string requests = "[";
  for (int i = 0; i < 2001; ++i)
    requests += (i ? "," : "") + std::string("{\"at_ms\": 1, \"url\": \"http://localhost:1/\"}");
  EXPECT_EQ(Errors(WithEnvironment("{\"network\": {\"requests\": " + requests + "]}}")),
            "s.json: error: /environment/network/requests: too many scheduled requests: 2001; the "
            "limit is 2000\n");
}

TEST(ScenarioValidate, ExpectedIsRead) {
  const LoadResult r =
      LoadFromText(MinimalJson("\"expected\": {\"stdout\": [\"a\", \"b\"], \"exit_code\": 1, "
                               "\"stderr_first_line\": \"Error: x\"},"),
                   "s.json");
  ASSERT_TRUE(r.ok()) << AllErrors(r);
  ASSERT_TRUE(r.scenario->expected.has_value());
  EXPECT_EQ(r.scenario->expected->stdout_lines, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(r.scenario->expected->exit_code, 1);
  EXPECT_EQ(r.scenario->expected->stderr_first_line, "Error: x");
}

TEST(ScenarioValidate, ExpectedRules) {
  EXPECT_EQ(
      Errors(MinimalJson("\"expected\": {\"stdout\": \"a\", \"exit_code\": 256},")),
      "s.json: error: /expected/stdout: expected an array of lines (strings), got a string \"a\"\n"
      "s.json: error: /expected/exit_code: expected an integer from 0 to 255, got 256\n");
}

TEST(ScenarioValidate, ClassroomAndLimits) {
  const LoadResult r = LoadFromText(
      MinimalJson("\"classroom\": {\"predict_first\": true}, \"limits\": {\"max_steps\": 1000, "
                  "\"max_virtual_ms\": 5000, \"max_events\": 10, \"max_wall_seconds\": 2, "
                  "\"max_heap_mb\": 64},"),
      "s.json");
  ASSERT_TRUE(r.ok()) << AllErrors(r);
  EXPECT_TRUE(r.scenario->predict_first);
  EXPECT_EQ(r.scenario->limits.max_steps, 1000u);
  EXPECT_EQ(r.scenario->limits.max_virtual_ms, 5000);
  EXPECT_EQ(r.scenario->limits.max_events, 10u);
  EXPECT_EQ(r.scenario->limits.max_wall_seconds, 2);
  EXPECT_EQ(r.scenario->limits.max_heap_mb, 64);
  EXPECT_EQ(Errors(MinimalJson("\"classroom\": {\"predict_first\": 1},")),
            "s.json: error: /classroom/predict_first: expected true or false, got 1\n");
  EXPECT_EQ(Errors(MinimalJson("\"limits\": {\"max_wall_seconds\": 1e9},")),
            "s.json: error: /limits/max_wall_seconds: expected a number from 0.1 to 600, got "
            "1000000000\n");
  EXPECT_EQ(Errors(MinimalJson("\"limits\": {\"max_heap_mb\": 1e6},")),
            "s.json: error: /limits/max_heap_mb: expected a number from 16 to 8192, got 1000000\n");
  EXPECT_EQ(Errors(MinimalJson("\"limits\": {\"max_heap_mb\": 1},")),
            "s.json: error: /limits/max_heap_mb: expected a number from 16 to 8192, got 1\n");
}

TEST(ScenarioValidate, HugeIntegersDoNotWrap) {
  EXPECT_EQ(Errors(WithEnvironment("{\"threadpool_size\": 18446744073709551615}")),
            "s.json: error: /environment/threadpool_size: expected an integer from 1 to 1024, got "
            "18446744073709551615\n");
  EXPECT_EQ(Errors(WithEnvironment("{\"threadpool_size\": -9223372036854775808}")),
            "s.json: error: /environment/threadpool_size: expected an integer from 1 to 1024, got "
            "-9223372036854775808\n");
}

}  // namespace
// `run`, the app and `screenshot` cap a shared file's limits the same way: lower is kept,
// higher falls back to the default (the wall clock to the cap it is given).
TEST(ScenarioLimits, ASharedFileMayLowerItsLimitsButNotRaiseThem) {
  Limits raised;
  raised.max_wall_seconds = 3600;
  raised.max_steps = 1'000'000'000;
  raised.max_virtual_ms = 86'400'000;
  raised.max_events = 50'000'000;
  raised.max_heap_mb = 8192;
  CapLimitsAtDefaults(raised, kWallGuardSeconds);
  EXPECT_EQ(raised.max_wall_seconds, kWallGuardSeconds);
  EXPECT_EQ(raised.max_steps, Limits{}.max_steps);
  EXPECT_EQ(raised.max_virtual_ms, Limits{}.max_virtual_ms);
  EXPECT_EQ(raised.max_events, Limits{}.max_events);
  EXPECT_EQ(raised.max_heap_mb, Limits{}.max_heap_mb);
  Limits lowered;
  lowered.max_wall_seconds = 0.5;
  lowered.max_steps = 1000;
  CapLimitsAtDefaults(lowered, kWallGuardSeconds);
  EXPECT_EQ(lowered.max_wall_seconds, 0.5);
  EXPECT_EQ(lowered.max_steps, 1000u);
  Limits unset;  // 0: the guard's default, left as it is
  CapLimitsAtDefaults(unset, kWallGuardSeconds);
  EXPECT_EQ(unset.max_wall_seconds, 0);
}

}  // namespace loopscope::scenario
