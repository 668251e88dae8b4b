// app/ui/file_watch.cpp — uv_fs_event_t on a private loop (libuv docs: "File system events").
#include "app/ui/file_watch.h"

#include <uv.h>

namespace loopscope::app {

struct FileWatch::Impl {
  uv_loop_t loop{};
  uv_fs_event_t* handle = nullptr;  // freed in its close callback, as libuv requires
  std::string path;
  bool changed = false;

  static void OnEvent(uv_fs_event_t* h, const char*, int, int status) {
    if (status == 0) static_cast<Impl*>(h->data)->changed = true;
  }

  void Stop() {
    if (!handle) return;
    uv_fs_event_stop(handle);
    uv_close(reinterpret_cast<uv_handle_t*>(handle),
             [](uv_handle_t* h) { delete reinterpret_cast<uv_fs_event_t*>(h); });
    handle = nullptr;
    uv_run(&loop, UV_RUN_NOWAIT);  // runs the close callback
  }

  void Start() {
    if (path.empty()) return;
    handle = new uv_fs_event_t{};
    uv_fs_event_init(&loop, handle);
    handle->data = this;
    if (uv_fs_event_start(handle, OnEvent, path.c_str(), 0) != 0) Stop();
  }
};

FileWatch::FileWatch() : impl_(std::make_unique<Impl>()) {
  uv_loop_init(&impl_->loop);
}

FileWatch::~FileWatch() {
  impl_->Stop();
  uv_run(&impl_->loop, UV_RUN_DEFAULT);
  uv_loop_close(&impl_->loop);
}

void FileWatch::Watch(const std::string& path) {
  impl_->Stop();
  impl_->path = path;
  impl_->changed = false;
  impl_->Start();
}

bool FileWatch::Poll() {
  uv_run(&impl_->loop, UV_RUN_NOWAIT);
  if (!impl_->changed) return false;
  impl_->changed = false;
  // An editor that saves by rename leaves the old inode watched: watch the path afresh.
  impl_->Stop();
  impl_->Start();
  return true;
}

}  // namespace loopscope::app
