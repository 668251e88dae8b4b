// tests/unit/js/test_host.h — a minimal embedder for the language engine's tests.
//
// It defines console.log/info/warn/error (through Vm::Format, like Node's console),
// queueMicrotask (through Vm::EnqueueMicrotask) and records hook calls. Run() compiles
// and runs a program, then drains the microtask queue the way Node does after the main
// script. Where to look next: golden_test.cpp (the differential programs).
#pragma once

#include <string>
#include <vector>

#include "engine/js/vm.h"

namespace loopscope::js::testing {

class TestHost : public Hooks {
 public:
  TestHost() : vm_(*this) { InstallGlobals(); }

  Vm& vm() { return vm_; }
  std::string out;                  // everything console.* printed, stdout and stderr interleaved
  std::string errors;               // uncaught errors and compile diagnostics
  std::vector<std::string> events;  // hook calls, when record_events is set
  bool record_events = false;
  int statements = 0;
  int depth = 0;
  int max_depth_seen = 0;
  uint64_t terminate_at = 0;  // >0: terminate when the step budget is reached

  // Compiles and runs `source`, then drains microtasks. Returns false on a compile error
  // or an uncaught exception (described in `errors`).
  bool Run(const std::string& source, const std::string& file = "test.js") {
    CompileResult compiled = vm_.Compile(source, file);
    if (!compiled.script) {
      for (const Diagnostic& d : compiled.diagnostics)
        errors += d.file + ":" + std::to_string(d.loc.line) + ":" + std::to_string(d.loc.col) +
                  ": error: " + d.message + "\n";
      return false;
    }
    if (terminate_at) vm_.SetStepBudget(terminate_at);
    Completion c = vm_.RunScript(compiled.script);
    if (!Report(c)) return false;
    return Report(vm_.RunMicrotasks());
  }

  bool Report(const Completion& c) {
    if (c.threw()) {
      errors += "Uncaught " + vm_.ErrorStack(c.value) + "\n";
      return false;
    }
    if (c.terminated()) {
      errors += "terminated\n";
      return false;
    }
    return true;
  }

  void OnStatement(SourceLoc loc) override {
    ++statements;
    if (record_events)
      events.push_back("stmt " + std::to_string(loc.line) + ":" + std::to_string(loc.col));
  }
  void OnFramePush(std::string_view name, SourceLoc) override {
    max_depth_seen = std::max(max_depth_seen, ++depth);
    if (record_events) events.push_back("push " + std::string(name));
  }
  void OnFramePop() override {
    --depth;
    if (record_events) events.push_back("pop");
  }
  void OnJobEnqueued(const JobInfo& job) override {
    if (record_events) events.push_back("enqueue " + std::string(job.label));
  }
  void OnJobStarted(const JobInfo& job) override {
    if (record_events) events.push_back("start " + std::string(job.label));
  }
  void OnPromiseRejectedUnhandled(Value, Value) override {
    if (record_events) events.push_back("unhandled");
  }
  void OnPromiseRejectionHandled(Value) override {
    if (record_events) events.push_back("handled");
  }
  bool OnStepBudgetReached(uint64_t) override { return terminate_at == 0; }

 private:
  void InstallGlobals() {
    Value console = vm_.NewObject();
    for (const char* name : {"log", "info", "warn", "error", "debug"}) {
      vm_.Set(console, name, vm_.NewFunction(name, 0, [this](NativeCall& call) {
        out += call.vm.Format(call.args) + "\n";
        return Completion{};
      }));
    }
    vm_.Set(vm_.global(), "console", console);
    vm_.Set(vm_.global(), "queueMicrotask",
            vm_.NewFunction("queueMicrotask", 1, [](NativeCall& call) {
              if (!call.vm.IsCallable(call.Arg(0))) {
                return Completion{
                    Completion::Type::kThrow,
                    call.vm.MakeError(ErrorType::kTypeError,
                                      "The \"callback\" argument must be of type function.")};
              }
              call.vm.EnqueueMicrotask(call.Arg(0), {});
              return Completion{};
            }));
  }

  Vm vm_;
};

}  // namespace loopscope::js::testing
