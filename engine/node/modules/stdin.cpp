// engine/node/modules/stdin.cpp — process.stdin: lib/stdin.js (node's getStdin, which picks
// the class by what fd 0 is) over the Pipe/TTY handle built here for the pipe and terminal
// forms. The file form is an fs.ReadStream on fd 0, the virtual file /dev/stdin
// (process_stdin.cpp), and needs nothing here.
//
// The handle plays libuv's uv_pipe_t / uv_tty_t read side: uv_read_start makes fd 0's bytes
// readable at the next poll (the input is there from the start), uv__read hands them to
// onread in reads of at most 64 KiB, then a read of 0 is EOF, all in one poll event.
// Where to look next: lib/stdin.js, lib/net.js (onStreamRead), docs/cli.md (stdin).
#include <algorithm>
#include <memory>

#include "engine/node/event_loop.h"
#include "engine/node/modules.h"
#include "engine/node/modules/tcp_network.h"
#include "engine/node/native.h"
#include "engine/node/os_io.h"
#include "engine/node/process.h"

namespace loopscope::node {

namespace {

// libuv's uv__read buffer for a stream (uv_buf_init of 64 KiB in node's OnUvAlloc).
constexpr size_t kReadBytes = 64 * 1024;

class StdinHandle : public std::enable_shared_from_this<StdinHandle> {
 public:
  StdinHandle(Process& p, js::Value owner, bool tty) : p_(p), tty_(tty) {
    owner_hold_ = p_.Hold({owner});
    loop_handle_ = p_.loop().OpenHandle(Name(), false);
  }

  // uv_read_start: the handle becomes active (it keeps the loop alive while ref'd) and the
  // bytes not read yet are ready at the next poll.
  void ReadStart() {
    if (closed_ || reading_ || eof_) return;
    reading_ = true;
    UpdateActive();
    if (scheduled_) return;
    scheduled_ = true;
    p_.SyncClock();
    OsOperation op;
    op.label = "data on stdin (" + Name() + ")";
    op.from = p_.call_site();
    op.ready_at = p_.now();
    op.keeps_alive = false;  // the reading handle is what keeps the loop alive
    op.on_ready = [self = shared_from_this()](OsOperation& o) { self->Deliver(o.id, o.label); };
    p_.os().Start(std::move(op));
  }

  void ReadStop() {
    reading_ = false;
    UpdateActive();
  }

  void SetRef(bool ref) {
    refed_ = ref;
    UpdateActive();
  }

  // uv_close: the JavaScript callback runs in the close phase.
  void Close(js::Value on_close) {
    if (closed_) return;
    closed_ = true;
    reading_ = false;
    LoopCallback cb;
    cb.label = "close stdin (" + Name() + ")";
    cb.from = p_.call_site();
    cb.values = {on_close, Owner()};
    uint64_t hold = owner_hold_;
    owner_hold_ = 0;
    cb.run = [this_p = &p_, hold](LoopCallback& self) {
      if (hold != 0) this_p->Release(hold);
      CallbackSite site{Queue::kClose, self.id, self.label, "onclose"};
      if (this_p->vm().IsCallable(self.values[0]))
        this_p->MakeCallback(self.values[0], self.values[1], {}, site);
    };
    p_.loop().CloseHandle(loop_handle_, std::move(cb));
  }

 private:
  std::string Name() const { return tty_ ? "TTY" : "Pipe"; }
  js::Value Owner() { return owner_hold_ != 0 ? p_.Held(owner_hold_)[0] : js::Value::Undefined(); }

  // uv__stream_io → uv__read: reads while the handle reads (onread may stop it), then EOF.
  void Deliver(uint64_t op, const std::string& label) {
    scheduled_ = false;
    const std::string& bytes = p_.stdin_bytes();
    while (reading_ && !closed_ && !eof_ && !p_.stopping()) {
      CallbackSite site{Queue::kPollReady, op, label, "onread"};
      if (offset_ < bytes.size()) {
        size_t n = std::min(kReadBytes, bytes.size() - offset_);
        std::string chunk = bytes.substr(offset_, n);
        offset_ += n;
        CallOnRead(p_, Owner(), static_cast<int>(n), std::move(chunk), site);
        continue;
      }
      eof_ = true;  // uv__stream_eof stops the handle
      reading_ = false;
      UpdateActive();
      CallOnRead(p_, Owner(), kUvEof, "", site);
    }
  }

  // uv__loop_alive counts an active, ref'd handle: a pipe that reads and has not seen EOF.
  void UpdateActive() {
    if (!closed_) p_.loop().SetHandleRef(loop_handle_, reading_ && !eof_ && refed_);
  }

  Process& p_;
  bool tty_;
  uint64_t owner_hold_ = 0;
  uint64_t loop_handle_ = 0;
  size_t offset_ = 0;
  bool reading_ = false, eof_ = false, closed_ = false, refed_ = true, scheduled_ = false;
};

const char* KindName(scenario::StdinKind kind) {
  switch (kind) {
    case scenario::StdinKind::kFile:
      return "FILE";
    case scenario::StdinKind::kPipe:
      return "PIPE";
    case scenario::StdinKind::kTty:
      return "TTY";
  }
  return "FILE";
}

}  // namespace

void Modules::InstallStdin(js::Value process) {
  js::Vm& vm = p_.vm();
  js::Value binding = NewBinding();
  vm.Set(binding, "process", process);
  vm.Set(binding, "require", require_);
  vm.Set(binding, "handleType", vm.NewString(KindName(p_.scenario().stdin_source.kind)));
  // One fd 0, so one handle per process: the natives act on it.
  auto handle = std::make_shared<std::shared_ptr<StdinHandle>>();
  SetMethod(vm, binding, "load", 0, [this](js::NativeCall&) {
    p_.SyncClock();
    p_.ChargeNodeCost(p_.costs().first_stdin_use, "Node builds process.stdin on its first use");
    return Ok(js::Value::Boolean(p_.LoadStdin()));
  });
  SetMethod(vm, binding, "open", 1, [this, handle](js::NativeCall& call) {
    bool tty = p_.scenario().stdin_source.kind == scenario::StdinKind::kTty;
    *handle = std::make_shared<StdinHandle>(p_, call.Arg(0), tty);
    return Ok();
  });
  SetMethod(vm, binding, "readStart", 0, [handle](js::NativeCall&) {
    if (*handle) (*handle)->ReadStart();
    return Ok(js::Value::Number(0));
  });
  SetMethod(vm, binding, "readStop", 0, [handle](js::NativeCall&) {
    if (*handle) (*handle)->ReadStop();
    return Ok(js::Value::Number(0));
  });
  SetMethod(vm, binding, "ref", 1, [handle](js::NativeCall& call) {
    if (*handle) (*handle)->SetRef(call.vm.ToBoolean(call.Arg(0)));
    return Ok();
  });
  SetMethod(vm, binding, "close", 1, [handle](js::NativeCall& call) {
    if (*handle) (*handle)->Close(call.Arg(0));
    return Ok();
  });
  RunLib("stdin", binding);
}

}  // namespace loopscope::node
