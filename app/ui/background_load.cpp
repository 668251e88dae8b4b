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
  if (latest_) superseded_.push_back(std::move(latest_->result));
  std::erase_if(superseded_, [](const std::future<LoadOutcome>& f) { return Ready(f); });
  latest_ = Load{path, std::async(std::launch::async, loader, path)};
}

void BackgroundLoads::Forget() {
  if (latest_) superseded_.push_back(std::move(latest_->result));
  latest_.reset();
}

std::optional<FinishedLoad> BackgroundLoads::TakeFinished() {
  if (!latest_ || !Ready(latest_->result)) return std::nullopt;
  FinishedLoad done{std::move(latest_->path), latest_->result.get()};
  latest_.reset();
  return done;
}

}  // namespace loopscope::app
