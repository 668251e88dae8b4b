// app/ui/background_load.cpp — worker threads for document loads.
#include "app/ui/background_load.h"

#include <chrono>

namespace loopscope::app {
namespace {

bool Ready(const std::future<LoadOutcome>& f) {
  return f.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

}  // namespace

void BackgroundLoads::Start(const DocumentLoader& loader, const std::string& path) {
  Supersede();
  std::erase_if(superseded_, [](const std::future<LoadOutcome>& f) { return Ready(f); });
  auto control = std::make_shared<LoadControl>();
  // The worker holds its own reference: a cancelled load may finish after Load is gone.
  auto run = [loader, path, control] { return loader(path, control.get()); };
  latest_ = Load{path, control, std::async(std::launch::async, std::move(run))};
}

void BackgroundLoads::Forget() {
  Supersede();
}

void BackgroundLoads::Supersede() {
  if (!latest_) return;
  latest_->control->cancel.store(true);
  superseded_.push_back(std::move(latest_->result));
  latest_.reset();
}

std::optional<FinishedLoad> BackgroundLoads::TakeFinished() {
  if (!latest_ || !Ready(latest_->result)) return std::nullopt;
  FinishedLoad done{std::move(latest_->path), latest_->result.get()};
  latest_.reset();
  return done;
}

}  // namespace loopscope::app
