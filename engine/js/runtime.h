// engine/js/runtime.h — the engine's internals: heap, realm, interpreter state, job queue.
//
// Vm (vm.h) is the embedder's view; Runtime is what the engine's own files use. It owns
// every cell (mark-sweep GC, heap.cpp), the interned property keys, the builtin prototypes,
// the VM stack and frames (interpreter.cpp), the promise job queue (promise.cpp) and the
// conversions of ECMA-262 7.1/7.2 (conversions.cpp). Builtins register through one
// function each (builtins_*.cpp); engine/js/README.md shows how to write one.
// Where to look next: interpreter.cpp, heap.cpp, promise.cpp.
#pragma once

#include <functional>
#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "engine/js/cell_heap.h"
#include "engine/js/embedder.h"
#include "engine/js/job_queue.h"
#include "engine/js/native_stack.h"
#include "engine/js/object.h"
#include "engine/js/promise_hooks.h"
#include "engine/js/typed_array.h"
#include "engine/js/well_known_symbols.h"

namespace loopscope::js {

class Vm;
namespace date {
class TimeZone;
}

struct Script {
  Proto* proto = nullptr;
  std::shared_ptr<const std::string> file;
  bool ran = false;
};

// One activation of a JavaScript function on the VM stack.
struct Frame {
  Closure* closure;
  Proto* proto;
  uint32_t ip;
  uint32_t base;  // stack index of the callee slot; registers follow
  Env* env;
  AsyncState* async;  // non-null for async functions
  Value new_target;   // undefined unless constructing
  bool entry;         // returns to native code (ends a Run call)
  bool construct;
  bool hooked;                 // OnFramePush was called for it
  Array* arguments = nullptr;  // all arguments, kept only when the code uses `arguments`
};

// A job of the ECMAScript job queue (ECMA-262 9.5 HostEnqueuePromiseJob).
struct Job {
  JobInfo info;
  PromiseReaction reaction;  // kPromiseReaction / kAwaitResume
  Value argument;            // the settled value, or the thenable's promise
  Value thenable;            // kPromiseResolveThenable
  Value then_fn;
  Value callback;  // kHostCallback
  Value context;   // the continuation data the job runs with (Runtime::continuation_data)
};

// Roots a value while native code that holds it calls back into JavaScript. Inline (defined
// after Runtime below): native code makes one or more per call.
class TempRoot {
 public:
  TempRoot(Runtime& rt, Value v);
  ~TempRoot();
  TempRoot(const TempRoot&) = delete;
  TempRoot& operator=(const TempRoot&) = delete;

 private:
  Runtime& rt_;
};

// ECMA-262 6.2.6 The Property Descriptor Specification Type: each field may be absent.
struct PropertyDescriptor {
  Value value, get, set;
  bool writable = false, enumerable = false, configurable = false;
  bool has_value = false, has_get = false, has_set = false;
  bool has_writable = false, has_enumerable = false, has_configurable = false;
  bool IsAccessor() const { return has_get || has_set; }
  bool IsData() const { return has_value || has_writable; }
};

// The builtin prototypes and constructors of the realm.
struct Realm {
  Object* object_proto = nullptr;
  Object* function_proto = nullptr;
  Object* array_proto = nullptr;
  Object* string_proto = nullptr;
  Object* number_proto = nullptr;
  Object* boolean_proto = nullptr;
  Object* promise_proto = nullptr;
  Value promise_then;  // the intrinsic Promise.prototype.then (%Promise.prototype.then%)
  Object* map_proto = nullptr;
  Object* set_proto = nullptr;
  Object* iterator_proto = nullptr;  // %IteratorPrototype%
  Object* array_iterator_proto = nullptr;
  Object* string_iterator_proto = nullptr;
  Object* map_iterator_proto = nullptr;
  Object* set_iterator_proto = nullptr;
  Object* generator_proto = nullptr;                 // %GeneratorFunction.prototype.prototype%
  Object* async_iterator_proto = nullptr;            // %AsyncIteratorPrototype%
  Object* async_generator_proto = nullptr;           // %AsyncGeneratorFunction.prototype.prototype%
  Object* async_generator_function_proto = nullptr;  // %AsyncGeneratorFunction.prototype%
  Object* async_from_sync_iterator_proto = nullptr;  // %AsyncFromSyncIteratorPrototype%
  Value array_values;   // %Array.prototype.values%, also Array.prototype[@@iterator]
  Value iterator_next;  // the built-in iterators' shared next (builtins_iterator.cpp)
  Object* symbol_proto = nullptr;
  Object* bigint_proto = nullptr;
  Symbol* symbols[kWellKnownCount] = {};  // the well-known symbols (well_known_symbols.h)
  Object* regexp_proto = nullptr;
  Object* date_proto = nullptr;
  Object* array_buffer_proto = nullptr;
  Object* data_view_proto = nullptr;
  Object* typed_array_proto = nullptr;                 // %TypedArray.prototype%
  Object* typed_array_ctor = nullptr;                  // %TypedArray%
  Object* typed_array_protos[kElementTypeCount] = {};  // Int8Array.prototype...
  Object* typed_array_ctors[kElementTypeCount] = {};
  Object* buffer_proto = nullptr;  // the embedder's Node Buffer.prototype (Vm::SetBufferPrototype)
  // Indexed by ErrorType; then [5] AggregateError, [6] EvalError, [7] URIError (thrown only
  // by the URI functions, builtins_uri.cpp).
  Object* error_protos[8] = {};
  Object* error_ctors[8] = {};
  Object* promise_ctor = nullptr;
  // Where %Promise.prototype%.constructor and %Promise%[@@species] were defined, so `then`
  // can see they are unchanged without a lookup (species.h, IsIntrinsicPromiseSpecies).
  uint32_t promise_constructor_slot = 0;
  uint32_t promise_species_slot = 0;
  Value has_instance;  // %Function.prototype[@@hasInstance]%: instanceof's ordinary case
  Object* global = nullptr;
};

class Runtime {
 public:
  Runtime(Vm& vm, Hooks& hooks);
  ~Runtime();

  Vm& vm() { return vm_; }
  Hooks& hooks() { return hooks_; }
  Realm realm;
  // Compiled regular expressions by "flags/source", shared by the RegExp objects made from
  // them (builtins_regexp.cpp).
  std::unordered_map<std::string, std::shared_ptr<const class CompiledRegExp>> regexp_cache;
  // The last string a RegExp searched, as UTF-16: an exec loop over one long string
  // converts it once (the string is kept alive by the GC while it is here).
  Value regexp_subject;
  std::u16string regexp_subject_units;
  // The time Date.now() and new Date() read, in ms since the epoch (Vm::SetClock).
  std::function<double()> clock;
  // The local time zone of Date (time_zone.h); null means UTC.
  std::shared_ptr<const date::TimeZone> time_zone;

  // [SECTION] heap (heap.cpp)
  template <typename T, typename... Args>
  T* Alloc(Args&&... args) {
    T* cell = cells_.New<T>(std::forward<Args>(args)...);
    AttachMeter(cell);
    meter_.Add(CellBytes(cell));
    ++cell_count_;
    ++allocated_since_gc_;
    return cell;
  }
  String* NewString(std::string s);
  // a + b, both made by NewString: only a surrogate pair across `boundary` can need joining
  // (unicode.h), so the rest of the text is not scanned again.
  String* NewConcatenatedString(std::string s, size_t boundary);
  String* Intern(std::string_view s);
  // The interned string for `s`, or null: no property key is spelled `s` then.
  String* FindInterned(std::string_view s) const;
  Value Str(std::string_view s) { return Value::FromCell(NewString(std::string(s))); }
  Object* NewObject(Object* proto);
  Symbol* NewSymbol(Value description);  // description: undefined or a String value
  Symbol* WellKnownSymbol(WellKnown w) const { return realm.symbols[static_cast<size_t>(w)]; }
  // ECMA-262 20.4.2.2 Symbol.for's GlobalSymbolRegistry; its symbols live as long as the Vm.
  std::unordered_map<std::string, Symbol*> symbol_registry;
  Object* NewPlainObject() { return NewObject(realm.object_proto); }
  Array* NewArray();
  Native* NewNative(std::string_view name, int length, BuiltinFn fn);
  Native* DefineNative(Object* target, std::string_view name, int length, BuiltinFn fn);
  void CollectGarbage();
  bool ShouldCollect() const {
    return allocated_since_gc_ >= gc_threshold_ || meter_.bytes >= gc_bytes_threshold_;
  }
  void SetGcInterval(size_t allocations) {
    gc_interval_ = allocations;
    gc_threshold_ = allocations ? allocations : kDefaultGcThreshold;
  }
  size_t cell_count() const { return cell_count_; }
  void PushTempRoot(Value v) { temp_roots_.push_back(v); }
  void PopTempRoot() { temp_roots_.pop_back(); }
  void PushTempRoots(std::initializer_list<Value> vs) { temp_roots_.insert(temp_roots_.end(), vs); }
  void PopTempRoots(size_t n) { temp_roots_.resize(temp_roots_.size() - n); }
  uint32_t AddPersistent(Value v);
  void RemovePersistent(uint32_t slot);
  Value GetPersistent(uint32_t slot) const { return persistents_[slot]; }
  void KeepProto(Proto* p) { protos_.push_back(p); }

  // [SECTION] the heap limit (heap.cpp). The meter counts what the heap holds (see
  // heap_meter.h). Passing the limit stops the dispatch loop at its next instruction,
  // where Checkpoint collects garbage and, if that is not enough, asks the embedder.
  size_t heap_bytes() const { return meter_.bytes; }
  uint64_t native_work_bytes() const { return meter_.total_work; }
  void SetHeapLimit(size_t bytes);
  // Memory the embedder holds for the program (its buffered output): counted, not owned.
  void AdjustExternalMemory(int64_t delta);
  // For natives about to allocate `bytes` that user input sized (new Array(n), repeat,
  // join...): when that cannot fit under the limit it asks the embedder, and returns a
  // termination when told to stop, before anything is allocated. It never collects (the
  // native's values may not be rooted); the dispatch loop's checkpoints do.
  Completion ReserveHeap(size_t bytes);
  // Natives that process `bytes` without allocating them on the heap (copies to UTF-16,
  // searches) report it, so heavy work reaches the embedder's checks promptly.
  void NoteWork(size_t bytes) { meter_.Work(bytes); }
  // The dispatch loop calls this when steps reach step_budget: the heap limit first, then
  // the embedder's step budget. False when the embedder stops the program.
  bool Checkpoint();
  void SetStepBudget(uint64_t at);

  // [SECTION] properties (properties.cpp)
  // An own property's value, Value::Hole() when absent, or the Accessor cell of an
  // accessor property (only GetPropertyFrom calls its getter).
  Value GetOwnProperty(Object* obj, String* key);
  Completion GetProperty(Value target, String* key);  // ordinary [[Get]]
  Completion GetPropertyFrom(Object* start, String* key, Value receiver);
  Completion GetElement(Value target, Value key);
  // [[Set]]; `strict` turns a refused assignment into V8's TypeError.
  Completion SetProperty(Value target, String* key, Value v, bool strict = false);
  Completion SetElement(Value target, Value key, Value v, bool strict = false);
  // [[Delete]]: the result is a boolean, false for a non-configurable property.
  Completion DeleteElement(Value target, Value key, bool strict = false);
  static bool InheritsFrom(Object* obj, Object* ancestor);
  static bool TypedArrayOwnsKey(Object* obj, String* key);
  static bool HasLegacyCallerProperties(const Closure* f);  // sloppy `arguments`/`caller`
  bool set_refused = false;          // set when SetProperty refuses an assignment (Reflect.set)
  std::string ObjectLabel(Value v);  // `#<Foo>` as V8's messages name an object
  bool HasProperty(Object* obj, String* key);
  Completion ToPropertyKey(Value key, String*& out);
  Object* PrototypeOf(Value v);                         // for primitives: the wrapper prototype
  Completion SetPrototype(Object* obj, Object* proto);  // TypeError on a cycle
  std::vector<String*> OwnKeys(Object* obj, bool only_enumerable);  // integer keys first
  // The own symbol-keyed properties, in insertion order (OwnKeys lists only strings).
  std::vector<String*> OwnSymbolKeys(Object* obj, bool only_enumerable);
  // [[OwnPropertyKeys]]: OwnKeys then OwnSymbolKeys (Object.assign, object spread).
  std::vector<String*> OwnPropertyKeys(Object* obj, bool only_enumerable);
  static bool IsArrayIndex(std::string_view s, uint32_t& index);

  // [SECTION] property attributes (property_descriptors.cpp): ECMA-262 6.2.6, 10.1.6
  bool GetOwnPropertyDescriptor(Object* obj, String* key, PropertyDescriptor& out);
  Completion ToPropertyDescriptor(Value v, PropertyDescriptor& out);
  Value FromPropertyDescriptor(const PropertyDescriptor& desc);
  // [[DefineOwnProperty]]; `done` false when the definition is refused.
  Completion DefineOwnProperty(Object* obj, String* key, const PropertyDescriptor& desc,
                               bool& done);
  // DefineOwnProperty on an object with intercept_stores: the embedder's hook first
  // (intercepted_stores.cpp).
  Completion DefineIntercepted(Object* obj, String* key, const PropertyDescriptor& desc,
                               bool& done);
  bool SetIntegrityLevel(Object* obj, bool frozen);   // Object.freeze / Object.seal
  bool TestIntegrityLevel(Object* obj, bool frozen);  // Object.isFrozen / Object.isSealed
  // A function's name and length, answered from its Proto until materialised.
  bool IsBuiltinFunctionProperty(Object* obj, String* key) const;
  void MaterializeFunctionProperties(Object* obj);
  // ECMA-262 10.2.9 SetFunctionName for an anonymous function defined under a computed
  // key: `prefix` is "get "/"set " for accessors. A named function keeps its own name.
  void SetFunctionNameFromKey(Closure* fn, String* key, std::string_view prefix = {});
  // The name a stack frame shows for `fn` (V8's JSFunction::GetDebugName): its own
  // string `name` once materialised, else the name it was compiled with.
  const std::string& FunctionDebugName(Closure* fn) const;

  // [SECTION] arrays (arrays.cpp): a dense part and a sparse tail (object.h)
  Completion SetArrayLength(Array* a, double len);  // RangeError "Invalid array length"
  void SetArrayElement(Array* a, uint32_t index, Value v);
  void DeleteArrayElement(Array* a, uint32_t index);
  // The first index >= from (the last <= from) that holds an element; false when none.
  // Loops built on these skip holes in time proportional to what the array holds.
  static bool NextArrayIndex(const Array* a, uint64_t from, uint32_t& out);
  static bool PrevArrayIndex(const Array* a, int64_t from, uint32_t& out);
  // Moves every index below the length into the dense part, for builtins that work on
  // it; past the heap limit this is the embedder's termination instead.
  Completion Densify(Array* a);

  // [SECTION] conversions (conversions.cpp): ECMA-262 7.1 and 7.2
  enum class PrimitiveHint : uint8_t { kDefault, kNumber, kString };  // ECMA-262 7.1.1
  Completion ToPrimitive(Value v, PrimitiveHint hint);
  Completion OrdinaryToPrimitive(Value v, PrimitiveHint hint);  // 7.1.1.1
  Completion ToPrimitive(Value v, bool hint_string) {
    return ToPrimitive(v, hint_string ? PrimitiveHint::kString : PrimitiveHint::kNumber);
  }
  Completion ToNumber(Value v, double& out);
  Completion ToNumeric(Value v, Value& out);  // a Number or a BigInt value (7.1.3)
  Completion ToStringValue(Value v);          // result is a String value
  Completion ToStringStd(Value v, std::string& out);
  std::string ToDisplayString(Value v);  // without running user code
  static bool ToBoolean(Value v);
  bool StrictEquals(Value a, Value b) const;
  bool SameValueZero(Value a, Value b) const;
  bool SameValue(Value a, Value b) const;
  Completion LooseEquals(Value a, Value b, bool& out);
  Completion LooseEqualsBigInt(Value a, Value b, bool& out);
  std::string TypeOf(Value v) const;
  bool IsCallable(Value v) const { return v.Is(CellKind::kClosure) || v.Is(CellKind::kNative); }
  bool IsConstructor(Value v) const;
  Completion OrdinaryHasInstance(Value c, Value o, bool& out);  // ECMA-262 7.3.21
  std::string_view StringOf(Value v) const { return v.As<String>()->data; }
  static int32_t Utf16Length(String* s);
  // V8's String::kMaxLength on 64-bit targets: no string has more UTF-16 code units. Every
  // operation that grows a string checks it before building the result.
  static constexpr size_t kMaxStringLength = (size_t{1} << 29) - 24;
  Completion ThrowInvalidStringLength();           // RangeError: Invalid string length
  Completion ConcatStrings(String* a, String* b);  // a + b

  // [SECTION] errors (errors.cpp)
  Value MakeError(ErrorType type, std::string_view message);
  Value MakeAggregateError(Value errors, std::string_view message);
  Completion Throw(ErrorType type, std::string message);
  std::string CaptureStack(std::string_view header);
  std::string ErrorStack(Value error);
  void FinishErrorStack(Object* err);  // prepends the header on first read of `stack`

  // [SECTION] calls and the interpreter (interpreter.cpp)
  Completion Call(Value fn, Value this_value, std::span<const Value> args,
                  std::string_view frame_name = {});
  Completion Construct(Value ctor, std::span<const Value> args, Value new_target);
  Completion RunScript(Script& script, std::string_view frame_name);
  Completion ResumeAsync(AsyncState* state, Value value, bool is_throw);
  Completion ResumeFrame(AsyncState* state, uint32_t& depth);
  // True when a nested entry (Call, Construct, ResumeFrame) has no C++ stack left.
  bool NativeStackExhausted();
  // ECMA-262 27.5.3.3 GeneratorResume / 27.5.3.4 GeneratorResumeAbrupt (generator.cpp).
  Completion ResumeGenerator(Generator* gen, Value value, ResumeKind kind);
  // ECMA-262 27.6.3 async generators (async_generator.cpp): AsyncGeneratorResume, the
  // settling of the first request (AsyncGeneratorCompleteStep), and what follows the body's
  // completion (AsyncGeneratorDrainQueue, AsyncGeneratorAwaitReturn).
  Completion ResumeAsyncGenerator(Generator* gen, Value value, ResumeKind kind);
  void AsyncGeneratorCompleteStep(Generator* gen, Value value, bool is_throw, bool done);
  void AsyncGeneratorDrainQueue(Generator* gen);
  void AsyncGeneratorAwaitReturn(Generator* gen);
  // ECMA-262 7.4.3 GetIterator(obj, async): @@asyncIterator, else the sync iterator wrapped
  // by CreateAsyncFromSyncIterator. `text` names the operand in "x is not async iterable".
  Completion GetAsyncIterator(Value v, Value& record, std::string_view text);
  uint64_t steps = 0;
  TierLedger tiers;                       // hot steps and tier-ups (tiers.h)
  uint64_t step_budget = UINT64_MAX;      // Checkpoint() is due at this count
  uint64_t embedder_budget = UINT64_MAX;  // Hooks::OnStepBudgetReached is due at this count
  uint32_t max_call_depth = 10000;
  SourceLoc last_throw_loc;
  bool last_throw_internal = false;  // that throw statement was in embedder library code
  SourceLoc current_statement;       // the last statement started
  Value current_new_target;          // for native constructors
  SourceLoc CurrentLoc() const;
  // Where the innermost frame of user code is executing: the call, `await` or `return` that
  // is running now (internal library frames are skipped; 0:0 when no user code runs). What
  // a queued job, timer or I/O request names as the place that queued it.
  SourceLoc CallSite() const;
  // The file of the innermost non-internal frame (CallSite's), or null.
  const std::shared_ptr<const std::string>* CallSiteFile() const;
  uint64_t next_activation = 1;  // AsyncState::activation of the next async call

  // [SECTION] promises and jobs (promise.cpp): ECMA-262 27.2
  // V8's NewJSPromise(parent): `parent` is what the init promise hook is told.
  Promise* NewPromise(Value parent = Value::Undefined());
  Completion NewPromiseCapability(Value ctor, Value& promise, Value& resolve, Value& reject,
                                  Value parent = Value::Undefined());
  void CreateResolvingFunctions(Promise* p, Value& resolve, Value& reject);
  void ResolvePromise(Promise* p, Value resolution);  // the resolve function's body
  void FulfillPromise(Promise* p, Value v);
  void RejectPromise(Promise* p, Value reason);
  void TriggerReactions(Promise* p);
  Completion PromiseResolve(Value ctor, Value x, Value parent = Value::Undefined());  // 27.2.4.7.1
  void PerformPromiseThen(Promise* p, PromiseReaction reaction);
  // Promise.prototype.then's steps with a given label for the reactions' jobs.
  Completion PromiseThen(Value promise, Value on_fulfilled, Value on_rejected,
                         const char* label = "then callback");
  Completion Invoke(Value target, std::string_view method, std::span<const Value> args);
  void Await(AsyncState* state, Value v);
  void EnqueueJob(Job&& job);
  void EnqueueHostCallback(Value fn, SourceLoc at);
  Completion RunNextJob();
  Completion RunJob(const Job& job);           // the job's steps
  Completion RunJobWithHooks(const Job& job);  // ... between the before and after hooks
  size_t PendingJobs() const { return jobs_.size(); }
  // V8's promise hooks (promise_hooks.h, promise_hooks.cpp): null while none is set.
  std::unique_ptr<PromiseHooks> promise_hooks;
  void SetPromiseHooks(const PromiseHooks& hooks);  // none callable: off
  // Calls one of the hooks (when set and callable) with `promise`, and `parent` for init.
  void RunPromiseHook(Value PromiseHooks::*which, Value promise, Value parent = Value::Undefined());

  // [SECTION] the iteration protocol (iteration.cpp): ECMA-262 7.4. A record is an Iterator
  // cell (object.h); built-in iterators whose next is intrinsic are stepped directly.
  // 7.4.3 GetIterator(obj, sync). `site` and `text` (the source of a name or member chain,
  // or empty) word the TypeError for a non-iterable as V8 does at that kind of place.
  enum class IterSite : uint8_t { kSyntax, kBuiltin, kCallSpread };
  Completion GetIterator(Value iterable, Value& record, IterSite site = IterSite::kSyntax,
                         std::string_view text = {});
  Completion IteratorStep(Value record, Value& out, bool& done);  // 7.4.7 IteratorStepValue
  // 7.4.8 IteratorClose: calls return() unless the record is done; `completion` is what
  // closing interrupts (a throw completion wins over anything return() does).
  Completion IteratorClose(Value record, Completion completion);
  // 7.4.13 IterableToList, into a fresh array (the caller roots it before allocating).
  Completion IterableToArray(Value iterable, Array*& out, IterSite site = IterSite::kBuiltin,
                             std::string_view text = {});
  Value CreateIterResult(Value v, bool done);  // 7.4.14 CreateIterResultObject
  // One step of a built-in iterator (`done` when exhausted); an array's accessor element
  // or a hole read through the prototype chain can throw.
  Completion StepBuiltinIterator(Iterator* it, Value& out, bool& done);
  // A plain array iterated by the intrinsics: consumers may copy its elements directly,
  // with AppendIteratedElements.
  bool HasIntrinsicArrayIteration(Value v);
  // What iterating such an array yields, appended to `out` (rooted by the caller): every
  // index's element, a hole read with [[Get]] (an accessor, the prototype chain).
  Completion AppendIteratedElements(Array* src, Array* out);

  // [SECTION] formatting (inspect.cpp, number_format.cpp)
  std::string Inspect(Value v);
  std::string Inspect(Value v, const InspectOptions& options);
  std::string Format(std::span<const Value> args);

  // Deterministic Math.random (xorshift64*).
  uint64_t rng_state = 0x9E3779B97F4A7C15ull;
  double NextRandom();

  std::vector<std::unique_ptr<Script>>& scripts() { return scripts_; }
  String* key_length;
  String* key_prototype;
  String* key_constructor;
  String* key_name;
  String* key_message;
  String* key_stack;
  String* key_then;
  String* key_to_string;
  String* key_cause;
  String* key_proto;  // "__proto__"
  String* key_next;
  String* key_done;
  String* key_value;

 private:
  friend class Interpreter;
  friend class TempRoot;
  Property* FindInheritedSpecial(Object* start, String* key);
  Completion CallSetter(Property* p, String* key, Value receiver, Value v, bool strict);
  Completion FailReadOnly(Object* obj, String* key, bool strict);
  Completion FailNotExtensible(String* key, bool strict);
  template <typename T>
  void AttachMeter(T* cell);
  static size_t CellBytes(const Cell* c);
  void MarkRoots();
  void Mark(Value v);
  void MarkCell(Cell* c);
  void Trace(Cell* c);
  void Sweep();

  Vm& vm_;
  Hooks& hooks_;
  HeapMeter meter_;  // before cells_: the cells' storage gives its bytes back to it
  CellHeap cells_;
  size_t cell_count_ = 0;
  size_t allocated_since_gc_ = 0;
  static constexpr size_t kDefaultGcThreshold = 100000;
  size_t gc_threshold_ = kDefaultGcThreshold;
  size_t gc_interval_ = 0;  // fixed interval for stress tests; 0 = grow with the heap
  size_t gc_bytes_threshold_ = kMinGcBytes;  // also collect when the meter reaches this
  size_t live_after_gc_ = 0;                 // what the last collection left
  static constexpr size_t kMinGcBytes = 64u << 20;
  Cell* gray_ = nullptr;  // marked cells whose references are still to be marked
  std::unordered_map<std::string_view, String*> interned_;
  std::vector<Value> temp_roots_;
  std::vector<Value> persistents_;
  std::vector<uint32_t> free_persistents_;
  std::vector<Proto*> protos_;
  std::vector<std::unique_ptr<Script>> scripts_;
  JobQueue<Job> jobs_;

 public:
  // V8's ContinuationPreservedEmbedderData: one embedder value that promise reactions
  // capture when they are made and their jobs restore (Node's async context rides on it).
  Value continuation_data;
  // util.inspect.custom (lib/internal/util/inspect.js formatValue): the `inspect` function a
  // custom inspector receives as its third argument (the embedder's util.inspect), and the
  // error a custom inspector threw during the last Inspect or Format, which then stopped
  // early (undefined otherwise; TakeInspectError reads and clears it).
  Value inspect_function;
  Value inspect_error;
  bool inspect_threw = false;

 private:
  uint64_t next_job_id_ = 1;

 public:
  // The VM stack and frames (interpreter.cpp).
  static constexpr uint32_t kStackSize = 1u << 18;
  std::unique_ptr<Value[]> stack;
  uint32_t sp = 0;
  std::vector<Frame> frames;
  std::vector<Handler> handlers;
  uint32_t native_depth = 0;
  NativeStack native_stack;  // the C++ stack nested calls may use (native_stack.h)
  bool terminating = false;
  // The arrays whose toLocaleString is running: one met again prints "" (a cycle).
  std::vector<Object*> locale_join_active;
};

// Containers that grow after their cell is allocated count into the runtime's meter.
template <typename T>
void Runtime::AttachMeter(T* cell) {
  if constexpr (std::is_base_of_v<Object, T>)
    cell->props = HeapVector<Property>(HeapAllocator<Property>(&meter_));
  if constexpr (std::is_same_v<T, Array>)
    cell->elements = HeapVector<Value>(HeapAllocator<Value>(&meter_));
  if constexpr (std::is_same_v<T, Collection>) {
    cell->keys = HeapVector<Value>(HeapAllocator<Value>(&meter_));
    cell->values = HeapVector<Value>(HeapAllocator<Value>(&meter_));
    cell->index = Collection::Index(0, std::hash<size_t>(), std::equal_to<size_t>(),
                                    HeapAllocator<Value>(&meter_));
  }
  if constexpr (std::is_same_v<T, ArrayBufferObject>)
    cell->bytes = HeapVector<uint8_t>(HeapAllocator<uint8_t>(&meter_));
  if constexpr (std::is_same_v<T, Env>) {
    HeapVector<Value> slots(cell->slots.begin(), cell->slots.end(), HeapAllocator<Value>(&meter_));
    cell->slots = std::move(slots);
  }
}

// Registration of the builtins, one function per file (builtins_*.cpp).
void InstallObjectBuiltins(Runtime& rt);
void InstallObjectAttributeBuiltins(Runtime& rt);  // after InstallObjectBuiltins
void InstallReflectBuiltins(Runtime& rt);
void InstallFunctionBuiltins(Runtime& rt);
void InstallArrayBuiltins(Runtime& rt);
void InstallStringBuiltins(Runtime& rt);
void InstallNumberBuiltins(Runtime& rt);
void InstallBigIntBuiltins(Runtime& rt);  // builtins_bigint.cpp
void InstallMathBuiltins(Runtime& rt);
void InstallJsonBuiltins(Runtime& rt);
void InstallErrorBuiltins(Runtime& rt);
void InstallPromiseBuiltins(Runtime& rt);
void InstallCollectionBuiltins(Runtime& rt);
void InstallGlobalFunctions(Runtime& rt);
void InstallUriBuiltins(Runtime& rt);  // URI functions, escape, unescape
void InstallRegExpBuiltins(Runtime& rt);
void InstallStringRegExpBuiltins(Runtime& rt);  // after InstallStringBuiltins
void InstallDateBuiltins(Runtime& rt);
void InstallRefusedBuiltins(Runtime& rt);  // builtins_refused.cpp
// A Date object (a HostObject holding a time value).
bool IsDateObject(Value v);
// A new Date (with %Date.prototype%) holding the same time value as the Date `date`.
Value CloneDateObject(Runtime& rt, Value date);
void InstallSymbolBuiltins(Runtime& rt);
void InstallIteratorBuiltins(Runtime& rt);
void InstallArrayBufferBuiltins(Runtime& rt);  // before the TypedArrays and DataView
void InstallTypedArrayBuiltins(Runtime& rt);   // after InstallArrayBuiltins
void InstallTypedArrayMethods(Runtime& rt);    // after InstallTypedArrayBuiltins
void InstallDataViewBuiltins(Runtime& rt);
void InstallGeneratorBuiltins(Runtime& rt);
void InstallAsyncGeneratorBuiltins(Runtime& rt);  // after InstallGeneratorBuiltins
void InstallAsyncFromSyncIterator(Runtime& rt);   // async_iteration.cpp, by the above
// get Symbol.prototype.description (builtins_symbol.cpp), answered for symbol receivers.
Completion SymbolDescription(Runtime& rt, Value receiver);

// ECMA-262 10.2.9 SetFunctionName step 2: a function stored under a symbol key is named
// "[description]" ("" when the symbol has none); under a string key, the string.
inline std::string FunctionNameForKey(String* key) {
  if (key->kind != CellKind::kSymbol) return key->data;
  Value d = static_cast<Symbol*>(key)->description;
  return d.IsString() ? "[" + d.As<String>()->data + "]" : "";
}

// Number::toString (ECMA-262 6.1.6.1.20) and radix conversion.
std::string NumberToString(double d);
std::string NumberToRadixString(double d, int radix);
std::string NumberToLocaleString(double d);
// The shortest digits that round-trip d > 0 and the exponent of the first one:
// d = d1.d2d3... * 10^exponent.
void ShortestDigits(double d, std::string& digits, int& exponent);

// ECMA-262 7.1.6 ToInt32 / 7.1.7 ToUint32 of a number.
int32_t ToInt32(double d);
uint32_t ToUint32(double d);

// Helpers for natives.
inline Completion Ok(Value v = Value::Undefined()) {
  return {Completion::Type::kNormal, v};
}
inline Completion ThrowValue(Value v) {
  return {Completion::Type::kThrow, v};
}

inline TempRoot::TempRoot(Runtime& rt, Value v) : rt_(rt) {
  rt_.PushTempRoot(v);
}
inline TempRoot::~TempRoot() {
  rt_.PopTempRoot();
}

// Roots several values for one scope with a single push and pop (a job's references).
class TempRoots {
 public:
  TempRoots(Runtime& rt, std::initializer_list<Value> vs) : rt_(rt), count_(vs.size()) {
    rt_.PushTempRoots(vs);
  }
  ~TempRoots() { rt_.PopTempRoots(count_); }
  TempRoots(const TempRoots&) = delete;
  TempRoots& operator=(const TempRoots&) = delete;

 private:
  Runtime& rt_;
  size_t count_;
};

}  // namespace loopscope::js
