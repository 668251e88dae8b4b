// engine/node/modules/fs_watch.cpp — fs.watch's native half: FSEvent handles (inotify).
//
// Node's FSEventWrap (src/fs_event_wrap.cc) runs a uv_fs_event_t, which on Linux is an inotify
// watch (libuv src/unix/linux.c uv__inotify_read). Here the program's own changes are the
// only ones there are, so the virtual file system reports each as it is made
// (VirtualFs::Changed) and it becomes ready at once, as inotify's event does when the write
// returns: its callback runs in the next poll phase, one MakeCallback per event. Like the
// kernel, an event identical to the last one still unread is merged into it (inotify(7)).
// lib/fs_watch.js is the JavaScript half (FSWatcher).
#include "engine/node/modules/fs_watch.h"

#include <deque>
#include <map>
#include <memory>
#include <optional>

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

// One inotify event as libuv reports it: the watch, the change and the name it carries.
// kind: IN_MODIFY/IN_ATTRIB are 'change', everything else 'rename' (libuv linux.c).
struct WatchEvent {
  int watch;
  FsChange change;
  std::string name;
  bool ignored = false;  // IN_IGNORED: reported as 'rename', never merged with IN_DELETE_SELF
  bool operator==(const WatchEvent&) const = default;
};

struct Watch {
  uint64_t handle = 0;  // the loop handle (ref'd while persistent)
  std::string path;     // absolute: where the watched inode is now (it follows a rename)
  std::string name;     // what a change of the watched path itself is named: its base name
  bool recursive = false;
  bool dead = false;  // the inode was removed: the kernel dropped the watch (IN_IGNORED)
};

// The kernel queues the event as the changing syscall returns and epoll sees it at once; the
// model makes it readable one microsecond later, so the poll phase's wait sees it arrive.
constexpr int64_t kInotifyDelayNs = 1000;

std::string BaseName(const std::string& abs) {
  size_t slash = abs.rfind('/');
  return slash == std::string::npos ? abs : abs.substr(slash + 1);
}

// The watches of one process. Events go to lib/fs_watch.js's onchange(id, type, filename),
// read from the binding object (held as a GC root) at each event.
class FsWatches {
 public:
  FsWatches(Process& p, js::Value binding) : p_(p), binding_(p.Hold({binding})) {}

  int Start(const std::string& path, bool persistent, bool recursive) {
    int id = next_id_++;
    Watch& w = watches_[id];
    w.path = p_.vfs().Resolve(path);
    w.name = BaseName(w.path);
    w.recursive = recursive;
    w.handle = p_.loop().OpenHandle("FSEvent " + w.path, persistent);
    return id;
  }
  void SetRef(int id, bool ref) {
    if (auto it = watches_.find(id); it != watches_.end())
      p_.loop().SetHandleRef(it->second.handle, ref);
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

  // The order of one change's events is the kernel's: a removed file's own watch hears
  // IN_ATTRIB (its link count), IN_DELETE_SELF and IN_IGNORED before its directory hears
  // IN_DELETE; a rename is IN_MOVED_FROM, IN_MOVED_TO, then IN_MOVE_SELF on the moved inode.
  void OnChange(const std::string& abs, FsChange change) {
    if (change == FsChange::kDelete) {
      for (auto& [id, w] : watches_) {
        if (w.dead || w.path != abs) continue;
        Queue(id, {id, FsChange::kAttrib, w.name});
        Queue(id, {id, FsChange::kDelete, w.name});
        Queue(id, {id, FsChange::kDelete, w.name, /*ignored=*/true});
        w.dead = true;
      }
    }
    if (change == FsChange::kModify || change == FsChange::kAttrib) {
      for (auto& [id, w] : watches_) {
        if (w.dead) continue;
        if (std::optional<std::string> name = ChildName(w, abs)) Queue(id, {id, change, *name});
      }
      for (auto& [id, w] : watches_) {
        if (!w.dead && w.path == abs) Queue(id, {id, change, w.name});
      }
      return;
    }
    for (auto& [id, w] : watches_) {
      if (w.dead) continue;
      if (std::optional<std::string> name = ChildName(w, abs)) Queue(id, {id, change, *name});
    }
    if (change == FsChange::kMovedFrom) moved_from_ = abs;
    if (change == FsChange::kMovedTo) MoveSelf(moved_from_, abs);
  }

 private:
  // IN_MOVE_SELF: watches of the moved path, or of anything under it, follow it.
  void MoveSelf(const std::string& from, const std::string& to) {
    for (auto& [id, w] : watches_) {
      if (w.dead) continue;
      if (w.path == from) {
        Queue(id, {id, FsChange::kMovedFrom, w.name});
        w.path = to;
      } else if (w.path.compare(0, from.size() + 1, from + "/") == 0) {
        w.path = to + w.path.substr(from.size());
      }
    }
  }

  // The name a change of `abs` carries for directory watch `w` (a child's name; the path
  // under it for a recursive watch), or nothing when `w` does not see it.
  static std::optional<std::string> ChildName(const Watch& w, const std::string& abs) {
    std::string prefix = w.path == "/" ? "/" : w.path + "/";
    if (abs.size() <= prefix.size() || abs.compare(0, prefix.size(), prefix) != 0)
      return std::nullopt;
    std::string rest = abs.substr(prefix.size());
    if (!w.recursive && rest.find('/') != std::string::npos) return std::nullopt;
    return rest;
  }

  // The kernel merges an event identical to the last one still unread on the loop's one
  // inotify descriptor (inotify(7)); the others wait for the next poll phase.
  // An event queued behind unread ones is read with them: the loop's read() takes all the
  // descriptor holds (uv__inotify_read reads until EAGAIN), so it is readable when they are.
  void Queue(int id, const WatchEvent& event) {
    if (!unread_.empty() && unread_.back() == event) return;
    p_.SyncClock();
    if (unread_.empty()) unread_ready_at_ = p_.now() + kInotifyDelayNs;
    unread_.push_back(event);
    Deliver(id, event, unread_ready_at_);
  }

  void Deliver(int id, const WatchEvent& event, int64_t ready_at) {
    OsOperation op;
    op.label = "fs.watch event " + event.name + " (inotify)";
    op.from = p_.call_site();
    op.ready_at = ready_at;
    op.keeps_alive = false;  // the FSEvent handle keeps the loop alive, if ref'd
    op.on_ready = [this, id, event](OsOperation& o) {
      if (!unread_.empty()) unread_.pop_front();
      if (watches_.find(id) == watches_.end()) return;
      bool change = event.change == FsChange::kModify || event.change == FsChange::kAttrib;
      js::Vm& vm = p_.vm();
      js::Value args[] = {js::Value::Number(id), vm.NewString(change ? "change" : "rename"),
                          vm.NewString(event.name)};
      CallbackSite site{Queue::kPollReady, o.id, o.label, "onchange"};
      p_.MakeCallback(vm.GetOwn(p_.Held(binding_)[0], "onchange"), js::Value::Undefined(), args,
                      site);
    };
    p_.os().Start(std::move(op));
  }

  Process& p_;
  uint64_t binding_;  // Process::Hold of the binding object (a GC root)
  std::map<int, Watch> watches_;
  std::deque<WatchEvent> unread_;  // queued in the kernel, not yet read by the loop
  int64_t unread_ready_at_ = 0;    // when the loop can read them
  std::string moved_from_;         // the source of the rename being reported
  int next_id_ = 1;
};

}  // namespace

js::Value BuildFsWatchBinding(Process& p) {
  js::Vm& vm = p.vm();
  js::Value binding = vm.NewObject();
  auto watches = std::make_shared<FsWatches>(p, binding);
  p.vfs().set_change_observer(
      [weak = std::weak_ptr<FsWatches>(watches)](const std::string& abs, FsChange change) {
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
    watches->SetRef(static_cast<int>(call.vm.ToNumber(call.Arg(0))),
                    call.vm.ToBoolean(call.Arg(1)));
    return Ok();
  });
  SetMethod(vm, binding, "close", 1, [watches](js::NativeCall& call) {
    watches->Close(static_cast<int>(call.vm.ToNumber(call.Arg(0))));
    return Ok();
  });
  AddStatWatchMethods(p, binding);
  return binding;
}

}  // namespace loopscope::node
