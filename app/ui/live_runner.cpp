// app/ui/live_runner.cpp — see live_runner.h.
#include "app/ui/live_runner.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "app/ui/browser.h"
#include "engine/scenario/library.h"
#include "engine/trace/event.h"
#include "engine/trace/trace_json.h"

extern char** environ;

namespace loopscope::app {

namespace fs = std::filesystem;

namespace {
std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Where the built-in scenario's text goes so the child can open it as a file.
std::optional<fs::path> MaterialiseBuiltin(const std::string& id, const fs::path& dir) {
  for (const auto& s : scenario::BuiltinScenarios()) {
    if (s.id != id) continue;
    fs::path file = dir / (fs::path(std::string(s.id)).filename().string() + ".json");
    std::ofstream(file, std::ios::binary) << s.json;
    return file;
  }
  return std::nullopt;
}
}  // namespace

LiveRunner::LiveRunner(std::string executable) : executable_(std::move(executable)) {}

LiveRunner::~LiveRunner() {
  Cancel();
}

void LiveRunner::Cancel() {
  if (pid_t child = child_.load(); child > 0) kill(child, SIGKILL);
  if (waiter_.joinable()) waiter_.join();
}

void LiveRunner::Start(const std::string& path, const std::string& title) {
  Cancel();
  {
    std::lock_guard<std::mutex> lock(mutex_);
    result_.reset();
  }
  std::shared_ptr<live::PrivateDir> owned;
  try {
    owned = std::make_shared<live::PrivateDir>("loopscope-app-live");
  } catch (const std::runtime_error&) {
    return Finish({nullptr, {"cannot create a temporary directory"}});
  }
  const fs::path& dir = owned->path();
  std::string file = path;
  if (path.starts_with(kBuiltinPrefix)) {
    auto written = MaterialiseBuiltin(path.substr(kBuiltinPrefix.size()), dir);
    if (!written) return Finish({nullptr, {path + ": no such built-in scenario"}});
    file = written->string();
  }
  std::string trace = (dir / "live-trace.json").string();
  std::string out = (dir / "stdout.txt").string();
  std::string err = (dir / "stderr.txt").string();
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  std::vector<std::string> args = {executable_, "run", file, "--live", "--trace", trace};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t child = 0;
  int rc = posix_spawn(&child, executable_.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return Finish({nullptr, {"cannot start " + executable_ + " for the live run"}});
  child_ = child;
  running_ = true;
  waiter_ = std::thread(&LiveRunner::Wait, this, child, std::move(owned), path, title);
}

void LiveRunner::Wait(pid_t child, std::shared_ptr<live::PrivateDir> owned, std::string path,
                      std::string title) {
  const fs::path dir = owned->path();
  int status = 0;
  while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  child_ = 0;
  LiveRunOutcome outcome;
  trace::TraceLoadResult loaded = trace::LoadTraceJson(ReadFile(dir / "live-trace.json"));
  // docs/cli.md: exit 2 when the file could not be loaded (the log then never enters a
  // phase: at most its start and the compile error; a program's own process.exit(2) has run).
  constexpr int kExitLoadError = 2;
  const auto never_ran = [](const trace::StepLog& log) {
    for (size_t i = 0; i < log.size(); ++i)
      if (log.At(i).kind == trace::EventKind::kPhaseEnter) return false;
    return true;
  };
  bool load_error = WIFEXITED(status) && WEXITSTATUS(status) == kExitLoadError &&
                    (!loaded.log || never_ran(*loaded.log));
  if (WIFSIGNALED(status)) {
    outcome.errors.push_back("the live run was stopped");
  } else if (!loaded.log || load_error) {
    std::istringstream err(ReadFile(dir / "stderr.txt"));
    for (std::string line; std::getline(err, line);) {
      if (!line.empty()) outcome.errors.push_back(line);
    }
    if (outcome.errors.empty()) outcome.errors.push_back("the live run wrote no step log");
  } else {
    auto log = std::make_shared<const trace::StepLog>(std::move(*loaded.log));
    outcome.doc = MakeDocument(log, path, title + " (live)");
    outcome.doc->exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 1;
    for (size_t i = 0; i < log->size(); ++i) {
      if (log->At(i).kind == trace::EventKind::kLimit) {
        outcome.doc->limit_message = std::string(log->Text(log->At(i).text));
      }
    }
  }
  owned.reset();  // removes the directory (and waits for that)
  Finish(std::move(outcome));
}

void LiveRunner::Finish(LiveRunOutcome outcome) {
  std::lock_guard<std::mutex> lock(mutex_);
  result_ = std::move(outcome);
  running_ = false;
}

void LiveRunner::WaitForResult() {
  if (waiter_.joinable()) waiter_.join();
}

bool LiveRunner::WaitForResult(std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (running_.load() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  bool finished = !running_.load();
  if (!finished) Cancel();
  WaitForResult();
  return finished;
}

std::optional<LiveRunOutcome> LiveRunner::Take() {
  std::lock_guard<std::mutex> lock(mutex_);
  std::optional<LiveRunOutcome> r = std::move(result_);
  result_.reset();
  return r;
}

}  // namespace loopscope::app
