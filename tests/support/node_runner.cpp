// tests/support/node_runner.cpp — materialise, run `node`, collect, clean up.
//
// The shell does the redirections and the time limit (coreutils `timeout`); every path it
// sees is one we created under the temp directory, so quoting stays trivial.
#include "tests/support/node_runner.h"

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "tests/support/files.h"
#include "tests/support/program.h"

namespace loopscope::testing {
namespace {

namespace fs = std::filesystem;

// Virtual paths are relative to the program's working directory; anything that could
// land outside the temporary directory is refused rather than written.
std::optional<std::string> SafeRelative(const std::string& path) {
  const fs::path p = fs::path(path).lexically_normal();
  if (p.empty() || p.is_absolute() || *p.begin() == "..") return std::nullopt;
  return p.string();
}

}  // namespace

std::optional<std::string> NodeV20Unavailable() {
  FILE* pipe = popen("node --version 2>/dev/null", "r");
  if (!pipe) return "cannot start a shell to look for node";
  char buffer[64] = {};
  const bool read = fgets(buffer, sizeof buffer, pipe) != nullptr;
  pclose(pipe);
  const std::string version = read ? std::string(buffer) : "";
  if (version.empty()) return "node is not installed";
  if (version.rfind("v20.", 0) != 0)
    return "node is " + version.substr(0, version.find('\n')) + ", not v20";
  return std::nullopt;
}

NodeRun RunUnderNode(const scenario::Scenario& scenario, int timeout_seconds) {
  NodeRun run;
  TempDir work, output;
  for (const auto& [path, file] : scenario.environment.files) {
    const auto relative = SafeRelative(path);
    if (!relative) return run.error = "virtual file \"" + path + "\" is not a relative path", run;
    work.Write(*relative, file.content);
  }
  work.Write(scenario.source_name, scenario.source);
  const std::string command = "cd '" + work.path().string() + "' && UV_THREADPOOL_SIZE=" +
                              std::to_string(scenario.environment.threadpool_size) + " timeout " +
                              std::to_string(timeout_seconds) + " node '" + scenario.source_name +
                              "' </dev/null >'" + (output.path() / "out").string() + "' 2>'" +
                              (output.path() / "err").string() + "'";
  const int status = std::system(command.c_str());
  if (status == -1 || !WIFEXITED(status)) return run.error = "node did not run", run;
  run.exit_code = WEXITSTATUS(status);
  if (run.exit_code == 124) run.error = "node ran past " + std::to_string(timeout_seconds) + " s";
  run.stdout_lines = Lines(ReadFile(output.path() / "out"));
  run.stderr_text = ReadFile(output.path() / "err");
  return run;
}

std::string StderrFirstLine(const std::string& stderr_text) {
  static const std::regex kLocation(R"(^(?:/|node:|file:).*:\d+$)");
  static const std::regex kCaret(R"(^\s*\^+\s*$)");
  const std::vector<std::string> lines = Lines(stderr_text);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string line = lines[i];
    if (std::regex_match(lines[i], kLocation)) {
      size_t j = i + 1;
      const size_t limit = std::min(lines.size(), i + 6);
      while (j < limit && !std::regex_match(lines[j], kCaret)) ++j;
      j = j < limit ? j + 1 : i + 1;
      while (j < lines.size() && lines[j].find_first_not_of(" \t\r") == std::string::npos) ++j;
      line = j < lines.size() ? lines[j] : "";
    }
    return std::regex_replace(line, std::regex(R"(\(node:\d+\))"), "(node:PID)");
  }
  return "";
}

}  // namespace loopscope::testing
