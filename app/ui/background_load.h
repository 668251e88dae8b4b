// app/ui/background_load.h — loading a scenario on a worker thread, so the window appears
// (and keeps drawing) while the engine simulates.
//
// AppState owns one BackgroundLoads; OpenDocument (app_state.h) starts a load here when
// AppState::load_in_background is set (the app), and the frame loop collects the result
// between frames. A newer request supersedes an older one: the older one is cancelled and
// its result dropped. While a load runs, its LoadControl says how far it has got.
#pragma once

#include <atomic>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/ui/document.h"
#include "engine/node/simulation.h"

namespace loopscope::app {

// Shared by the UI and one load's worker: the engine writes how far the simulation has got
// (the "Simulating…" strip reads it every frame), the UI may ask it to stop.
struct LoadControl {
  node::RunProgress progress;
  std::atomic<bool> cancel{false};
  std::atomic<bool> preparing{false};  // simulated; now building checkpoints and timeline
};

// Result of loading a file: a document, or the located errors to show (and keep the old one).
// `doc` alone: loaded. `errors` alone: nothing to show, the old document stays. Both: a
// program that does not compile, shown with its error marked (and the errors listed).
struct LoadOutcome {
  std::unique_ptr<Document> doc;
  std::vector<std::string> errors;
};
// `control` is never null (a foreground load in OpenDocument passes one of its own); a
// loader may ignore it.
using DocumentLoader = std::function<LoadOutcome(const std::string& path, LoadControl* control)>;

struct FinishedLoad {
  std::string path;
  LoadOutcome outcome;
};

class BackgroundLoads {
 public:
  // Runs loader(path) on a new thread; an older load still running is cancelled.
  void Start(const DocumentLoader& loader, const std::string& path);
  // Cancels the latest load and drops its result: what it was for has gone.
  void Forget();
  bool busy() const { return latest_.has_value(); }
  const std::string& path() const { return latest_->path; }         // only while busy()
  const LoadControl& control() const { return *latest_->control; }  // only while busy()
  // The latest load's result once it has finished; nullopt while it runs or when idle.
  std::optional<FinishedLoad> TakeFinished();

 private:
  struct Load {
    std::string path;
    std::shared_ptr<LoadControl> control;  // shared with the worker, which may outlive Load
    std::future<LoadOutcome> result;
  };
  // Moves the latest load, cancelled, to superseded_.
  void Supersede();
  std::optional<Load> latest_;
  // Superseded loads still running: kept so no frame waits in a future's destructor.
  std::vector<std::future<LoadOutcome>> superseded_;
};

}  // namespace loopscope::app
