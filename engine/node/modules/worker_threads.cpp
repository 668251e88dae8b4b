// engine/node/modules/worker_threads.cpp — require('worker_threads'): the native half.
//
// lib/worker_threads.js builds Worker, MessagePort and MessageChannel over this binding:
// spawn (node's Worker constructor: the path checks, workerData cloned at once), post (a
// message copied out of this realm, DataCloneError as node's C++ throws it), the loop
// handles that keep a thread alive (a running Worker, a started port), and the dispatcher
// each thread registers for what the hub delivers to it. worker_hub.h runs the threads.
#include "engine/js/runtime.h"
#include "engine/node/event_loop.h"
#include "engine/node/modules.h"
#include "engine/node/native.h"
#include "engine/node/os_io.h"
#include "engine/node/process.h"
#include "engine/node/virtual_fs.h"
#include "engine/node/worker_hub.h"

namespace loopscope::node {
namespace {

// V8's DataCloneError as node's C++ throws it (src/node_messaging.cc): a DOMException at
// the program's call (not at the line of lib/worker_threads.js that called the binding).
js::Completion ThrowDataClone(Process& p, const std::string& text) {
  js::Vm& vm = p.vm();
  js::Value args[] = {vm.NewString(text), vm.NewString("DataCloneError")};
  js::Completion error = vm.Construct(p.modules().dom_exception(), args);
  if (!error.ok()) return error;
  vm.runtime().last_throw_loc = {p.call_site().line, p.call_site().col};
  vm.runtime().last_throw_internal = false;
  return Throw(error.value);
}

js::Completion Encode(Process& p, js::Value value, MessageNode& out) {
  std::string uncloneable;
  js::Completion c = EncodeMessage(p.vm(), value, out, uncloneable);
  if (!c.ok()) return c;
  if (!uncloneable.empty()) return ThrowDataClone(p, uncloneable);
  return node::Ok();
}

// lib/internal/worker.js: a path must be absolute or start with ./ or ../ (ERR_WORKER_PATH);
// it is resolved against process.cwd(). A file that is not there fails later, in the worker.
js::Completion ResolveWorkerFile(Process& p, const std::string& name, WorkerStart& start) {
  const bool relative = name.starts_with("./") || name.starts_with("../");
  if (!relative && !name.starts_with("/")) {
    return Throw(MakeNodeError(
        p.vm(), js::ErrorType::kTypeError, "ERR_WORKER_PATH",
        "The worker script or module filename must be an absolute path or a relative path "
        "starting with './' or '../'. Received \"" +
            name + "\""));
  }
  start.filename = p.vfs().Resolve(name);
  if (const std::string* source = p.vfs().Find(start.filename)) {
    start.source = *source;
  } else {
    start.missing = start.filename;
  }
  return node::Ok();
}

// binding.spawn(filename, isEval, hasWorkerData, workerData, resourceLimits (node's four
// numbers), maxOldGenerationSizeMb as given or 0) -> [threadId, port, handle]
js::Completion Spawn(Process& p, js::NativeCall& call) {
  js::Vm& vm = call.vm;
  WorkerStart start;
  std::string name(vm.StringView(call.Arg(0)));
  if (call.Arg(1).IsBoolean() && call.Arg(1).AsBoolean()) {
    start.filename = p.vfs().cwd() + "/[worker eval]";
    start.source = name;
  } else {
    js::Completion resolved = ResolveWorkerFile(p, name, start);
    if (!resolved.ok()) return resolved;
  }
  start.has_worker_data = call.Arg(2).IsBoolean() && call.Arg(2).AsBoolean();
  if (start.has_worker_data) {
    js::Completion c = Encode(p, call.Arg(3), start.worker_data);
    if (!c.ok()) return c;
  }
  js::Completion limits = Encode(p, call.Arg(4), start.resource_limits);
  if (!limits.ok()) return limits;
  if (call.Arg(5).IsNumber()) start.max_old_generation_mb = call.Arg(5).AsNumber();
  p.SyncClock();
  int parent_port = 0, child_port = 0;
  int id = p.hub().Spawn(p, std::move(start), &parent_port, &child_port);
  if (id < 0) {
    const Loc at = p.call_site();
    p.StopForLimit("worker limit reached: the program started more than " +
                   std::to_string(kMaxWorkers) + " worker threads, at L" + std::to_string(at.line) +
                   ":" + std::to_string(at.col) + " (a worker that starts workers without end)");
    return {js::Completion::Type::kTerminated, js::Value::Undefined()};
  }
  uint64_t handle = p.loop().OpenHandle("Worker " + std::to_string(id), true);
  js::Value out[] = {js::Value::Number(id), js::Value::Number(parent_port),
                     js::Value::Number(static_cast<double>(handle))};
  return node::Ok(vm.NewArray(out));
}

void InstallThreadFacts(Process& p, js::Value binding) {
  js::Vm& vm = p.vm();
  const int id = p.thread_id();
  vm.Set(binding, "threadId", js::Value::Number(id));
  vm.Set(binding, "isMainThread", js::Value::Boolean(id == 0));
  if (id == 0) return;
  WorkerHub& hub = p.hub();
  vm.Set(binding, "parentPort", js::Value::Number(hub.port_of(id)));
  const WorkerStart& start = hub.start(id);
  vm.Set(binding, "workerData",
         start.has_worker_data ? DecodeMessage(vm, start.worker_data) : js::Value::Undefined());
  vm.Set(binding, "resourceLimits", DecodeMessage(vm, start.resource_limits));
}

void InstallPorts(Process& p, js::Value binding) {
  js::Vm& vm = p.vm();
  // post(port, value, transferredPortIds, transferredArrayBuffers): the buffers are detached
  // once the message holds their bytes (src/node_messaging.cc Message::Serialize).
  SetMethod(vm, binding, "post", 4, [&p](js::NativeCall& call) {
    MessageNode value;
    js::Completion c = Encode(p, call.Arg(1), value);
    if (!c.ok()) return c;
    if (call.vm.IsArray(call.Arg(3))) {
      js::Value buffers = call.Arg(3);
      const double n = call.vm.ToNumber(call.vm.GetOwn(buffers, "length"));
      for (size_t i = 0; i < static_cast<size_t>(n); ++i)
        call.vm.DetachArrayBuffer(call.vm.ArrayAt(buffers, i));
    }
    std::vector<int> transfer;
    if (call.vm.IsArray(call.Arg(2))) {
      js::Value ids = call.Arg(2);
      const double n = call.vm.ToNumber(call.vm.GetOwn(ids, "length"));
      for (size_t i = 0; i < static_cast<size_t>(n); ++i)
        transfer.push_back(static_cast<int>(call.vm.ToNumber(call.vm.ArrayAt(ids, i))));
    }
    p.SyncClock();
    p.hub().PostMessage(p, static_cast<int>(call.vm.ToNumber(call.Arg(0))), std::move(value),
                        transfer);
    return node::Ok();
  });
  SetMethod(vm, binding, "closePort", 1, [&p](js::NativeCall& call) {
    p.hub().ClosePort(p, static_cast<int>(call.vm.ToNumber(call.Arg(0))));
    return node::Ok();
  });
  SetMethod(vm, binding, "channel", 0, [&p](js::NativeCall& call) {
    int a = 0, b = 0;
    p.hub().NewChannel(p.thread_id(), &a, &b);
    js::Value out[] = {js::Value::Number(a), js::Value::Number(b)};
    return node::Ok(call.vm.NewArray(out));
  });
  // Loop handles: a running Worker and a started port with a 'message' listener.
  SetMethod(vm, binding, "openHandle", 1, [&p](js::NativeCall& call) {
    std::string label(call.vm.StringView(call.Arg(0)));
    return node::Ok(js::Value::Number(static_cast<double>(p.loop().OpenHandle(label, true))));
  });
  SetMethod(vm, binding, "refHandle", 2, [&p](js::NativeCall& call) {
    p.loop().SetHandleRef(static_cast<uint64_t>(call.vm.ToNumber(call.Arg(0))),
                          call.Arg(1).IsBoolean() && call.Arg(1).AsBoolean());
    return node::Ok();
  });
  // closeHandle(handle, onClose): uv_close; `onClose` (optional) runs in the close phase,
  // where node emits a port's 'close'. Handle 0: a port that never kept the loop alive.
  SetMethod(vm, binding, "closeHandle", 2, [&p](js::NativeCall& call) {
    uint64_t handle = static_cast<uint64_t>(call.vm.ToNumber(call.Arg(0)));
    if (handle == 0) handle = p.loop().OpenHandle("MessagePort", false);
    LoopCallback cb;
    cb.label = "close callback";
    cb.from = p.call_site();
    if (call.vm.IsCallable(call.Arg(1))) {
      cb.values = {call.Arg(1)};
      cb.run = [&p](LoopCallback& self) {
        CallbackSite site{Queue::kClose, self.id, self.label, "close callback"};
        p.MakeCallback(self.values[0], js::Value::Undefined(), {}, site);
      };
    }
    p.loop().CloseHandle(handle, std::move(cb));
    return node::Ok();
  });
}

}  // namespace

void DispatchDelivery(Process& p, const Delivery& d, OsOperation& op) {
  if (d.kind == DeliveryKind::kStdout) return p.WriteStdout(d.text);
  if (d.kind == DeliveryKind::kStderr) return p.WriteStderr(d.text);
  js::Vm& vm = p.vm();
  js::Value fn = p.worker_dispatch();
  if (!vm.IsCallable(fn)) return;  // this thread never loaded worker_threads
  js::Value value = js::Value::Undefined();
  if (d.kind == DeliveryKind::kMessage || d.kind == DeliveryKind::kError)
    value = DecodeMessage(vm, d.value);
  if (d.kind == DeliveryKind::kExit) value = js::Value::Number(d.exit_code);
  js::Value args[] = {js::Value::Number(static_cast<int>(d.kind)), js::Value::Number(d.worker),
                      js::Value::Number(d.port), value};
  CallbackSite site{Queue::kPollReady, op.id, op.label, "MessagePort task"};
  p.MakeCallback(fn, js::Value::Undefined(), args, site);
}

js::Value BuildWorkerThreadsModule(Modules& modules, Process& p) {
  js::Vm& vm = p.vm();
  js::Value binding = modules.NewBinding();
  vm.Set(binding, "EventEmitter", modules.event_emitter());
  InstallThreadFacts(p, binding);
  InstallPorts(p, binding);
  SetMethod(vm, binding, "spawn", 6, [&p](js::NativeCall& call) { return Spawn(p, call); });
  SetMethod(vm, binding, "terminate", 1, [&p](js::NativeCall& call) {
    p.hub().RequestTerminate(static_cast<int>(call.vm.ToNumber(call.Arg(0))));
    return node::Ok();
  });
  SetMethod(vm, binding, "setDispatch", 1, [&p](js::NativeCall& call) {
    p.set_worker_dispatch(call.Arg(0));
    return node::Ok();
  });
  return modules.RunLib("worker_threads", binding);
}

}  // namespace loopscope::node
