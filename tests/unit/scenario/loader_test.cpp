// tests/unit/scenario/loader_test.cpp — LoadFile / LoadFromText: the `.js` form, file
// types, size limits checked before reading, `source_file` confinement, and round trips.
//
// Schema rules are in validate_test.cpp, JSON text rules in json_text_test.cpp.
#include "engine/scenario/loader.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "tests/unit/scenario/test_support.h"

namespace loopscope::scenario {
namespace {

using testing::AllErrors;
using testing::TempDir;

TEST(ScenarioLoader, DiagnosticRendering) {
  EXPECT_EQ((Diagnostic{"f.json", 3, 14, "", "bad"}).ToString(), "f.json:3:14: error: bad");
  EXPECT_EQ((Diagnostic{"f.json", 0, 0, "/environment/threadpool_size", "expected x"}).ToString(),
            "f.json: error: /environment/threadpool_size: expected x");
  EXPECT_EQ((Diagnostic{"f.json", 0, 0, "", "cannot open"}).ToString(),
            "f.json: error: cannot open");
}

TEST(ScenarioLoader, JsFileGetsDefaults) {
  TempDir dir;
  const std::string path = dir.Write("puzzle.js", "console.log('hi');\n");
  const LoadResult r = LoadFile(path);
  ASSERT_TRUE(r.ok()) << AllErrors(r);
  EXPECT_EQ(r.scenario->name, "puzzle.js");
  EXPECT_EQ(r.scenario->source_name, "puzzle.js");
  EXPECT_EQ(r.scenario->source, "console.log('hi');\n");
  EXPECT_EQ(r.scenario->file_path, path);
  EXPECT_EQ(r.scenario->environment.threadpool_size, 4);
  EXPECT_FALSE(r.scenario->expected.has_value());
}

TEST(ScenarioLoader, JsByteOrderMarkIsStripped) {
  const LoadResult r = LoadFromText(
      "\xEF\xBB\xBF"
      "1;",
      "a.js");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.scenario->source, "1;");
}

TEST(ScenarioLoader, JsInvalidUtf8IsLocated) {
  EXPECT_EQ(AllErrors(LoadFromText("let a = 1;\nlet b = '\xC3';", "a.js")),
            "a.js:2:10: error: invalid UTF-8 (a program must be UTF-8 text)\n");
}

TEST(ScenarioLoader, JsLargerThanOneMegabyteIsRefusedBeforeReading) {
  TempDir dir;
  const std::string path = dir.Write("big.js", std::string(1024 * 1024 + 1, ' '));
  EXPECT_EQ(AllErrors(LoadFile(path)),
            path + ": error: file is 1048577 bytes; the limit is 1 MB, refusing to load\n");
}

TEST(ScenarioLoader, ExtensionDecidesTheForm) {
  EXPECT_TRUE(LoadFromText("1", "UPPER.JS").ok());
  EXPECT_EQ(AllErrors(LoadFromText("1", "notes.txt")),
            "notes.txt: error: unsupported file type \".txt\": a scenario is a .js program or a "
            ".json scenario\n");
}

TEST(ScenarioLoader, MissingFileAndDirectory) {
  TempDir dir;
  const std::string missing = (dir.path() / "nope.json").string();
  EXPECT_EQ(AllErrors(LoadFile(missing)), missing + ": error: cannot open: no such file\n");
  std::filesystem::create_directories(dir.path() / "d.json");
  const std::string folder = (dir.path() / "d.json").string();
  EXPECT_EQ(AllErrors(LoadFile(folder)), folder + ": error: cannot open: it is a directory\n");
}

TEST(ScenarioLoader, JsonLargerThanSixteenMegabytesIsRefusedBeforeParsing) {
  TempDir dir;
  const std::string path = dir.Write("huge.json", std::string(16 * 1024 * 1024 + 1, '['));
  EXPECT_EQ(AllErrors(LoadFile(path)),
            path + ": error: file is 16777217 bytes; the limit is 16 MB, refusing to load\n");
  EXPECT_EQ(AllErrors(LoadFromText(std::string(16 * 1024 * 1024 + 1, '['), "t.json")),
            "t.json: error: file is 16777217 bytes; the limit is 16 MB, refusing to load\n");
}

TEST(ScenarioLoader, SourceFileBesideTheScenario) {
  TempDir dir;
  dir.Write("demo/prog.js", "console.log('from file');");
  const std::string path =
      dir.Write("demo/s.json", R"({"schema": 1, "name": "n", "source_file": "prog.js"})");
  const LoadResult r = LoadFile(path);
  ASSERT_TRUE(r.ok()) << AllErrors(r);
  EXPECT_EQ(r.scenario->source, "console.log('from file');");
  EXPECT_EQ(r.scenario->source_name, "prog.js");
}

TEST(ScenarioLoader, SourceFileInASubfolderIsAllowed) {
  TempDir dir;
  dir.Write("demo/src/prog.js", "1;");
  const std::string path = dir.Write(
      "demo/s.json", R"({"schema": 1, "name": "n", "source_file": "src/../src/prog.js"})");
  EXPECT_TRUE(LoadFile(path).ok());
}

TEST(ScenarioLoader, SourceFileEscapingTheFolderIsRefused) {
  TempDir dir;
  dir.Write("secret.js", "1;");
  const std::string path =
      dir.Write("demo/s.json", R"({"schema": 1, "name": "n", "source_file": "../secret.js"})");
  EXPECT_EQ(AllErrors(LoadFile(path)),
            path +
                ": error: /source_file: \"../secret.js\" is outside the scenario's folder; a "
                "scenario may only use files beside or below it\n");
}

TEST(ScenarioLoader, SourceFileAbsolutePathIsRefused) {
  TempDir dir;
  const std::string path =
      dir.Write("s.json", R"({"schema": 1, "name": "n", "source_file": "/etc/passwd"})");
  EXPECT_EQ(AllErrors(LoadFile(path)), path +
                                           ": error: /source_file: expected a path relative to the "
                                           "scenario's folder, got \"/etc/passwd\"\n");
}

TEST(ScenarioLoader, SourceFileSymlinkOutOfTheFolderIsRefused) {
  TempDir dir;
  const std::string outside = dir.Write("outside.js", "1;");
  dir.Write("demo/placeholder", "");
  std::filesystem::create_symlink(outside, dir.path() / "demo/link.js");
  const std::string path =
      dir.Write("demo/s.json", R"({"schema": 1, "name": "n", "source_file": "link.js"})");
  EXPECT_EQ(AllErrors(LoadFile(path)),
            path +
                ": error: /source_file: \"link.js\" is outside the scenario's folder; a scenario "
                "may only use files beside or below it\n");
}

TEST(ScenarioLoader, SourceFileMissing) {
  TempDir dir;
  const std::string path =
      dir.Write("s.json", R"({"schema": 1, "name": "n", "source_file": "gone.js"})");
  EXPECT_EQ(AllErrors(LoadFile(path)),
            path + ": error: /source_file: \"gone.js\": cannot open: no such file\n");
}

TEST(ScenarioLoader, SourceFileTooLarge) {
  TempDir dir;
  dir.Write("big.js", std::string(1024 * 1024 + 1, ' '));
  const std::string path =
      dir.Write("s.json", R"({"schema": 1, "name": "n", "source_file": "big.js"})");
  EXPECT_EQ(AllErrors(LoadFile(path)), path +
                                           ": error: /source_file: \"big.js\": file is 1048577 "
                                           "bytes; the limit is 1 MB, refusing to load\n");
}

TEST(ScenarioLoader, SourceFileInvalidUtf8IsLocatedInThatFile) {
  TempDir dir;
  const std::string prog = dir.Write("p.js", "\n\n  '\xFE'");
  const std::string path =
      dir.Write("s.json", R"({"schema": 1, "name": "n", "source_file": "p.js"})");
  EXPECT_EQ(AllErrors(LoadFile(path)),
            std::filesystem::weakly_canonical(prog).string() +
                ":3:4: error: invalid UTF-8 (a program must be UTF-8 text)\n");
}

TEST(ScenarioLoader, FullScenarioRoundTrip) {
  TempDir dir;
  const std::string path = dir.Write("full.json", R"json({
    "schema": 1, "name": "Full", "description": "All fields.", "tags": ["a", "b"],
    "source": "console.log('x')",
    "environment": {"threadpool_size": 2, "cpu_cores": 8, "loop_start_ms": 0.9, "random_seed": 7,
      "io": {"zlib": {"latency_ms": 1, "cpu_ms": 3}},
      "files": {"./a.txt": {"content": "hello"}},
      "network": {"requests": [{"at_ms": 1.5, "url": "http://localhost:8080/"}]}},
    "expected": {"stdout": ["x"], "exit_code": 0},
    "classroom": {"predict_first": true},
    "limits": {"max_steps": 99}
  })json");
  const LoadResult r = LoadFile(path);
  ASSERT_TRUE(r.ok()) << AllErrors(r);
  const Scenario& s = *r.scenario;
  EXPECT_EQ(s.description, "All fields.");
  EXPECT_EQ(s.tags, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(s.environment.threadpool_size, 2);
  EXPECT_EQ(s.environment.cpu_cores, 8);
  EXPECT_EQ(s.environment.loop_start_ms, 0.9);
  EXPECT_EQ(s.environment.random_seed, 7u);
  EXPECT_EQ(s.environment.io.at("zlib").cpu_ms, 3);
  EXPECT_EQ(s.environment.files.at("./a.txt").content, "hello");
  EXPECT_FALSE(s.environment.files.at("./a.txt").latency_ms.has_value());
  ASSERT_EQ(s.environment.requests.size(), 1u);
  EXPECT_EQ(s.environment.requests[0].at_ms, 1.5);
  EXPECT_EQ(s.expected->stdout_lines, std::vector<std::string>{"x"});
  EXPECT_TRUE(s.predict_first);
  EXPECT_EQ(s.limits.max_steps, 99u);
  EXPECT_EQ(s.limits.max_virtual_ms, Limits{}.max_virtual_ms) << "unset limits keep their defaults";
}

}  // namespace
}  // namespace loopscope::scenario
