// app/ui/live_runner.h — a live run of the open scenario, in a child process.
//
// The app's "Live" view runs `loopscope run FILE --live --trace OUT` as a child process and
// loads the trace it writes. A child rather than a thread because libuv sizes its thread
// pool once per process (UV_THREADPOOL_SIZE is read when the pool first starts): every live
// run needs a process of its own to get the pool its scenario asks for, and a runaway or
// crashing program cannot take the app down. A built-in scenario is written to a temporary
// file first, in a live::PrivateDir (removed even if the app itself is killed). The window
// keeps drawing meanwhile; Cancel() kills the child.
#pragma once

#include <sys/types.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "app/ui/document.h"
#include "engine/live/private_dir.h"

namespace loopscope::app {

struct LiveRunOutcome {
  std::unique_ptr<Document> doc;    // the live log, ready for the panels
  std::vector<std::string> errors;  // why there is none
};

class LiveRunner {
 public:
  // `executable`: the loopscope binary to run (the app passes its own path).
  explicit LiveRunner(std::string executable);
  ~LiveRunner();
  LiveRunner(const LiveRunner&) = delete;
  LiveRunner& operator=(const LiveRunner&) = delete;

  // Starts a live run of `path` (a file, or "builtin:<id>"); `title` names the document.
  // A run still going is cancelled first.
  void Start(const std::string& path, const std::string& title);
  bool running() const { return running_.load(); }
  // The finished run, once.
  std::optional<LiveRunOutcome> Take();
  // Blocks until the run under way has finished (the screenshot command).
  void WaitForResult();
  // The same, but a child that has not finished after `timeout` (hung, or stopped) is
  // killed as Cancel() does; false then, and the result says so.
  bool WaitForResult(std::chrono::milliseconds timeout);
  void Cancel();

 private:
  void Wait(pid_t child, std::shared_ptr<live::PrivateDir> dir, std::string path,
            std::string title);
  void Finish(LiveRunOutcome outcome);

  std::string executable_;
  std::thread waiter_;
  std::atomic<bool> running_{false};
  std::atomic<pid_t> child_{0};
  std::mutex mutex_;
  std::optional<LiveRunOutcome> result_;  // guarded by mutex_
};

}  // namespace loopscope::app
