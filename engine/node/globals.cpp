// engine/node/globals.cpp — the globals of a Node program: console, timers, microtasks,
// process, Date.now and performance.now (on the virtual clock), Buffer, TextEncoder/Decoder.
#include <cmath>
#include <cstdio>

#include "engine/node/clock_reading.h"
#include "engine/node/immediates.h"
#include "engine/node/modules.h"
#include "engine/node/modules/buffer.h"
#include "engine/node/modules/webstreams.h"
#include "engine/node/native.h"
#include "engine/node/process.h"
#include "engine/node/structured_clone_global.h"
#include "engine/node/task_queue.h"
#include "engine/node/text_coding_global.h"
#include "engine/node/timers.h"
#include "engine/node/virtual_fs.h"

namespace loopscope::node {

namespace {

std::string Indent(std::string text, int indent) {
  if (indent == 0) return text;
  std::string pad(static_cast<size_t>(indent), ' ');
  std::string out = pad;
  for (char c : text) {
    out += c;
    if (c == '\n') out += pad;
  }
  return out;
}
}  // namespace

void Modules::InstallGlobals() {
  js::Vm& vm = p_.vm();
  js::Value global = vm.global();
  vm.Set(global, "global", global);
  for (const char* name : {"Event", "EventTarget", "AbortSignal", "AbortController"})
    vm.SetHidden(global, name, vm.GetOwn(abort_, name));
  vm.SetHidden(global, "DOMException", dom_exception_);
  InstallConsole(global);
  InstallTimers(global);
  InstallClock(global);
  SetMethod(vm, global, "queueMicrotask", 1, [this](js::NativeCall& call) {
    p_.SyncClock();
    if (!call.vm.IsCallable(call.Arg(0))) return ThrowNotFunction(call.vm, "callback", call.Arg(0));
    js::SourceLoc at{p_.call_site().line, p_.call_site().col};
    call.vm.EnqueueMicrotask(call.Arg(0), at);
    return Ok();
  });
  InstallProcess(global);
  InstallStructuredClone(vm, global, &dom_exception_);
  text_coding_ = InstallTextCoding(*this, vm, global);
  InstallWebStreamGlobals(*this, p_);
  js::Completion buffer = Require("buffer");
  if (buffer.ok()) {
    for (const char* name : {"Buffer", "atob", "btoa"})
      vm.Set(global, name, vm.GetOwn(buffer.value, name));
  }
  // Node 20's global `crypto` is the Web Crypto object (getRandomValues, randomUUID).
  js::Completion crypto = Require("crypto");
  if (crypto.ok()) vm.Set(global, "crypto", vm.GetOwn(crypto.value, "webcrypto"));
  js::Completion url = Require("url");
  if (url.ok()) {
    for (const char* name : {"URL", "URLSearchParams"})
      vm.SetHidden(global, name, vm.GetOwn(url.value, name));
  }
  RunLib("global_properties", global);  // Node's order and attributes, last
}

// lib/internal/console/constructor.js: log/info/debug to stdout, error/warn/trace to
// stderr, util.format of the arguments plus a newline, group indentation.
void Modules::InstallConsole(js::Value global) {
  js::Vm& vm = p_.vm();
  js::Value console = vm.NewObject();
  auto writer = [this](bool to_stderr) {
    return [this, to_stderr](js::NativeCall& call) {
      std::string text = Indent(call.vm.Format(call.args), console_indent_);
      js::Value error;  // a util.inspect.custom that threw: console.log throws it
      if (call.vm.TakeInspectError(&error)) return Throw(error);
      text += '\n';  // in place: a huge line is not copied once more
      to_stderr ? p_.WriteStderr(text) : p_.WriteStdout(text);
      return Ok();
    };
  };
  for (const char* name : {"log", "info", "debug"}) SetMethod(vm, console, name, 0, writer(false));
  for (const char* name : {"error", "warn"}) SetMethod(vm, console, name, 0, writer(true));
  SetMethod(vm, console, "trace", 0, [this](js::NativeCall& call) {
    std::string text = "Trace: " + call.vm.Format(call.args) + "\n    at <anonymous>\n";
    p_.WriteStderr(Indent(text, console_indent_));
    return Ok();
  });
  SetMethod(vm, console, "dir", 1, [this](js::NativeCall& call) {
    js::InspectOptions options;  // console.dir: inspect(object, { customInspect: false })
    options.custom_inspect = false;
    p_.WriteStdout(Indent(call.vm.Inspect(call.Arg(0), options), console_indent_) + "\n");
    return Ok();
  });
  SetMethod(vm, console, "group", 0, [this](js::NativeCall& call) {
    if (!call.args.empty())
      p_.WriteStdout(Indent(call.vm.Format(call.args), console_indent_) + "\n");
    console_indent_ += 2;
    return Ok();
  });
  SetMethod(vm, console, "groupEnd", 0, [this](js::NativeCall&) {
    console_indent_ = console_indent_ >= 2 ? console_indent_ - 2 : 0;
    return Ok();
  });
  SetMethod(vm, console, "time", 0, [this](js::NativeCall& call) {
    std::string label = call.args.empty() ? "default" : call.vm.ToDisplayString(call.Arg(0));
    p_.SyncClock();
    console_timers_[label] = p_.now();
    return Ok();
  });
  auto time_end = [this](bool remove) {
    return [this, remove](js::NativeCall& call) {
      std::string label = call.args.empty() ? "default" : call.vm.ToDisplayString(call.Arg(0));
      auto it = console_timers_.find(label);
      if (it == console_timers_.end()) return Ok();
      p_.SyncClock();
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.3fms", NsToMs(p_.now() - it->second));
      p_.WriteStdout(Indent(label + ": " + buf, console_indent_) + "\n");
      if (remove) console_timers_.erase(it);
      return Ok();
    };
  };
  SetMethod(vm, console, "timeEnd", 0, time_end(true));
  SetMethod(vm, console, "timeLog", 0, time_end(false));
  SetMethod(vm, console, "count", 0, [this](js::NativeCall& call) {
    std::string label = call.args.empty() ? "default" : call.vm.ToDisplayString(call.Arg(0));
    int64_t n = ++console_counts_[label];
    p_.WriteStdout(Indent(label + ": " + std::to_string(n), console_indent_) + "\n");
    return Ok();
  });
  SetMethod(vm, console, "assert", 0, [this](js::NativeCall& call) {
    if (call.vm.ToBoolean(call.Arg(0))) return Ok();
    std::vector<js::Value> rest = RestArgs(call, 1);
    std::string text = "Assertion failed";
    if (!rest.empty()) text += ": " + call.vm.Format(rest);
    p_.WriteStderr(text + "\n");
    return Ok();
  });
  // console.Console: the class for consoles over other streams (lib/console.js).
  vm.Set(console, "Console", RunLib("console", NewBinding()));
  vm.Set(global, "console", console);
}

// lib/timers.js: setTimeout, setInterval, setImmediate and their clear functions.
void Modules::InstallTimers(js::Value global) {
  js::Vm& vm = p_.vm();
  InstallTimerObjects();
  auto make_timer = [this](bool repeat) {
    return [this, repeat](js::NativeCall& call) {
      p_.SyncClock();
      p_.ChargeMainThread(p_.costs().per_host_call);
      if (!call.vm.IsCallable(call.Arg(0)))
        return ThrowNotFunction(call.vm, "callback", call.Arg(0));
      if (call.Arg(1).IsBigInt())  // Timeout's constructor: `after *= 1`
        return Throw(
            call.vm.MakeError(js::ErrorType::kTypeError,
                              "Cannot mix BigInt and other types, use explicit conversions"));
      return Ok(p_.timers().Create(call.Arg(0), call.Arg(1), RestArgs(call, 2), repeat));
    };
  };
  SetMethod(vm, global, "setTimeout", 2, make_timer(false));
  SetMethod(vm, global, "setInterval", 2, make_timer(true));
  SetMethod(vm, global, "setImmediate", 1, [this](js::NativeCall& call) {
    p_.SyncClock();
    p_.ChargeMainThread(p_.costs().per_host_call);
    if (!call.vm.IsCallable(call.Arg(0))) return ThrowNotFunction(call.vm, "callback", call.Arg(0));
    return Ok(p_.immediates().Create(call.Arg(0), RestArgs(call, 1)));
  });
  auto clear_timer = [this](js::NativeCall& call) {
    p_.SyncClock();
    p_.timers().Clear(call.Arg(0));
    return Ok();
  };
  SetMethod(vm, global, "clearTimeout", 1, clear_timer);
  SetMethod(vm, global, "clearInterval", 1, clear_timer);
  SetMethod(vm, global, "clearImmediate", 1, [this](js::NativeCall& call) {
    p_.SyncClock();
    p_.immediates().Clear(call.Arg(0));
    return Ok();
  });
  js::Completion promises = Require("timers/promises");
  if (promises.ok()) {
    std::string key(vm.StringView(promisify_custom_));
    vm.Set(vm.GetOwn(global, "setTimeout"), key, vm.GetOwn(promises.value, "setTimeout"));
    vm.Set(vm.GetOwn(global, "setImmediate"), key, vm.GetOwn(promises.value, "setImmediate"));
  }
}

void Modules::InstallClock(js::Value global) {
  js::Vm& vm = p_.vm();
  // Date.now() and new Date() (engine/js/builtins_date.cpp) read the virtual clock.
  vm.SetClock([this] {
    p_.SyncClock();
    p_.ChargeMainThread(p_.costs().per_clock_read);
    return ClockReading(ClockKind::kDateNow, p_.now());
  });
  js::Value performance = vm.NewObject();
  SetMethod(vm, performance, "now", 0, [this](js::NativeCall&) {
    p_.SyncClock();
    p_.ChargeMainThread(p_.costs().per_clock_read);
    return Ok(js::Value::Number(ClockReading(ClockKind::kPerformanceNow, p_.now())));
  });
  p_.set_clock_natives(vm.GetOwn(vm.GetOwn(global, "Date"), "now"), vm.GetOwn(performance, "now"));
  vm.Set(performance, "timeOrigin", js::Value::Number(kEpochMs));
  vm.Set(global, "performance", performance);
}

// The process object: an EventEmitter with nextTick, exit, exitCode and the usual fields.
// lib/internal/process/warning.js: process.emitWarning and the 'warning' listener Node
// installs at startup (so listenerCount('warning') is 1 before the program adds its own).
void Modules::InstallWarnings(js::Value process) {
  js::Vm& vm = p_.vm();
  js::Value binding = NewBinding();
  SetMethod(vm, binding, "writeStderr", 1, [this](js::NativeCall& call) {
    p_.WriteStderr(call.vm.ToDisplayString(call.Arg(0)));
    return Ok();
  });
  js::Value warning = RunLib("warning", binding);
  vm.Set(process, "emitWarning", vm.GetOwn(warning, "emitWarning"));
  js::Completion on = vm.Get(process, "on");
  js::Value args[] = {vm.NewString("warning"), vm.GetOwn(warning, "onWarning")};
  if (on.ok() && vm.IsCallable(on.value)) vm.Call(on.value, process, args);
}

void Modules::InstallProcess(js::Value global) {
  js::Vm& vm = p_.vm();
  js::Value process = NewEmitter();
  p_.set_process_object(process);
  SetMethod(vm, process, "nextTick", 1, [this](js::NativeCall& call) {
    p_.SyncClock();
    p_.ChargeMainThread(p_.costs().per_host_call);
    if (!call.vm.IsCallable(call.Arg(0))) return ThrowNotFunction(call.vm, "callback", call.Arg(0));
    p_.tasks().NextTick(call.Arg(0), RestArgs(call, 1));
    return Ok();
  });
  SetMethod(vm, process, "exit", 1, [this](js::NativeCall& call) {
    p_.SyncClock();
    return p_.Exit(call.Arg(0));
  });
  // The working directory starts as the program's own and moves only inside the virtual
  // tree (process.chdir).
  SetMethod(vm, process, "cwd", 0,
            [this](js::NativeCall& call) { return Ok(call.vm.NewString(p_.vfs().cwd())); });
  SetMethod(vm, process, "chdir", 1,
            [this](js::NativeCall& call) { return ChangeDirectory(p_, call); });
  SetMethod(vm, process, "uptime", 0, [this](js::NativeCall&) {
    p_.SyncClock();
    return Ok(js::Value::Number(NsToMs(p_.now()) / 1000.0));
  });
  SetMethod(vm, process, "hrtime", 1, [this](js::NativeCall& call) {
    p_.SyncClock();
    p_.ChargeMainThread(p_.costs().per_clock_read);
    int64_t t = p_.now() + 1'000'000'000'000;  // an arbitrary monotonic origin
    js::Value pair[] = {js::Value::Number(static_cast<double>(t / 1'000'000'000)),
                        js::Value::Number(static_cast<double>(t % 1'000'000'000))};
    return Ok(call.vm.NewArray(pair));
  });
  SetMethod(vm, process, "memoryUsage", 0, [](js::NativeCall& call) {
    js::Value usage = call.vm.NewObject();
    call.vm.Set(usage, "heapUsed", js::Value::Number(4'000'000));
    call.vm.Set(usage, "rss", js::Value::Number(40'000'000));
    return Ok(usage);
  });
  for (auto [name, stream] : {std::pair{"stdout", 1}, std::pair{"stderr", 2}}) {
    js::Value s = NewEmitter();
    SetMethod(vm, s, "write", 1, [this, stream = stream](js::NativeCall& call) {
      p_.SyncClock();
      // A Buffer (what a byte stream piped into stdout writes) goes out as its bytes, a
      // string in the encoding given (utf8 by default); anything else as it prints.
      std::string encoding =
          call.Arg(1).IsString() ? std::string(call.vm.StringView(call.Arg(1))) : "";
      std::string text;
      if (!BytesOf(call.vm, call.Arg(0), encoding, &text))
        text = call.vm.ToDisplayString(call.Arg(0));
      stream == 1 ? p_.WriteStdout(text) : p_.WriteStderr(text);
      return Ok(js::Value::Boolean(true));
    });
    vm.Set(s, "isTTY", js::Value::Boolean(false));
    vm.Set(process, name, s);
  }
  js::Value argv[] = {vm.NewString("/usr/local/bin/node"), vm.NewString(filename_)};
  vm.Set(process, "argv", vm.NewArray(argv));
  js::Value env = vm.NewObject();
  vm.Set(env, "UV_THREADPOOL_SIZE",
         vm.NewString(std::to_string(p_.scenario().environment.threadpool_size)));
  vm.InterceptStores(env);  // stores strings, as node's does (process_env.cpp)
  vm.Set(process, "env", env);
  vm.Set(process, "platform", vm.NewString("linux"));
  vm.Set(process, "arch", vm.NewString("x64"));
  vm.Set(process, "pid", js::Value::Number(4242));
  vm.Set(process, "version", vm.NewString("v20.20.2"));
  js::Value versions = vm.NewObject();
  vm.Set(versions, "node", vm.NewString("20.20.2"));
  vm.Set(versions, "uv", vm.NewString("1.46.0"));
  vm.Set(versions, "v8", vm.NewString("11.3.244.8-node.38"));
  vm.Set(process, "versions", versions);
  vm.Set(process, "exitCode", js::Value::Undefined());
  InstallWarnings(process);
  InstallProcessApi(process);
  InstallStdin(process);
  vm.Set(global, "process", process);
}

}  // namespace loopscope::node
