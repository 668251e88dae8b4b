// engine/js/embedder.h — the embedder API of the language engine (what V8's API is to Node).
//
// The Node layer (engine/node) uses only this header and value.h. The language engine knows
// nothing of Node: it owns values, objects, the interpreter and the ECMAScript job
// (microtask) queue, and tells its embedder what it does through `Hooks`.
// Where to look next: value.h (the Value type), vm.h (the interpreter), promise.cpp (jobs).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/js/folded_loop.h"
#include "engine/js/value.h"

namespace loopscope::js {

class Vm;

// A position in a source file; line and column are 1-based (0 = unknown).
struct SourceLoc {
  uint32_t line = 0;
  uint32_t col = 0;
  bool operator==(const SourceLoc&) const = default;
};

// A load error: a syntax error or a construct outside the supported subset.
struct Diagnostic {
  std::string file;
  SourceLoc loc;
  std::string message;  // "unexpected token ')'" or "generators are not supported (function*)"
};

// The native error constructors the embedder can instantiate.
enum class ErrorType : uint8_t { kError, kTypeError, kRangeError, kReferenceError, kSyntaxError };

// util.inspect's options (lib/internal/util/inspect.js inspectDefaultOptions). compact is
// the number of innermost levels kept on one line (false is 0); compact_true is
// `compact: true`. A depth of INT_MAX is `depth: null` / Infinity.
struct InspectOptions {
  int depth = 2;
  int break_length = 80;
  int compact = 3;
  bool compact_true = false;
  bool sorted = false;
  bool show_hidden = false;
  bool custom_inspect = true;  // call value[util.inspect.custom] (Runtime::inspect_function)
};

// What kind of microtask a job is; the step log shows it.
enum class JobKind : uint8_t {
  kPromiseReaction,         // ECMA-262 NewPromiseReactionJob (then/catch/finally handlers)
  kPromiseResolveThenable,  // ECMA-262 NewPromiseResolveThenableJob
  kAwaitResume,             // the reaction that resumes an async function after await
  kHostCallback,            // queueMicrotask(fn) and jobs the embedder enqueues
};

// Describes a job when it is enqueued, so the embedder can record and label it.
struct JobInfo {
  uint64_t id = 0;  // unique, increasing, never reused within a Vm
  JobKind kind = JobKind::kHostCallback;
  // "then callback", "resume async1", "queueMicrotask callback": static text, or text kept
  // by the resumed function's Proto (Proto::resume_label), so queuing a job copies no string.
  // Valid while the job is queued or running; an embedder that keeps it longer copies it.
  std::string_view label;
  SourceLoc scheduled_at;  // the call, `await` or `return` that queued it (0:0 if none)
  SourceLoc callback_loc;  // where the function that will run is defined (0:0 if native)
};

// Outcome of running JavaScript from the host.
struct Completion {
  enum class Type : uint8_t { kNormal, kThrow, kTerminated };
  Type type = Type::kNormal;
  Value value;  // the result, or the thrown value; undefined when terminated
  bool ok() const { return type == Type::kNormal; }
  bool threw() const { return type == Type::kThrow; }
  bool terminated() const { return type == Type::kTerminated; }
};

// Arguments of a native (host) function call.
struct NativeCall {
  Vm& vm;
  Value this_value;
  std::span<const Value> args;
  Value Arg(size_t i) const { return i < args.size() ? args[i] : Value::Undefined(); }
};

// A native function body. It returns a Completion: Normal with the result, or Throw with the
// error value (build one with Vm::MakeError).
using NativeFunction = std::function<Completion(NativeCall&)>;

// The attributes a [[DefineOwnProperty]] asks for (ECMA-262 6.2.6 Property Descriptor
// fields, without the values), as an intercepted store sees them.
struct StoreAttributes {
  bool has_value = false, has_get = false, has_set = false;
  bool has_writable = false, writable = false;
  bool has_enumerable = false, enumerable = false;
  bool has_configurable = false, configurable = false;
};

// What the engine tells its embedder. Every method has a no-op default.
class Hooks {
 public:
  virtual ~Hooks() = default;
  // A statement (or an arrow's expression body) starts executing. Not called for code
  // compiled with `internal = true` (the embedder's own library code).
  virtual void OnStatement(SourceLoc loc) {}
  // A JavaScript frame starts or ends (also when an async function suspends at await and
  // when it resumes). `name` is the display name: "<main>", "async1", "(anonymous)", or the
  // name given to Vm::Call. Native functions and internal code push no frames.
  virtual void OnFramePush(std::string_view name, SourceLoc function_loc) {}
  virtual void OnFramePop() {}
  // A frame leaves the stack parked rather than finished, and later comes back: an async
  // function at `await` (any construct that parks a frame may use the pair). `at` is the
  // expression it parks at and resumes after; `activation` numbers this call of the function
  // (from 1, per Vm), so a resume names the suspension it ends. By default they report a
  // plain pop and push.
  virtual void OnFrameSuspend(std::string_view name, SourceLoc at, uint64_t activation) {
    OnFramePop();
  }
  virtual void OnFrameResume(std::string_view name, SourceLoc function_loc, SourceLoc at,
                             uint64_t activation) {
    OnFramePush(name, function_loc);
  }
  // The job queue changed.
  virtual void OnJobEnqueued(const JobInfo& job) {}
  virtual void OnJobStarted(const JobInfo& job) {}
  // ECMA-262 HostPromiseRejectionTracker: operation "reject" (rejected with no handler) and
  // "handle" (a handler was added to a promise that was rejected without one).
  virtual void OnPromiseRejectedUnhandled(Value promise, Value reason) {}
  virtual void OnPromiseRejectionHandled(Value promise) {}
  // Called whenever the executed step count reaches the budget set with
  // Vm::SetStepBudget, and after every 64 MB of heavy native work (a few steps that copy
  // huge strings), so wall-clock checks stay prompt. Return false to terminate all running
  // JavaScript (Completion kTerminated propagates to the outermost host call; it cannot be
  // caught).
  virtual bool OnStepBudgetReached(uint64_t steps) { return true; }
  // The heap passed the limit set with Vm::SetHeapLimit (after a garbage collection), or an
  // allocation of user-chosen size would take it past: `heap_bytes` is what it would
  // hold. Return false to terminate all running JavaScript, as for the step budget.
  virtual bool OnHeapLimitReached(size_t heap_bytes) { return true; }
  // One regular expression match backtracked past PCRE2's limit (catastrophic backtracking:
  // V8 would run on for hours). `regexp` is its literal form, /source/flags. Return false to
  // terminate all running JavaScript; true makes the match throw a RangeError instead.
  virtual bool OnRegExpLimitReached(std::string_view regexp) { return true; }
  // The loop fast path (loop_fold.h) found a loop with `loop.iterations` left that only
  // counts: return true after charging their time and recording them, false to have them
  // run instruction by instruction instead.
  virtual bool OnLoopFolded(const FoldedLoop& loop) { return false; }
  // A loop spins on a clock read (ClockSpin): run as many of its iterations as the clock
  // lets pass in closed form, charging their time, and return how many (0: none, when
  // `spin.clock_fn` is not a clock of the embedder's or time is real).
  virtual uint64_t SpinOnClock(const ClockSpin& spin) { return 0; }
  // A [[Set]] (`attributes` null) or [[DefineOwnProperty]] on an object marked with
  // Vm::InterceptStores, before it happens: V8's named property interceptors, through which
  // Node's process.env stores strings. The hook may throw or replace `value`; the store then
  // goes on as for an ordinary object, and reads, `in`, delete and key lists stay ordinary.
  virtual Completion OnInterceptedStore(Value object, Value key, Value& value,
                                        const StoreAttributes* attributes) {
    return {};
  }
  // Lets the embedder mark the values it holds outside the Vm (the GC calls this).
  virtual void TraceRoots(class RootTracer& tracer) {}
};

class RootTracer {
 public:
  virtual ~RootTracer() = default;
  virtual void Mark(Value v) = 0;
};

// A compiled program, ready to run once.
struct Script;
using ScriptHandle = std::shared_ptr<Script>;

struct CompileResult {
  ScriptHandle script;                  // null when there are errors
  std::vector<Diagnostic> diagnostics;  // all errors found (the parser recovers)
};

struct CallOptions {
  std::string_view frame_name;  // shown for the callee's frame instead of its own name
  SourceLoc scheduled_at;       // informational, for the hooks
};

// Public surface of the interpreter used by the embedder: vm.h declares the class with
// exactly these methods (plus a few additions such as Persist and StringView):
//
//   explicit Vm(Hooks& hooks);
//   CompileResult Compile(std::string_view source, std::string file_name, bool internal = false);
//   Completion RunScript(const ScriptHandle& script, std::string_view frame_name = "<main>");
//   // Runs `source` as the body of a function with the given parameter names and returns
//   // that function (CommonJS wrapper: require, module, exports, __filename, __dirname).
//   Completion CompileFunction(std::string_view source, std::string file_name,
//                              std::span<const std::string_view> params, bool internal);
//   Completion Call(Value fn, Value this_value, std::span<const Value> args,
//                   const CallOptions& options = {});
//   Completion Construct(Value constructor, std::span<const Value> args);
//
//   // Job queue (ECMA-262 HostEnqueuePromiseJob). The host decides when to drain.
//   void EnqueueMicrotask(Value fn, SourceLoc scheduled_at);  // queueMicrotask
//   bool HasPendingJobs() const;
//   size_t PendingJobCount() const;
//   Completion RunNextJob();   // runs exactly one job; kNormal if the queue was empty
//   Completion RunMicrotasks(); // V8 MicrotasksScope::PerformCheckpoint: until empty
//
//   // Values and objects
//   Value NewString(std::string_view utf8);
//   Value NewObject();            // a plain object (Object.prototype)
//   Value NewArray(std::span<const Value> items = {});
//   Value NewFunction(std::string_view name, int length, NativeFunction fn);
//   Value MakeError(ErrorType type, std::string_view message); // Error, TypeError, RangeError…
//   Completion Get(Value object, std::string_view key);        // may run user code (getters
//   void Set(Value object, std::string_view key, Value v);     //  are out of subset: plain get)
//   Value GetOwn(Value object, std::string_view key) const;    // undefined if absent
//   bool IsCallable(Value v) const;
//   bool IsArray(Value v) const;
//   size_t ArrayLength(Value array) const; Value ArrayAt(Value array, size_t i) const;
//   void ArrayPush(Value array, Value v);
//   Completion ToString(Value v);          // ECMA-262 ToString (may call user toString)
//   std::string ToDisplayString(Value v);  // String(v) without running user code
//   double ToNumber(Value v);              // for primitives; objects give NaN
//   bool ToBoolean(Value v) const;
//   std::string TypeOf(Value v) const;
//
//   // Promises for host APIs (fs.promises, util.promisify)
//   Value NewPromise();                          // pending, with its resolving functions kept
//   void ResolvePromise(Value promise, Value v); // ECMA-262 promise resolve function (thenables!)
//   void RejectPromise(Value promise, Value reason);
//   bool IsPromise(Value v) const;
//
//   // Host objects: objects whose printing and identity the host defines (Timeout,
//   // Immediate, crypto Hash, ...). `class_name` is what console.log prints before `{`.
//   Value NewHostObject(std::string_view class_name, std::shared_ptr<void> data);
//   std::shared_ptr<void> HostData(Value v) const;   // null if not a host object
//   void SetInspector(Value v, std::function<std::string(Vm&, Value)> inspect); // optional
//
//   // console.log / util.format / util.inspect as Node prints the subset's values
//   std::string Format(std::span<const Value> args);   // util.format(...args)
//   std::string Inspect(Value v);                      // util.inspect(v)
//
//   // Errors for the uncaught-exception report: "Error: boom\n    at f (file:3:9)"
//   std::string ErrorStack(Value error);
//   SourceLoc LastThrowLocation() const;  // where the last uncaught throw happened
//
//   // Budget and statistics
//   uint64_t steps() const;              // instructions executed so far (monotonic)
//   void SetStepBudget(uint64_t at);     // call Hooks::OnStepBudgetReached at this count
//   void SetHeapLimit(size_t bytes);     // call Hooks::OnHeapLimitReached past it
//   void SetClock(std::function<double()> now_ms);  // what Date.now() reads
//   void SetMaxCallDepth(uint32_t d);    // deeper calls throw RangeError like V8
//   Value global() const;                // the global object
//   void CollectGarbage();               // also runs by itself when allocation grows

}  // namespace loopscope::js
