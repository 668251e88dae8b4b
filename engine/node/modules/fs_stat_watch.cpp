// engine/node/modules/fs_stat_watch.cpp — fs.watchFile's native half: StatWatcher (uv_fs_poll).
//
// Node's StatWatcher (src/node_stat_watcher.cc) runs a uv_fs_poll_t (libuv src/fs-poll.c):
// a stat on the thread pool at once, then one every `interval` ms counted from when the
// previous one was started; a result that differs from the last (or a new error) calls
// back with the current and the previous stat, zeroes standing for a missing file. The
// interval's wait is an OS operation here (the poll's internal uv timer runs no JavaScript),
// the stat a pool request, so its callback runs in the poll phase as in libuv.
// lib/fs_watch.js is the JavaScript half (StatWatcher, watchFile, unwatchFile).
#include <map>
#include <memory>

#include "engine/node/event_loop.h"
#include "engine/node/modules/fs_support.h"
#include "engine/node/modules/fs_watch.h"
#include "engine/node/native.h"
#include "engine/node/os_io.h"
#include "engine/node/process.h"
#include "engine/node/thread_pool.h"
#include "engine/node/virtual_fs.h"

namespace loopscope::node {

namespace {

struct StatPoll {
  uint64_t handle = 0;
  std::string path;  // absolute
  int64_t interval_ms = 1;
  int64_t start_ms = 0;  // loop time the current stat was started (ctx->start_time)
  int busy_polling = 0;  // 0 before the first stat, 1 after a good one, else the error
  FileInfo last;         // ctx->statbuf
};

bool SameStat(const FileInfo& a, const FileInfo& b) {
  return a.exists == b.exists && a.directory == b.directory && a.size == b.size &&
         a.mtime_ms == b.mtime_ms && a.ino == b.ino && a.permissions == b.permissions;
}

class StatPolls {
 public:
  StatPolls(Process& p, js::Value binding) : p_(p), binding_(p.Hold({binding})) {}

  int Start(const std::string& path, int64_t interval_ms, bool persistent) {
    int id = next_id_++;
    StatPoll& poll = polls_[id];
    poll.path = p_.vfs().Resolve(path);
    poll.interval_ms = interval_ms > 0 ? interval_ms : 1;  // uv_fs_poll_start
    poll.handle = p_.loop().OpenHandle("FSPoll " + poll.path, persistent);
    StartStat(id);
    return id;
  }
  void SetRef(int id, bool ref) {
    if (auto it = polls_.find(id); it != polls_.end())
      p_.loop().SetHandleRef(it->second.handle, ref);
  }
  void Close(int id) {
    auto it = polls_.find(id);
    if (it == polls_.end()) return;
    LoopCallback cb;
    cb.label = "FSPoll close";
    p_.loop().CloseHandle(it->second.handle, std::move(cb));
    polls_.erase(it);
  }

 private:
  // timer_cb: ctx->start_time = uv_now; uv_fs_stat(poll_cb).
  void StartStat(int id) {
    p_.SyncClock();
    StatPoll& poll = polls_[id];
    poll.start_ms = p_.loop().loop_ms();
    PoolWork work;
    work.id = p_.rec().NewId();
    work.label = "fs.watchFile stat " + poll.path;
    work.from = p_.call_site();
    work.latency_ns = MsToNs(p_.FsLatencyMs(poll.path));
    work.process = &p_;
    work.done = [this, id](PoolWork& w) { OnStat(id, w); };
    p_.pool().Submit(std::move(work));
  }

  // poll_cb: report a change, then re-arm the timer for what is left of the interval.
  void OnStat(int id, PoolWork& work) {
    auto it = polls_.find(id);
    if (it == polls_.end()) return;  // closed meanwhile: uv_fs_poll drops the result
    // The poll's state is updated before Report: the listener may call unwatchFile, which
    // erases the poll (and the reference into polls_).
    StatPoll& poll = it->second;
    FileInfo now = p_.vfs().Info(poll.path);
    int status = now.exists ? 0 : -2;  // UV_ENOENT
    if (status != 0) {
      if (poll.busy_polling != status) {
        const FileInfo prev = poll.last;
        poll.busy_polling = status;
        Report(id, work, status, prev, FileInfo{});
      }
    } else {
      const bool changed =
          poll.busy_polling != 0 && (poll.busy_polling < 0 || !SameStat(poll.last, now));
      const FileInfo prev = poll.last;
      poll.last = now;
      poll.busy_polling = 1;
      if (changed) Report(id, work, 0, prev, now);
    }
    it = polls_.find(id);
    if (it == polls_.end()) return;  // the callback stopped it
    int64_t wait = it->second.interval_ms -
                   (p_.loop().loop_ms() - it->second.start_ms) % it->second.interval_ms;
    OsOperation timer;
    timer.label = "fs.watchFile interval " + it->second.path;
    timer.ready_at = p_.now() + MsToNs(static_cast<double>(wait));
    timer.keeps_alive = false;  // the poll handle keeps the loop alive, if ref'd
    timer.on_ready = [this, id](OsOperation&) {
      if (polls_.count(id)) StartStat(id);
    };
    p_.os().Start(std::move(timer));
  }

  // StatWatcher::Callback: onchange(status, [current fields..., previous fields...]).
  void Report(int id, const PoolWork& work, int status, const FileInfo& prev,
              const FileInfo& curr) {
    js::Vm& vm = p_.vm();
    std::vector<js::Value> fields;
    for (const FileInfo* info : {&curr, &prev}) {
      std::array<double, kStatFieldCount> f{};
      if (info->exists) f = StatFields(*info);
      for (double v : f) fields.push_back(js::Value::Number(v));
    }
    js::Value args[] = {js::Value::Number(id), js::Value::Number(status), vm.NewArray(fields)};
    CallbackSite site{Queue::kPollReady, work.id, work.label, "onchange"};
    p_.MakeCallback(vm.GetOwn(p_.Held(binding_)[0], "onstat"), js::Value::Undefined(), args, site);
  }

  Process& p_;
  uint64_t binding_;  // Process::Hold of the binding object (a GC root)
  std::map<int, StatPoll> polls_;
  int next_id_ = 1;
};

}  // namespace

void AddStatWatchMethods(Process& p, js::Value binding) {
  js::Vm& vm = p.vm();
  auto polls = std::make_shared<StatPolls>(p, binding);
  // path.resolve against the program's working directory: the key of fs.watchFile's table.
  SetMethod(vm, binding, "resolve", 1, [&p](js::NativeCall& call) {
    return Ok(call.vm.NewString(p.vfs().Resolve(call.vm.ToDisplayString(call.Arg(0)))));
  });
  SetMethod(vm, binding, "statStart", 3, [polls](js::NativeCall& call) {
    std::string path = call.vm.ToDisplayString(call.Arg(0));
    auto interval = static_cast<int64_t>(call.vm.ToNumber(call.Arg(1)));
    int id = polls->Start(path, interval, call.vm.ToBoolean(call.Arg(2)));
    return Ok(js::Value::Number(id));
  });
  SetMethod(vm, binding, "statRef", 2, [polls](js::NativeCall& call) {
    polls->SetRef(static_cast<int>(call.vm.ToNumber(call.Arg(0))), call.vm.ToBoolean(call.Arg(1)));
    return Ok();
  });
  SetMethod(vm, binding, "statClose", 1, [polls](js::NativeCall& call) {
    polls->Close(static_cast<int>(call.vm.ToNumber(call.Arg(0))));
    return Ok();
  });
}

}  // namespace loopscope::node
