// app/ui/background_load.h — loading a scenario on a worker thread, so the window appears
// (and keeps drawing) while the engine simulates.
//
// AppState owns one BackgroundLoads; OpenDocument (app_state.h) starts a load here when
// AppState::load_in_background is set (the app), and the frame loop collects the result
// between frames. A newer request supersedes an older one: the older result is dropped.
#pragma once

#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/ui/document.h"

namespace loopscope::app {

// Result of loading a file: a document, or the located errors to show (and keep the old one).
// `doc` alone: loaded. `errors` alone: nothing to show, the old document stays. Both: a
// program that does not compile, shown with its error marked (and the errors listed).
struct LoadOutcome {
  std::unique_ptr<Document> doc;
  std::vector<std::string> errors;
};
using DocumentLoader = std::function<LoadOutcome(const std::string& path)>;

struct FinishedLoad {
  std::string path;
  LoadOutcome outcome;
};

class BackgroundLoads {
 public:
  // Runs loader(path) on a new thread.
  void Start(const DocumentLoader& loader, const std::string& path);
  // Drops the latest load's result (it runs on, unseen): what it was for has gone.
  void Forget();
  bool busy() const { return latest_.has_value(); }
  const std::string& path() const { return latest_->path; }  // only while busy()
  // The latest load's result once it has finished; nullopt while it runs or when idle.
  std::optional<FinishedLoad> TakeFinished();

 private:
  struct Load {
    std::string path;
    std::future<LoadOutcome> result;
  };
  std::optional<Load> latest_;
  // Superseded loads still running: kept so no frame waits in a future's destructor.
  std::vector<std::future<LoadOutcome>> superseded_;
};

}  // namespace loopscope::app
