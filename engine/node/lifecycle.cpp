// engine/node/lifecycle.cpp — Node's process lifecycle around the loop.
//
// src/node.cc StartExecution runs the main module inside an InternalCallbackScope (so ticks
// and microtasks drain before the loop starts); src/api/embed_helpers.cc SpinEventLoop runs
// uv_run until the loop dies, emits 'beforeExit' (which may re-arm it), then 'exit'.
// Uncaught exceptions and process.exit() end it early. docs/semantics.md §8.
#include <cmath>
#include <cstdio>

#include "engine/node/async_context.h"
#include "engine/node/esm_loader.h"
#include "engine/node/event_loop.h"
#include "engine/node/immediates.h"
#include "engine/node/modules.h"
#include "engine/node/native.h"
#include "engine/node/process.h"
#include "engine/node/task_queue.h"
#include "engine/node/thread_pool.h"
#include "engine/node/validators.h"
#include "engine/node/worker_hub.h"

namespace loopscope::node {

namespace {
constexpr const char* kNodeVersionLine = "Node.js v20.20.2";

// The text of line `line` (1-based) of `source`.
std::string SourceLine(const std::string& source, uint32_t line) {
  size_t start = 0;
  for (uint32_t i = 1; i < line && start != std::string::npos; ++i) {
    start = source.find('\n', start);
    if (start != std::string::npos) ++start;
  }
  if (start == std::string::npos || start > source.size()) return {};
  size_t end = source.find('\n', start);
  return source.substr(start, end == std::string::npos ? std::string::npos : end - start);
}
}  // namespace

RunResult Process::Run() {
  rec_.RunStart(scenario_.source_name, pool_->threads());
  now_ns_ = real_time_ ? 0 : MsToNs(scenario_.environment.loop_start_ms);
  if (start_ns_ >= 0) now_ns_ = start_ns_;  // a worker starts on the shared clock
  SyncClock();
  js::Value main_fn;
  if (!LoadMainModule(&main_fn)) {
    RunResult r;
    r.outcome = RunResult::Outcome::kLoadError;
    r.exit_code = 2;
    r.stderr_text = load_error_ + "\n";
    RecordLoadError();
    r.log = log_;
    return r;
  }
  RunMainModule(main_fn);
  if (!stopping()) SpinEventLoop();
  if (!stopping()) EmitExitEvent();
  if (hub_) hub_->EndThread(*this);  // node stops a thread's workers when it ends
  return Finish();
}

// The first compile error ("name:line:col: error: message") as an uncaught event at its
// location, so the source view can mark it; the program never starts.
void Process::RecordLoadError() {
  const std::string prefix = scenario_.source_name + ":";
  if (!load_error_.starts_with(prefix)) return rec_.Uncaught(load_error_, {});
  unsigned line = 0, col = 0;
  int used = 0;
  const char* rest = load_error_.c_str() + prefix.size();
  if (std::sscanf(rest, "%u:%u: error: %n", &line, &col, &used) != 2 || used == 0)
    return rec_.Uncaught(load_error_, {});
  std::string message(rest + used);
  message = message.substr(0, message.find('\n'));
  rec_.Uncaught(message, {line, col});
}

EsmLoader& Process::esm() {
  if (!esm_) esm_ = std::make_unique<EsmLoader>(*this);
  return *esm_;
}

bool Process::LoadMainModule(js::Value* main_fn) {
  if (scenario_.is_module) {
    std::string error;
    if (esm().LoadEntry(modules_->filename(), scenario_.source, &error)) return true;
    // Load errors name the program as the user gave it.
    const std::string url = "file://" + modules_->filename();
    for (size_t at = error.find(url); at != std::string::npos; at = error.find(url))
      error.replace(at, url.size(), scenario_.source_name);
    load_error_ = error;
    return false;
  }
  js::Completion c = vm_->CompileFunction(scenario_.source, modules_->filename(),
                                          kCommonJsWrapperParams, /*internal=*/false);
  if (!c.ok()) {
    // Stack traces name the absolute path as Node does; load errors name the file as the
    // user gave it, in the CLI's `file:line:col: error: ...` form.
    std::vector<std::string> errors = CheckProgram(scenario_);
    load_error_ = errors.empty() ? (c.threw() ? vm_->ToDisplayString(c.value)
                                              : "the program could not be compiled")
                                 : errors.front();
    for (size_t i = 1; i < errors.size(); ++i) load_error_ += "\n" + errors[i];
    return false;
  }
  *main_fn = c.value;
  return true;
}

// The main module runs as one MakeCallback: `<main>` on the stack, then the drain.
void Process::RunMainModule(js::Value main_fn) {
  set_phase(Phase::kMain);
  rec_.PhaseEnter(Phase::kMain, 0);
  js::Value module = modules_->main_module();
  js::CallOptions options;
  ++callback_depth_;
  ChargeMainThread(costs_.per_callback);
  options.frame_name = "<main>";
  js::Completion c;
  if (scenario_.is_module) {
    esm().StartEntry();  // run_main.js runEntryPointWithESMLoader: the body runs later
  } else {
    js::Value args[] = {vm_->GetOwn(module, "exports"),
                        modules_->require_function(),
                        module,
                        vm_->NewString(modules_->filename()),
                        vm_->NewString(modules_->dirname()),
                        esm().ImportFunction(modules_->filename())};
    c = vm_->Call(main_fn, args[0], args, options);
  }
  SyncClock();
  HandleCompletion(c);
  --callback_depth_;
  if (!stopping()) tasks_->DrainAfterCallback();
  async_->EndMainScript();
  rec_.PhaseLeave(Phase::kMain, 0);
}

// SpinEventLoop: uv_run; if the loop is dead, 'beforeExit'; if that re-armed it, again.
void Process::SpinEventLoop() {
  bool more = false;
  do {
    loop_->Run();
    if (stopping()) return;
    more = loop_->Alive();
    if (more) continue;
    EmitBeforeExit();
    if (stopping()) return;
    more = loop_->Alive();
  } while (more && !stopping());
}

// process.exitCode as reallyExit reads it (Int32Value: an integer string counts, 2^40 + 3
// is 3); the status the OS keeps is its low byte, which the caller's exit() takes.
int Process::CurrentExitCode() {
  js::Value code = vm_->GetOwn(process_object_, "exitCode");
  if (code.IsNumber() || code.IsString()) return static_cast<int>(ToInt32(vm_->ToNumber(code)));
  return 0;
}

// process.exitCode || 0: what 'exit' listeners receive (lib/internal/process/per_thread.js).
js::Value Process::ExitCodeForListeners() {
  js::Value code = vm_->GetOwn(process_object_, "exitCode");
  bool truthy = (code.IsNumber() && code.AsNumber() == code.AsNumber() && code.AsNumber() != 0) ||
                (code.IsString() && !vm_->StringView(code).empty());
  return truthy ? code : js::Value::Number(0);
}

// The process.exitCode setter (lib/internal/bootstrap/node.js): null, undefined, an integer,
// or a string holding one; anything else throws before the process exits.
js::Completion Process::ValidateExitCode(js::Value code) {
  if (code.IsNullish()) return Ok();
  if (code.IsString() && !vm_->StringView(code).empty()) {
    double d = vm_->ToNumber(code);
    if (std::isfinite(d) && std::trunc(d) == d) return Ok();
  }
  double ignored = 0;
  return ValidateInteger(*vm_, code, "code", -kMaxSafeInteger, kMaxSafeInteger, ignored);
}

// src/api/hooks.cc EmitProcessBeforeExit: process.emit('beforeExit', exitCode | 0) as a
// MakeCallback (ticks and microtasks drain after it).
void Process::EmitBeforeExit() {
  if (ListenerCount("beforeExit") == 0) return;
  set_phase(Phase::kBeforeExit);
  rec_.PhaseEnter(Phase::kBeforeExit, loop_->iteration());
  js::Value args[] = {js::Value::Number(CurrentExitCode())};
  CallProcessMethod("beforeExit", args, /*as_callback=*/true);
  rec_.PhaseLeave(Phase::kBeforeExit, loop_->iteration());
}

// src/api/hooks.cc EmitProcessExit on a natural exit: process._exiting = true, then
// process.emit('exit', code) as a MakeCallback (microtasks still run; nextTick is dropped),
// then the exit code is read again (a listener may change process.exitCode).
void Process::EmitExitEvent() {
  MarkExiting();
  exit_code_ = CurrentExitCode();
  exit_emitted_ = true;
  // lib/internal/modules/run_main.js handleProcessExit, the first 'exit' listener: the
  // entry's top-level await never settled, so `process.exitCode ??= 13` (the listeners get
  // the code from before it).
  if (stop_ == StopReason::kNone && esm_ && esm_->EntryPending() &&
      vm_->GetOwn(process_object_, "exitCode").IsUndefined())
    vm_->Set(process_object_, "exitCode", js::Value::Number(13));
  if (ListenerCount("exit") > 0) {
    set_phase(Phase::kExit);
    rec_.PhaseEnter(Phase::kExit, loop_->iteration());
    js::Value args[] = {js::Value::Number(exit_code_)};
    CallProcessMethod("exit", args, /*as_callback=*/true);
    rec_.PhaseLeave(Phase::kExit, loop_->iteration());
  }
  if (stop_ == StopReason::kNone || stop_ == StopReason::kExit) exit_code_ = CurrentExitCode();
  if (stop_ == StopReason::kNone) stop_ = StopReason::kExit;
}

// process._exiting = true: from now on process.nextTick drops its callback.
void Process::MarkExiting() {
  tasks_->set_exiting(true);
  if (process_object_.IsObject()) vm_->Set(process_object_, "_exiting", js::Value::Boolean(true));
}

// process.emit(event, ...args): as a MakeCallback (drained) or as a plain call.
js::Completion Process::CallProcessMethod(std::string_view event, std::span<const js::Value> args,
                                          bool as_callback) {
  js::Completion emit = vm_->Get(process_object_, "emit");
  if (!emit.ok() || !vm_->IsCallable(emit.value)) return Ok();
  std::vector<js::Value> full;
  full.push_back(vm_->NewString(event));
  full.insert(full.end(), args.begin(), args.end());
  std::string label = "process.emit('" + std::string(event) + "')";
  CallbackSite site{Queue::kPollReady, 0, label, "emit"};
  if (as_callback) {
    MakeCallback(emit.value, process_object_, full, site);
    return Ok();
  }
  js::Completion c = CallInScope(emit.value, process_object_, full, site);
  if (c.threw()) last_emit_threw_ = true;
  return c;
}

bool Process::EmitProcessEvent(std::string_view name, std::span<const js::Value> args) {
  if (ListenerCount(name) == 0) return false;
  CallProcessMethod(name, args, /*as_callback=*/false);
  return true;
}

int Process::ListenerCount(std::string_view event) {
  if (!process_object_.IsObject()) return 0;
  js::Completion fn = vm_->Get(process_object_, "listenerCount");
  if (!fn.ok() || !vm_->IsCallable(fn.value)) return 0;
  js::Value args[] = {vm_->NewString(event)};
  js::Completion c = vm_->Call(fn.value, process_object_, args);
  return c.ok() && c.value.IsNumber() ? static_cast<int>(ToInt32(c.value.AsNumber())) : 0;
}

// lib/internal/process/execution.js createOnGlobalUncaughtException: 'uncaughtException'
// listeners get (err, origin); without one, the error is printed and the process exits
// with code 1 after emitting 'exit'. A listener that throws ends it with code 7.
void Process::TriggerUncaughtException(js::Value error, bool from_promise) {
  CheckLimits();  // a limit passed before the throw (in a long native call) comes first
  if (stopping()) return;
  // A capture callback (process.setUncaughtExceptionCaptureCallback) replaces the event.
  bool capture = vm_->IsCallable(capture_callback_);
  if (!in_uncaught_handler_ && (capture || ListenerCount("uncaughtException") > 0)) {
    AsyncContexts::Scope thrower = async_->EnterThrown();
    in_uncaught_handler_ = true;
    last_emit_threw_ = false;
    // lib/internal/process/promises.js (mode throw): a rejection reason that is not an
    // error reaches the handler as an UnhandledPromiseRejection (ERR_UNHANDLED_REJECTION).
    if (from_promise && !(error.IsObject() && !vm_->GetOwn(error, "stack").IsUndefined()))
      error = UnhandledRejectionError(error);
    js::Value args[] = {error,
                        vm_->NewString(from_promise ? "unhandledRejection" : "uncaughtException")};
    js::Completion c;
    if (capture) {
      CallbackSite site{Queue::kPollReady, 0, "uncaught exception capture callback", "call"};
      js::Value capture_args[] = {error};
      c = CallInScope(capture_callback_, js::Value::Undefined(), capture_args, site);
      if (c.threw()) last_emit_threw_ = true;
    } else if (from_promise) {
      c = CallProcessMethod("uncaughtException", args, /*as_callback=*/false);
    } else {
      // The listeners run in the context of the callback that threw (CallInScope kept it).
      AsyncContexts::Scope scope =
          async_->EnterExplicit({thrown_async_id_, thrown_trigger_id_}, thrown_frame_);
      c = CallProcessMethod("uncaughtException", args, /*as_callback=*/false);
    }
    thrown_frame_ = js::Value();
    in_uncaught_handler_ = false;
    if (!last_emit_threw_ && !stopping()) {
      // "make sure any ticks get processed by ensuring that the next Immediate cycle isn't
      // empty": require('timers').setImmediate(noop), then the owed after hooks.
      immediates_->Create(vm_->NewFunction("noop", 0, [](js::NativeCall&) { return Ok(); }), {});
      async_->EmitOwedAfters();
    }
    if (!last_emit_threw_ || stopping()) return;
    // src/node_errors.cc TriggerUncaughtException: an error thrown by the handler itself is
    // printed and the process exits with 7, without 'exit' listeners.
    if (c.threw()) ReportUncaught(c.value, /*from_promise=*/false);
    exit_code_ = 7;
    stop_ = StopReason::kFatal;
    return;
  }
  ReportUncaught(error, from_promise);
  // The process is going down. Unless it was already exiting (a throw from an 'exit'
  // listener during process.exit), exitCode becomes 1 and 'exit' listeners run with it;
  // their own throws are ignored (createOnGlobalUncaughtException's try/catch).
  MarkExiting();
  if (!exit_emitted_) {
    exit_emitted_ = true;
    if (process_object_.IsObject()) vm_->Set(process_object_, "exitCode", js::Value::Number(1));
    js::Value args[] = {js::Value::Number(1)};
    if (ListenerCount("exit") > 0) CallProcessMethod("exit", args, /*as_callback=*/false);
  }
  // src/node_errors.cc: env->exit_code(kGenericUserError), process.exitCode when set.
  js::Value code = process_object_.IsObject() ? vm_->GetOwn(process_object_, "exitCode")
                                              : js::Value::Undefined();
  exit_code_ = code.IsNullish() ? 1 : CurrentExitCode();
  if (!stopping()) stop_ = StopReason::kFatal;
}

// V8's NoSideEffectsToString, which Node uses to show a rejection reason: a string as it is,
// an object as #<Constructor>.
std::string Process::ReasonText(js::Value reason) {
  if (reason.IsString()) return std::string(vm_->StringView(reason));
  if (!reason.IsObject() || vm_->IsCallable(reason)) return vm_->Inspect(reason);
  js::Completion ctor = vm_->Get(reason, "constructor");
  std::string name = ctor.ok() && ctor.value.IsObject()
                         ? vm_->ToDisplayString(vm_->GetOwn(ctor.value, "name"))
                         : "Object";
  return "#<" + name + ">";
}

// lib/internal/process/promises.js class UnhandledPromiseRejection: `code`, then `name`,
// both enumerable. (Its stack still reads "Error: …" with the program's frames.)
js::Value Process::UnhandledRejectionError(js::Value reason) {
  std::string message =
      "This error originated either by throwing inside of an async function without a catch "
      "block, or by rejecting a promise which was not handled with .catch(). The promise "
      "rejected with the reason \"" +
      ReasonText(reason) + "\".";
  js::Value err = vm_->MakeError(js::ErrorType::kError, message);
  vm_->Set(err, "code", vm_->NewString("ERR_UNHANDLED_REJECTION"));
  vm_->Set(err, "name", vm_->NewString("UnhandledPromiseRejection"));
  return err;
}

// Node's report of a fatal exception (src/node_errors.cc): the location and source line
// with a caret, a blank line, the error's inspection, a blank line, the version.
void Process::ReportUncaught(js::Value error, bool from_promise) {
  if (ForwardUncaught(error)) return;
  std::string out;
  bool error_like = error.IsObject() && !vm_->GetOwn(error, "stack").IsUndefined();
  js::SourceLoc loc = vm_->LastThrowLocation();
  if (from_promise && !error_like) {
    std::string reason = ReasonText(error);
    out +=
        "node:internal/process/promises:389\n"
        "      new UnhandledPromiseRejection(reason);\n"
        "      ^\n\n"
        "UnhandledPromiseRejection: This error originated either by throwing inside of an "
        "async function without a catch block, or by rejecting a promise which was not "
        "handled with .catch(). The promise rejected with the reason \"" +
        reason +
        "\".\n"
        "    at throwUnhandledRejectionsMode (node:internal/process/promises:389:7)\n"
        "    at processPromiseRejections (node:internal/process/promises:470:17)\n"
        "    at process.processTicksAndRejections (node:internal/process/task_queues:96:32) "
        "{\n  code: 'ERR_UNHANDLED_REJECTION'\n}\n\n";
    out += kNodeVersionLine;
    out += "\n";
    WriteStderr(out);
    rec_.Uncaught(
        "UnhandledPromiseRejection: the promise rejected with the reason \"" + reason + "\"", {});
    return;
  }
  if (from_promise) loc = ErrorCreationLoc(error);
  // src/node_errors.cc AppendExceptionLine: a thrown value that is not a native error (a
  // primitive, a plain object, a DOMException) gets a blank line before the source line
  // and none after its caret.
  const Modules::ThrowSite* site = nullptr;
  if (!from_promise && vm_->LastThrowWasInternal()) site = modules_->FindThrowSite(error);
  bool native_error =
      error_like && !modules_->IsDomException(error) && !(site != nullptr && site->deserialized);
  if (!native_error) out += "\n";
  if (!from_promise && vm_->LastThrowWasInternal()) {
    loc = {};  // a line of the library, not of the program
    if (site != nullptr) out += site->header;
    if (site != nullptr && !site->stack.empty())
      vm_->Set(error, "stack", vm_->NewString(site->stack));
  }
  if (loc.line != 0) {
    // An ES module is named by its URL (node reports V8's script name).
    out += (scenario_.is_module ? "file://" : "") + modules_->filename() + ":" +
           std::to_string(loc.line) + "\n";
    out += SourceLine(scenario_.source, loc.line) + "\n";
    out += std::string(loc.col > 0 ? loc.col - 1 : 0, ' ') + "^\n";
  }
  std::string body;
  if (error_like) {
    if (native_error) out += "\n";
    body = vm_->Inspect(error);
    out += body + "\n";
  } else {
    body = vm_->Inspect(error);
    if (error.IsString()) body = std::string(vm_->StringView(error));
    out += body + "\n";
    // Only a primitive gets the hint; an object without a stack is printed alone.
    if (!error.IsObject())
      out += "(Use `node --trace-uncaught ...` to show where the exception was thrown)\n";
  }
  out += "\n";
  out += kNodeVersionLine;
  out += "\n";
  WriteStderr(out);
  rec_.Uncaught(body.substr(0, body.find('\n')), {loc.line, loc.col});
}

// Where an Error was created: the first "at ... (file:line:col)" of its stack.
js::SourceLoc Process::ErrorCreationLoc(js::Value error) {
  std::string stack = vm_->ErrorStack(error);
  std::string key = modules_->filename() + ":";
  size_t at = stack.find(key);
  if (at == std::string::npos) return {};
  unsigned line = 0, col = 0;
  if (std::sscanf(stack.c_str() + at + key.size(), "%u:%u", &line, &col) != 2) return {};
  return {line, col};
}

// lib/internal/process/per_thread.js exit(): set exitCode if given, emit 'exit' once
// (synchronously, no drain), then reallyExit: nothing else runs.
js::Completion Process::Exit(js::Value code) {
  if (!code.IsUndefined() && process_object_.IsObject()) {
    js::Completion valid = ValidateExitCode(code);  // process.exit({}) throws here
    if (!valid.ok()) return valid;
    vm_->Set(process_object_, "exitCode", code);
  }
  if (!exit_emitted_) {
    exit_emitted_ = true;
    MarkExiting();
    js::Value args[] = {ExitCodeForListeners()};
    if (ListenerCount("exit") > 0) {
      // A listener's throw leaves process.exit() before reallyExit: the caller sees it (a
      // try/catch around process.exit() even goes on running), and uncaught it is fatal.
      js::Completion emitted = CallProcessMethod("exit", args, /*as_callback=*/false);
      if (emitted.threw() && !stopping()) return emitted;
    }
  }
  if (!stopping()) {
    exit_code_ = CurrentExitCode();
    stop_ = StopReason::kExit;
    exit_called_ = true;
  }
  return js::Completion{js::Completion::Type::kTerminated, js::Value::Undefined()};
}

// Why the process ended, for the exit step's sentence: the one reason that applied.
std::string_view Process::ExitReason() const {
  switch (stop_) {
    case StopReason::kLimit:
      return "a limit stopped the program";
    case StopReason::kCancelled:
      return "the run was cancelled";
    case StopReason::kFatal:
      return "an uncaught exception ended it";
    case StopReason::kExit:
    case StopReason::kNone:
      break;
  }
  return exit_called_ ? "process.exit() was called" : "nothing keeps the event loop alive any more";
}

RunResult Process::Finish() {
  RunResult r;
  r.stdout_text = std::move(stdout_);
  r.stderr_text = std::move(stderr_);
  switch (stop_) {
    case StopReason::kLimit:
      r.outcome = RunResult::Outcome::kLimit;
      r.exit_code = 3;
      r.limit_message = limit_message_;
      r.stderr_text += "loopscope: " + limit_message_ + "\n";
      break;
    case StopReason::kCancelled:
      r.outcome = RunResult::Outcome::kCancelled;
      r.exit_code = 3;
      r.limit_message = "cancelled";
      break;
    default:
      r.outcome = RunResult::Outcome::kExited;
      r.exit_code = exit_code_ & 0xff;  // the status the OS keeps: process.exit(258) is 2
      break;
  }
  rec_.ProcessExit(r.exit_code, ExitReason());
  PublishProgress();  // the final figures: the log's whole size
  r.log = log_;
  return r;
}

}  // namespace loopscope::node
