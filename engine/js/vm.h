// engine/js/vm.h — the interpreter's public API (the contract listed in embedder.h).
//
// A Vm owns one JavaScript realm: the heap, the global object, the builtins, the ECMAScript
// job queue and the bytecode interpreter. The embedder (engine/node) compiles and runs
// scripts, calls functions as callbacks, drains jobs and formats values through this class.
// The machinery lives in Runtime (runtime.h); Vm forwards to it so this header stays small
// and stable. Where to look next: runtime.h, interpreter.cpp, promise.cpp, inspect.cpp.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/js/embedder.h"
#include "engine/js/module_syntax.h"
#include "engine/js/tiers.h"
#include "engine/js/value.h"

namespace loopscope::js {

class Runtime;
class Vm;

// JSON.stringify of a string (ECMA-262 25.5.2.3 QuoteJSONString; builtins_json.cpp).
std::string QuoteJson(std::string_view s);

// Keeps one value alive (a GC root) for as long as the handle lives. Move-only.
class Persistent {
 public:
  Persistent() = default;
  Persistent(Vm& vm, Value v);
  Persistent(Persistent&& other) noexcept;
  Persistent& operator=(Persistent&& other) noexcept;
  Persistent(const Persistent&) = delete;
  Persistent& operator=(const Persistent&) = delete;
  ~Persistent();
  Value Get() const;
  void Reset();
  bool empty() const { return vm_ == nullptr; }

 private:
  Vm* vm_ = nullptr;
  uint32_t slot_ = 0;
};

class Vm {
 public:
  explicit Vm(Hooks& hooks);
  ~Vm();
  Vm(const Vm&) = delete;
  Vm& operator=(const Vm&) = delete;

  // Compiling and running
  CompileResult Compile(std::string_view source, std::string file_name, bool internal = false);
  Completion RunScript(const ScriptHandle& script, std::string_view frame_name = "<main>");
  // Returns (as the completion value) a function whose body is `source` and whose
  // parameters are `params` (the CommonJS wrapper). A syntax error is a thrown SyntaxError
  // whose message is the first diagnostic ("file:line:col: message").
  Completion CompileFunction(std::string_view source, std::string file_name,
                             std::span<const std::string_view> params, bool internal);
  // An ES module (docs/js-subset.md "ES modules"): returns the function that evaluates its
  // body, taking (%bind, %meta, %import, then one namespace per syntax->requested entry),
  // and fills `syntax` with its import and export tables. Errors are thrown as above.
  Completion CompileModule(std::string_view source, std::string file_name, ModuleSyntax* syntax);
  Completion Call(Value fn, Value this_value, std::span<const Value> args,
                  const CallOptions& options = {});
  Completion Construct(Value constructor, std::span<const Value> args);

  // Job queue (ECMA-262 9.5 HostEnqueuePromiseJob). The host decides when to drain.
  void EnqueueMicrotask(Value fn, SourceLoc scheduled_at);
  bool HasPendingJobs() const;
  size_t PendingJobCount() const;
  Completion RunNextJob();
  Completion RunMicrotasks();
  // V8's Context::{Get,Set}ContinuationPreservedEmbedderData: a value promise reactions
  // capture when made and restore while their job runs (the host's async context).
  Value ContinuationData() const;
  void SetContinuationData(Value v);
  // V8's Context::SetPromiseHooks(init, before, after, settled) (promise_hooks.h): functions
  // called as promises are made, their jobs run and they settle; undefined ones are not
  // called, and with none callable the hooks are off.
  void SetPromiseHooks(Value init, Value before, Value after, Value settled);

  // Values and objects
  Value NewString(std::string_view utf8);
  Value NewObject();
  Value NewArray(std::span<const Value> items = {});
  Value NewFunction(std::string_view name, int length, NativeFunction fn);
  Value MakeError(ErrorType type, std::string_view message);
  Completion Get(Value object, std::string_view key);
  void Set(Value object, std::string_view key, Value v);
  // A non-enumerable data property, as built-in methods and `constructor` links are.
  void SetHidden(Value object, std::string_view key, Value v);
  // From now on the object's [[Set]] and [[DefineOwnProperty]] call Hooks::OnInterceptedStore.
  void InterceptStores(Value object);
  Value GetOwn(Value object, std::string_view key) const;
  bool IsCallable(Value v) const;
  bool IsArray(Value v) const;
  size_t ArrayLength(Value array) const;
  Value ArrayAt(Value array, size_t i) const;
  void ArrayPush(Value array, Value v);
  Completion ToString(Value v);
  std::string ToDisplayString(Value v);
  double ToNumber(Value v);
  bool ToBoolean(Value v) const;
  std::string TypeOf(Value v) const;
  // Where a JavaScript function is defined (0:0 for natives and non-functions) and its
  // display name as frames show it ("f", "(anonymous)"), for labelling host callbacks.
  SourceLoc FunctionLocation(Value fn) const;
  std::string FunctionName(Value fn) const;
  // The UTF-8 text of a string value (empty for non-strings); valid until the next GC.
  std::string_view StringView(Value v) const;

  // Promises for host APIs
  Value NewPromise();
  void ResolvePromise(Value promise, Value v);
  void RejectPromise(Value promise, Value reason);
  bool IsPromise(Value v) const;

  // Host objects
  Value NewHostObject(std::string_view class_name, std::shared_ptr<void> data);
  // The same with its own prototype object (Timeout.prototype, a crypto Hash's prototype).
  Value NewHostObject(std::string_view class_name, std::shared_ptr<void> data, Value prototype);
  std::shared_ptr<void> HostData(Value v) const;
  // ArrayBuffers and their views for host APIs (vm_array_buffer_views.cpp).
  bool IsArrayBuffer(Value v) const;
  // The bytes a TypedArray or DataView sees (what node's ArrayBufferView arguments read), or
  // with `array_buffer` an ArrayBuffer's own, writable in place (fs reads, randomFill,
  // Buffer's methods); nullopt for anything else. Valid until script code runs again.
  std::optional<std::span<char>> ViewSpan(Value v, bool array_buffer = false) const;
  // A new ArrayBuffer holding `bytes` (its memory counts towards the heap limit).
  Value NewArrayBuffer(std::string_view bytes);
  // A Uint8Array with `prototype` (Node's FastBuffer) over `length` bytes of what `of`
  // views, from `start` bytes into it: `of` is an ArrayBuffer or any TypedArray/DataView,
  // whose memory the new view shares. The caller has checked the bounds.
  Value NewUint8ArrayOver(Value of, size_t start, size_t length, Value prototype);
  bool IsUint8Array(Value v) const;
  // ECMA-262 25.1.3.5 DetachArrayBuffer (a transfer to another thread): byteLength 0, every
  // view over it length 0. False when `v` is not an ArrayBuffer.
  bool DetachArrayBuffer(Value v);
  // A view's ArrayBuffer and its byte offset in it (undefined / 0 for anything else).
  Value ViewArrayBuffer(Value view) const;
  size_t ViewByteOffset(Value view) const;
  // Makes `constructor` Node's Buffer class: it and its `prototype` inherit from Uint8Array
  // and Uint8Array.prototype (lib/buffer.js FastBuffer), and util.inspect prints the
  // Uint8Arrays that inherit from it as `<Buffer 68 69>` (Buffer.prototype[inspect.custom]).
  void SetBufferClass(Value constructor, Value prototype);
  // Node's Buffer.isBuffer (`v instanceof Buffer`) and Buffer.prototype (undefined before
  // SetBufferClass).
  bool IsBuffer(Value v) const;
  Value BufferPrototype() const;
  // A TypedArray's element values, as Buffer.from(typedArray) converts them; false otherwise.
  bool TypedArrayValues(Value v, std::vector<double>* out) const;
  // BigInts for the embedder (Buffer's readBigInt64LE and the like; vm_bigint.cpp): a new
  // BigInt from 64 bits read as signed or unsigned, and a BigInt's 64-bit two's complement
  // when it lies in that width's range (false otherwise, or when v is no BigInt).
  Value NewBigInt64(uint64_t bits, bool is_signed);
  bool BigIntFits64(Value v, bool is_signed, uint64_t* bits) const;
  void SetInspector(Value v, std::function<std::string(Vm&, Value)> inspect);

  // console.log / util.format / util.inspect
  std::string Format(std::span<const Value> args);
  std::string Inspect(Value v);
  // util.inspect(v, options): depth, breakLength, compact, sorted, showHidden, customInspect.
  std::string Inspect(Value v, const InspectOptions& options);
  // util.inspect.custom: the function custom inspectors get as `inspect`; and whether the
  // last Format/Inspect was cut short by a custom inspector's throw (its error in *error).
  void SetInspectFunction(Value fn);
  bool TakeInspectError(Value* error);

  // Errors for the uncaught-exception report
  std::string ErrorStack(Value error);
  SourceLoc LastThrowLocation() const;
  // Whether that throw statement was in internal (embedder library) code.
  bool LastThrowWasInternal() const;
  // The call (or `await`, `return`) user code is executing now, for "queued at" (0:0 when
  // no user code is on the stack).
  SourceLoc CallSite() const;
  // The file CallSite() is in (the name the code was compiled with), or null: it tells the
  // program's own file from the modules it loads.
  const std::shared_ptr<const std::string>* CallSiteFile() const;

  // Budget, limits, statistics
  uint64_t steps() const;
  // One-shot: Hooks::OnStepBudgetReached is called once when steps() reaches `at`; call
  // SetStepBudget again (for example from the hook) to be called again.
  void SetStepBudget(uint64_t at);
  // V8's tiers (tiers.h): a function whose loops and calls have run this many bytes of
  // bytecode counts as optimised from then on (default: never). hot_steps() of steps() ran
  // in optimised functions; tier_ups() functions became hot.
  void SetTierUpBudget(uint64_t bytes);
  uint64_t hot_steps() const;
  uint64_t tier_ups() const;
  // steps(), hot_steps() and tier_ups() in one inline read: the clock reads them per
  // statement, and a call returning them through memory cost a store-forwarding stall each
  // time (half of Process::SyncClock's time on the promise storm).
  struct StepCounts {
    uint64_t steps = 0, hot_steps = 0, tier_ups = 0;
  };
  StepCounts step_counts() const { return {*steps_, HotSteps(*tiers_, *steps_), tiers_->tier_ups}; }
  // The heap limit in bytes (default: none). Past it the Vm collects garbage and then calls
  // Hooks::OnHeapLimitReached; heap_bytes() is what it counts (strings, objects, array and
  // collection storage, and external memory).
  void SetHeapLimit(size_t bytes);
  // The clock Date.now() and new Date() read (ms since the epoch); a fixed instant if unset.
  void SetClock(std::function<double()> now_ms);
  // Date's local time zone, an IANA name ("Europe/Paris") from ICU's data; false (and UTC
  // kept) when the name is unknown. Without a call, local time is UTC.
  bool SetTimeZone(std::string_view name);
  size_t heap_bytes() const;
  // Bytes natives have allocated or processed since the start (string copies, searches,
  // array storage): deterministic, so an embedder can count heavy native work in a limit.
  uint64_t native_work_bytes() const;
  // Memory the embedder keeps on the program's behalf (V8's
  // AdjustAmountOfExternalAllocatedMemory): counted against the heap limit.
  void AdjustExternalMemory(int64_t delta);
  // Before a host function allocates `bytes` that the program chose: a termination (after
  // Hooks::OnHeapLimitReached said stop) when that cannot fit under the heap limit.
  Completion ReserveHeap(size_t bytes);
  void SetMaxCallDepth(uint32_t d);
  void SetRandomSeed(uint64_t seed);  // Math.random's sequence (deterministic per seed)
  Value global() const;
  void CollectGarbage();
  // Collect after every `allocations` new cells at the next safe point (0 = the adaptive
  // default). Tests use small values to shake out values that were not rooted.
  void SetGcInterval(size_t allocations);
  size_t HeapCellCount() const;  // live cells after the last collection plus new ones

  Persistent Persist(Value v) { return Persistent(*this, v); }
  Runtime& runtime() { return *rt_; }
  const Runtime& runtime() const { return *rt_; }

 private:
  std::unique_ptr<Runtime> rt_;
  const uint64_t* steps_;    // rt_->steps
  const TierLedger* tiers_;  // rt_->tiers
};

}  // namespace loopscope::js
