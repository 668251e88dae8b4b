// app/ui/file_watch.h — "the scenario file changed on disk": a libuv fs-event watcher that
// the app polls once per frame, so editing a scenario in another editor reloads it.
//
// Owns a private uv_loop_t run with UV_RUN_NOWAIT (never blocks the frame). Editors often
// replace a file rather than write it, so the watcher is re-armed after every change.
#pragma once

#include <memory>
#include <string>

namespace loopscope::app {

class FileWatch {
 public:
  FileWatch();
  ~FileWatch();
  FileWatch(const FileWatch&) = delete;
  FileWatch& operator=(const FileWatch&) = delete;

  // Watches `path` instead of the previous file ("" stops watching).
  void Watch(const std::string& path);
  // True once per burst of changes since the last call.
  bool Poll();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace loopscope::app
