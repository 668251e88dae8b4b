// engine/node/modules/fs_watch.cpp — fs.watch's native half: FSEvent handles (inotify).
//
// Node's FSEventWrap (src/fs_event_wrap.cc) runs a uv_fs_event_t, which on Linux is an inotify
// watch (libuv src/unix/linux.c uv__inotify_read). Here the program's own changes are the
// only ones there are, so the virtual file system reports each as it is made
// (VirtualFs::Changed) and it becomes ready at once, as inotify's event does when the write
// returns: its callback runs in the next poll phase, one MakeCallback per event. Like the
// kernel, an event identical to the last one still unread is merged into it (inotify(7)).
// lib/fs_watch.js is the JavaScript half (FSWatcher).
#include <map>
#include <memory>

#include "engine/node/event_loop.h"
#include "engine/node/modules.h"
#include "engine/node/modules/fs_support.h"
#include "engine/node/native.h"
#include "engine/node/os_io.h"
#include "engine/node/process.h"
#include "engine/node/validators.h"
#include "engine/node/virtual_fs.h"

namespace loopscope::node {

namespace {

// One inotify event as libuv reports it: the change and the name it carries.
struct WatchEvent {
  FsChange change;
  std::string name;
  bool operator==(const WatchEvent&) const = default;
};

struct Watch {
  uint64_t handle = 0;  // the loop handle (ref'd while persistent)
  std::string path;     // absolute
  bool recursive = false;
  std::vector<WatchEvent> unread;  // queued in the kernel, not yet dispatched
};

std::string BaseName(const std::string& abs) {
  size_t slash = abs.rfind('/');
  return slash == std::string::npos ? abs : abs.substr(slash + 1);
}

// The watches of one process. `dispatch_` is lib/fs_watch.js's onchange(id, type, filename),
// read from the binding object at each event, so no JavaScript value is held here untraced.
class FsWatches {
 public:
  FsWatches(Process& p, js::Value binding) : p_(p), binding_(binding) {}

  int Start(const std::string& path, bool persistent, bool recursive) {
    int id = next_id_++;
    Watch& w = watches_[id];
    w.path = p_.vfs().Resolve(path);
    w.recursive = recursive;
    w.handle = p_.loop().OpenHandle("FSEvent " + w.path, persistent);
    return id;
  }
  void SetRef(int id, bool ref) {
    if (auto it = watches_.find(id); it != watches_.end()) p_.loop().SetHandleRef(it->second.handle, ref);
  }
  // uv_close: the handle stops counting now; events still unread are dropped.
  void Close(int id) {
    auto it = watches_.find(id);
    if (it == watches_.end()) return;
    LoopCallback cb;
    cb.label = "FSEvent close";
    p_.loop().CloseHandle(it->second.handle, std::move(cb));
    watches_.erase(it);
  }

  void OnChange(const std::string& abs, FsChange change) {
    for (auto& [id, w] : watches_) {
      std::optional<std::string> name = NameFor(w, abs, change);
      if (!name) continue;
      WatchEvent event{change, *name};
      if (!w.unread.empty() && w.unread.back() == event) continue;  // inotify merges it
      w.unread.push_back(event);
      Deliver(id, event);
    }
  }

 private:
  // The name the event carries for watch `w`, or nothing when `w` does not see the change.
  // libuv names a change of the watched path itself by the path's base name.
  static std::optional<std::string> NameFor(const Watch& w, const std::string& abs,
                                            FsChange change) {
    if (abs == w.path) {
      // A new file at the watched path is another inode: the old watch does not see it.
      if (change == FsChange::kCreate || change == FsChange::kMovedTo) return std::nullopt;
      return BaseName(abs);
    }
    if (abs.size() <= w.path.size() + 1 || abs.compare(0, w.path.size(), w.path) != 0)
      return std::nullopt;
    if (w.path != "/" && abs[w.path.size()] != '/') return std::nullopt;
    std::string rest = abs.substr(w.path == "/" ? 1 : w.path.size() + 1);
    if (!w.recursive && rest.find('/') != std::string::npos) return std::nullopt;
    return rest;
  }

  void Deliver(int id, const WatchEvent& event) {
    p_.SyncClock();
    OsOperation op;
    op.label = "fs.watch event " + event.name + " (inotify)";
    op.from = p_.call_site();
    op.ready_at = p_.now();
    op.keeps_alive = false;  // the FSEvent handle keeps the loop alive, if ref'd
    op.on_ready = [this, id, event](OsOperation& o) {
      auto it = watches_.find(id);
      if (it == watches_.end()) return;
      auto& unread = it->second.unread;
      if (!unread.empty()) unread.erase(unread.begin());
      bool change = event.change == FsChange::kModify || event.change == FsChange::kAttrib;
      js::Vm& vm = p_.vm();
      js::Value args[] = {js::Value::Number(id), vm.NewString(change ? "change" : "rename"),
                          vm.NewString(event.name)};
      CallbackSite site{Queue::kPollReady, o.id, o.label, "onchange"};
      p_.MakeCallback(vm.GetOwn(binding_, "onchange"), js::Value::Undefined(), args, site);
    };
    p_.os().Start(std::move(op));
  }

  Process& p_;
  js::Value binding_;  // reachable from lib/fs_watch.js for as long as fs is loaded
  std::map<int, Watch> watches_;
  int next_id_ = 1;
};

}  // namespace

js::Value BuildFsWatchBinding(Process& p) {
  js::Vm& vm = p.vm();
  js::Value binding = vm.NewObject();
  auto watches = std::make_shared<FsWatches>(p, binding);
  p.vfs().set_change_observer([weak = std::weak_ptr<FsWatches>(watches)](
                                  const std::string& abs, FsChange change) {
    if (auto w = weak.lock()) w->OnChange(abs, change);
  });
  // start(path, persistent, recursive): a watch id, or uv_fs_event_start's error (Node's
  // "ENOENT: no such file or directory, watch 'x'") when the path is missing.
  SetMethod(vm, binding, "start", 3, [&p, watches](js::NativeCall& call) {
    std::string path = call.vm.ToDisplayString(call.Arg(0));
    if (!p.vfs().Info(path).exists) return Ok(FsError(p, "ENOENT", "watch", path));
    int id = watches->Start(path, call.vm.ToBoolean(call.Arg(1)), call.vm.ToBoolean(call.Arg(2)));
    return Ok(js::Value::Number(id));
  });
  SetMethod(vm, binding, "ref", 2, [watches](js::NativeCall& call) {
    watches->SetRef(static_cast<int>(call.vm.ToNumber(call.Arg(0))), call.vm.ToBoolean(call.Arg(1)));
    return Ok();
  });
  SetMethod(vm, binding, "close", 1, [watches](js::NativeCall& call) {
    watches->Close(static_cast<int>(call.vm.ToNumber(call.Arg(0))));
    return Ok();
  });
  return binding;
}

}  // namespace loopscope::node
