// engine/js/object.h — the heap cells: strings, objects, arrays, functions, promises...
//
// Every JavaScript object derives from Object, which keeps its own properties as a flat
// vector in insertion order (a hash index is added beyond kIndexThreshold keys). Property
// keys are interned Strings, so a key comparison is a pointer comparison. Cells are
// allocated and freed only by the heap (heap.cpp).
// Where to look next: runtime.h (allocation and the realm), bytecode.h (Proto's code).
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/js/embedder.h"
#include "engine/js/heap_meter.h"
#include "engine/js/tiers.h"
#include "engine/js/value.h"

namespace loopscope::js {

class Runtime;
struct Object;
struct Proto;
struct Env;
struct AsyncState;

struct String : Cell {
  explicit String(std::string s) : Cell(CellKind::kString), data(std::move(s)) {}
  std::string data;
  bool interned = false;
  int32_t utf16_length = -1;  // computed on first use
  size_t hash = 0;

 protected:
  String(CellKind k, std::string s) : Cell(k), data(std::move(s)) {}
};

// ECMA-262 6.1.5 The Symbol Type. A symbol is a property key like an interned String
// (Property::key and Object::Find compare pointers), so it is a String cell of its own
// kind: Value::IsString() is false for it. `data` holds its display form "Symbol(desc)",
// which never reads as an array index or a builtin key and is what V8's messages print.
// What a Private Name stands for: a field, or a method or accessor shared by the instances.
enum class PrivateKind : uint8_t { kNone, kField, kMethod, kAccessor };

struct Symbol : String {
  Symbol(std::string display, Value desc)
      : String(CellKind::kSymbol, std::move(display)), description(desc) {
    interned = true;  // already unique: ToPropertyKey must never re-intern its text
  }
  Value description;        // undefined or a String value ([[Description]])
  bool registered = false;  // created by Symbol.for (the GlobalSymbolRegistry)
  // A class's Private Name (ECMA-262 6.2.12) is a symbol of its own kind that never leaves
  // the engine: only `#x` in the class body reaches it (private_names.h).
  PrivateKind private_kind = PrivateKind::kNone;
  bool private_static = false;      // a static method or accessor: its brand is the class
  Value private_value;              // a method's function or an accessor's Accessor cell
  String* private_class = nullptr;  // the declaring class's name as written (V8's messages)
};

// An own property (ECMA-262 6.1.7.1 Property Attributes). A data property keeps its value;
// an accessor property keeps an Accessor cell in `value` and `accessor` is set. The flags
// sit in the padding after `value`, so a Property stays three words.
struct Property {
  String* key;
  Value value;
  bool enumerable;
  bool writable = true;  // data properties only
  bool configurable = true;
  bool accessor = false;
};

// The [[Get]] and [[Set]] of an accessor property; undefined when absent.
struct Accessor : Cell {
  Accessor(Value get, Value set) : Cell(CellKind::kAccessor), getter(get), setter(set) {}
  Value getter;
  Value setter;
};

// An object's private elements in the order added, with a hash index once there are many
// (one key held by thousands of WeakMaps must not make each lookup a long scan). Both count
// towards the heap limit through the owner's allocator.
class PrivateElements {
 public:
  static constexpr size_t kIndexThreshold = 8;
  explicit PrivateElements(const HeapAllocator<Property>& alloc)
      : list_(alloc),
        index_(0, std::hash<const String*>(), std::equal_to<const String*>(), alloc) {}
  Property* Find(const String* key) {
    if (!index_.empty()) {
      auto it = index_.find(key);
      return it == index_.end() ? nullptr : &list_[it->second];
    }
    for (Property& p : list_)
      if (p.key == key) return &p;
    return nullptr;
  }
  void Add(const Property& p) {
    list_.push_back(p);
    if (!index_.empty()) {
      index_.emplace(p.key, static_cast<uint32_t>(list_.size() - 1));
    } else if (list_.size() > kIndexThreshold) {
      for (uint32_t i = 0; i < list_.size(); ++i) index_.emplace(list_[i].key, i);
    }
  }
  // Removes `key`'s element; the last one takes its place (the first stays first).
  bool Remove(const String* key) {
    Property* p = Find(key);
    if (!p) return false;
    size_t at = static_cast<size_t>(p - list_.data());
    if (!index_.empty()) index_.erase(key);
    if (at + 1 != list_.size()) {
      list_[at] = list_.back();
      if (!index_.empty()) index_[list_[at].key] = static_cast<uint32_t>(at);
    }
    list_.pop_back();
    return true;
  }
  const HeapVector<Property>& list() const { return list_; }

 private:
  using Index = std::unordered_map<const String*, uint32_t, std::hash<const String*>,
                                   std::equal_to<const String*>,
                                   HeapAllocator<std::pair<const String* const, uint32_t>>>;
  HeapVector<Property> list_;
  Index index_;
};

struct Object : Cell {
  static constexpr size_t kIndexThreshold = 24;
  explicit Object(Object* proto, CellKind k = CellKind::kObject) : Cell(k), prototype(proto) {}

  // Own property lookup; returns null when absent.
  Property* Find(String* key) {
    if (index) {
      auto it = index->find(key);
      return it == index->end() ? nullptr : &props[it->second];
    }
    for (Property& p : props)
      if (p.key == key) return &p;
    return nullptr;
  }
  // Sets an own data property, creating it (with `enumerable`, writable and configurable)
  // when absent. Attributes are not checked: this is the engine's own definition, as
  // CreateDataProperty; [[Set]] with its checks is Runtime::SetProperty.
  void Put(String* key, Value v, bool enumerable = true) {
    if (Property* p = Find(key)) {
      if (p->accessor) *p = Property{key, v, enumerable};
      p->value = v;
      return;
    }
    Append(Property{key, v, enumerable});
  }
  void Append(const Property& property) {
    props.push_back(property);
    String* key = property.key;
    if (index) {
      index->emplace(key, props.size() - 1);
    } else if (props.size() > kIndexThreshold) {
      index = std::make_unique<PropertyIndex>(0, std::hash<String*>(), std::equal_to<String*>(),
                                              props.get_allocator());
      for (uint32_t i = 0; i < props.size(); ++i) index->emplace(props[i].key, i);
    }
  }
  bool Remove(String* key) {
    for (size_t i = 0; i < props.size(); ++i) {
      if (props[i].key != key) continue;
      props.erase(props.begin() + static_cast<long>(i));
      if (index) {
        // Only the properties after it moved: their positions shift down by one (rebuilding
        // the whole index made deleting from a big object, the global, quadratic).
        index->erase(key);
        for (size_t j = i; j < props.size(); ++j) (*index)[props[j].key] = static_cast<uint32_t>(j);
      }
      return true;
    }
    return false;
  }

  // Flags first, so they share the Cell header's padding.
  // Object.freeze / Object.seal happened. The own properties carry their attributes; an
  // array's elements and length have none of their own, so these flags are theirs.
  bool frozen = false;
  bool sealed = false;
  bool extensible = true;
  // Some own property is an accessor or read-only: [[Set]] on an object that inherits from
  // this one must look here (properties.cpp). Never cleared; a stale true only costs time.
  bool has_special_props = false;
  // Functions: name, length and prototype are own properties in `props` from now on
  // (materialised by defineProperty or delete) instead of answered from the Proto.
  bool builtin_props_own = false;
  // Error objects: `stack` holds only the frames until first read, when the
  // "Name: message" header is prepended (V8 formats the stack lazily).
  bool stack_pending = false;
  // [[Set]] and [[DefineOwnProperty]] ask Hooks::OnInterceptedStore first (Vm::InterceptStores).
  bool intercept_stores = false;
  Object* prototype;  // [[Prototype]] (null for Object.create(null))
  HeapVector<Property> props;
  // [[PrivateElements]] (ECMA-262 6.1.7.4): kept apart from props, so no key enumeration,
  // freeze or inspect ever sees them. Keys are private Symbols (and a weak collection's
  // entries: builtins_weak.cpp). Null until the first one.
  std::unique_ptr<PrivateElements> private_elements;
  Property* FindPrivate(const String* key) {
    return private_elements ? private_elements->Find(key) : nullptr;
  }
  void AddPrivate(const Property& p) {
    if (!private_elements)
      private_elements = std::make_unique<PrivateElements>(props.get_allocator());
    private_elements->Add(p);
  }
  using PropertyIndex =
      std::unordered_map<String*, uint32_t, std::hash<String*>, std::equal_to<String*>,
                         HeapAllocator<std::pair<String* const, uint32_t>>>;
  std::unique_ptr<PropertyIndex> index;
};

// The elements of an array whose length is far beyond what it holds (`a.length =
// 4294967295`, `new Array(1e9)`, `a[4e9] = 1`). Like V8's dictionary-mode elements, each
// costs one map entry and the holes between them cost nothing.
struct SparseElements {
  using Items = std::map<uint32_t, Value, std::less<uint32_t>,
                         HeapAllocator<std::pair<const uint32_t, Value>>>;
  explicit SparseElements(uint32_t len, HeapMeter* meter)
      : length(len), items(Items::allocator_type(meter)) {}
  uint32_t length;  // the array's length, at least the dense part's size
  Items items;      // indices from the dense part's size up to length - 1
};

struct Array : Object {
  static constexpr uint32_t kMaxLength = 4294967295u;
  explicit Array(Object* prototype) : Object(prototype, CellKind::kArray) {}

  // The array's length; indices past the dense part that hold nothing are holes.
  uint32_t Length() const {
    return sparse ? sparse->length : static_cast<uint32_t>(elements.size());
  }
  // The element at `i`, or Value::Hole() when there is none.
  Value Get(uint32_t i) const {
    if (i < elements.size()) return elements[i];
    if (!sparse) return Value::Hole();
    auto it = sparse->items.find(i);
    return it == sparse->items.end() ? Value::Hole() : it->second;
  }

  HeapVector<Value> elements;  // the dense part: indices [0, size); holes are Value::Hole()
  std::unique_ptr<SparseElements> sparse;  // the rest, for the rare array that needs it
  bool length_writable = true;             // Object.defineProperty(a, 'length', {writable})
};

// A source position attached to a bytecode offset.
struct LineEntry {
  uint32_t offset;
  SourceLoc loc;
};

// Compiled code of one function (or of a script's top level).
struct Proto : Cell {
  Proto() : Cell(CellKind::kProto) {}
  std::vector<uint8_t> code;
  std::vector<Value> constants;  // numbers, Strings, nested Protos
  std::vector<LineEntry> lines;  // sorted by offset
  std::string name;              // declared or inferred name ("" = anonymous)
  std::string resume_label;      // "resume <name>", built at its first await (JobInfo::label)
  std::shared_ptr<const std::string> file;
  SourceLoc loc;              // where the function is defined
  uint32_t num_params = 0;    // formal parameters before a rest parameter
  uint32_t length = 0;        // Function.prototype.length (params before a default)
  uint32_t num_regs = 0;      // registers after callee, this and the params
  uint32_t max_stack = 0;     // operand stack the code may need above the registers
  uint32_t function_env = 0;  // slots of the Env created at entry (0 = none)
  bool has_rest = false;
  bool is_arrow = false;
  bool is_async = false;
  bool is_generator = false;
  bool is_method = false;
  bool is_class_ctor = false;
  bool is_derived = false;
  bool is_class = false;
  bool internal = false;  // embedder library code: no hooks, no frames shown
  bool is_script = false;
  bool strict = false;          // strict mode: `this` is not coerced to the global object
  bool uses_arguments = false;  // the call keeps all its arguments for `arguments`
  // `name` was given at run time from a computed key (Runtime::SetFunctionNameFromKey):
  // closures named differently from the first carry their own `name` property.
  bool name_from_key = false;
  ProtoTier tier;  // interpreted or optimised (tiers.h)
  // A mapped arguments object (ECMA-262 10.4.4.7): per parameter, its Env slot (-1 for a
  // name a later parameter repeats).
  bool mapped_arguments = false;
  std::vector<int32_t> mapped_params;

  SourceLoc LocAt(uint32_t offset) const;
};

struct Env : Cell {
  Env(Env* parent_env, uint32_t size)
      : Cell(CellKind::kEnv), parent(parent_env), slots(size, Value::Hole()) {}
  Env* parent;
  HeapVector<Value> slots;
};

struct Closure : Object {
  Closure(Object* prototype, Proto* p, Env* e)
      : Object(prototype, CellKind::kClosure), proto(p), env(e) {}
  Proto* proto;
  Env* env;
  Object* home_object = nullptr;  // for super.x inside methods
  // Arrows: the non-arrow function whose `super()` and new.target they share (ECMA-262
  // 9.4.3 GetThisEnvironment skips arrows), and that call's new.target.
  Closure* lexical_function = nullptr;
  Value lexical_new_target;
};

struct NativeArgs;
// A builtin's body. `self` gives access to the function's internal slots.
using BuiltinFn = Completion (*)(Runtime& rt, NativeCall& call, struct Native* self);

struct Native : Object {
  Native(Object* prototype, String* fn_name, int fn_length)
      : Object(prototype, CellKind::kNative), name(fn_name), length(fn_length) {}
  String* name;
  int length;
  BuiltinFn builtin = nullptr;
  NativeFunction host;  // used when builtin is null (embedder functions)
  Value slots[3];       // internal slots (e.g. a resolve function's promise)
  bool is_constructor = false;
};

enum class PromiseState : uint8_t { kPending, kFulfilled, kRejected };

// ECMA-262 27.2.1.2 PromiseReaction Records — the fulfill and the reject record of one
// `then` kept together — plus the engine's await continuation.
struct PromiseReaction {
  Value capability;    // the derived promise (undefined for await and internal reactions)
  Value resolve;       // its resolving functions; undefined when the capability is a
  Value reject;        //   native promise whose functions never escaped (settled directly)
  Value on_fulfilled;  // the then/catch callbacks, or undefined
  Value on_rejected;
  AsyncState* await_state = nullptr;    // set: resume this async function instead
  bool is_reject = false;               // set on the job: which of the two records runs
  const char* label = "then callback";  // shown in the step log (JobInfo::label)
  // The embedder's continuation data when the reaction was made (V8's
  // ContinuationPreservedEmbedderData): restored while its job runs.
  Value context;
  Value Handler() const { return is_reject ? on_rejected : on_fulfilled; }
};

// A pending promise's reactions, in registration order. Nearly every promise gets one `then`
// (a chain, an await), so the first reaction lives inside the promise: no allocation, and
// settling reads it from the cache line it already touched. Later ones go to `rest_`, made
// on the second: one pointer in the promise instead of an empty vector's three words keeps
// the promise cell to three cache lines.
class ReactionList {
 public:
  bool empty() const { return count_ == 0; }
  void push_back(const PromiseReaction& r) {
    if (count_++ == 0) {
      first_ = r;
      return;
    }
    if (!rest_) rest_ = std::make_unique<std::vector<PromiseReaction>>();
    rest_->push_back(r);
  }
  template <typename Fn>
  void ForEach(Fn&& fn) const {
    if (count_ == 0) return;
    fn(first_);
    if (rest_)
      for (const PromiseReaction& r : *rest_) fn(r);
  }

 private:
  PromiseReaction first_;
  std::unique_ptr<std::vector<PromiseReaction>> rest_;
  uint32_t count_ = 0;
};

struct Promise : Object {
  explicit Promise(Object* prototype) : Object(prototype, CellKind::kPromise) {}
  Value result;
  ReactionList reactions;  // [[PromiseFulfill/RejectReactions]] together
  PromiseState state = PromiseState::kPending;
  bool is_handled = false;
  bool host_resolved = false;  // Vm::ResolvePromise / RejectPromise already called
};

// Map and Set keep insertion order with tombstones; the index maps a key's identity
// (SameValueZero) to its position.
struct MapKeyHash {
  size_t operator()(uint64_t k) const { return std::hash<uint64_t>()(k); }
};
struct Collection : Object {
  Collection(Object* prototype, CellKind k) : Object(prototype, k) {}
  HeapVector<Value> keys;    // Hole for deleted entries
  HeapVector<Value> values;  // Map only
  using Index = std::unordered_multimap<size_t, uint32_t, std::hash<size_t>, std::equal_to<size_t>,
                                        HeapAllocator<std::pair<const size_t, uint32_t>>>;
  Index index;  // content hash -> position
  uint32_t size = 0;
};

struct HostObject : Object {
  HostObject(Object* prototype, std::string cls, std::shared_ptr<void> d)
      : Object(prototype, CellKind::kHost), class_name(std::move(cls)), data(std::move(d)) {}
  std::string class_name;
  std::shared_ptr<void> data;
  std::function<std::string(class Vm&, Value)> inspector;
  // Made by the embedder (Vm::NewHostObject): only then is `data` the embedder's type.
  // Date and RegExp keep the engine's own records there.
  bool from_embedder = false;
};

// kAsyncFromSync: an %AsyncFromSyncIteratorPrototype% object (ECMA-262 27.1.6), whose
// `target` is the sync iterator record it wraps.
enum class IterKind : uint8_t { kValues, kKeys, kEntries, kAsyncFromSync };
// Two uses. A built-in iterator (Array, String, Map, Set Iterator objects, and the for-in
// key list): it walks `target` itself. An iterator record (ECMA-262 7.4.1) for any other
// iterator: `target` is the iterator object and `next_method` its cached next; records
// only live on the operand stack and in natives, never reach JavaScript.
struct Iterator : Object {
  Iterator(Object* prototype, Value t, IterKind k)
      : Object(prototype, CellKind::kIterator), target(t), kind(k) {}
  Value target;
  Value next_method;  // records only
  IterKind kind;
  bool is_record = false;
  bool done = false;  // records: [[Done]], so a finished iterator is never closed
  uint32_t position = 0;
};

// ECMA-262 10.4.4 arguments exotic objects. The indices are ordinary properties; while an
// index is mapped (a sloppy function with a simple parameter list), its value lives in the
// parameter's Env slot instead, so a write to either shows through the other
// (arguments_object.cpp).
struct ArgumentsObject : Object {
  explicit ArgumentsObject(Object* prototype) : Object(prototype, CellKind::kArguments) {}
  Env* env = nullptr;                 // the function's Env, holding the mapped parameters
  std::vector<int32_t> mapped_slots;  // per index: its parameter's Env slot, or -1
  bool strict = false;                // unmapped: `callee` throws (10.4.4.6 step 8)
};

// ECMA-262 21.1.4 / 22.1.4 / 20.3.4: a Number, String or Boolean object, whose
// [[NumberData]], [[StringData]] or [[BooleanData]] is `primitive` (wrapper_objects.cpp).
struct PrimitiveWrapper : Object {
  PrimitiveWrapper(Object* prototype, Value v)
      : Object(prototype, CellKind::kPrimitiveWrapper), primitive(v) {}
  Value primitive;
};

struct Handler {
  uint32_t frame_depth;  // index of the frame that installed it
  uint32_t catch_ip;
  uint32_t sp;
  Env* env;
};

// A suspended async function: its frame, registers and operand stack, copied off the
// VM stack at `await` and copied back when the await reaction job resumes it.
struct AsyncState : Cell {
  AsyncState() : Cell(CellKind::kAsyncState) {}
  Value promise;  // the promise the async function returned
  Closure* closure = nullptr;
  std::vector<Value> saved_stack;
  std::vector<Handler> saved_handlers;  // frame_depth relative (0)
  Env* env = nullptr;
  uint32_t ip = 0;
  Value new_target;
  uint64_t activation = 0;  // numbers this call for Hooks::OnFrameSuspend / OnFrameResume
  struct Generator* generator = nullptr;  // set: a generator's frame, not an async function's
};

// ECMA-262 27.5.3 [[GeneratorState]] and 27.6.3 [[AsyncGeneratorState]] (which adds
// awaiting-return: return() waits for its value before the generator completes).
enum class GeneratorState : uint8_t {
  kSuspendedStart,
  kSuspendedYield,
  kExecuting,
  kCompleted,
  kAwaitingReturn
};
// How a generator is resumed: next(v), throw(e) or return(v) (the value kinds the compiled
// code after a yield dispatches on; see Op::kResumeYield).
enum class ResumeKind : uint8_t { kNext, kThrow, kReturn };

// ECMA-262 27.6.3.1 AsyncGeneratorRequest Records: one next/return/throw call waiting for
// its turn, and the promise that call returned.
struct AsyncGeneratorRequest {
  ResumeKind kind;
  Value value;
  Promise* promise;
};

// A generator object: its suspended frame lives in `frame` between next() calls. An async
// generator (`is_async`) also keeps [[AsyncGeneratorQueue]] (async_generator.cpp).
struct Generator : Object {
  explicit Generator(Object* prototype) : Object(prototype, CellKind::kGenerator) {}
  AsyncState* frame = nullptr;
  GeneratorState state = GeneratorState::kSuspendedStart;
  bool is_async = false;
  std::deque<AsyncGeneratorRequest> queue;
};

}  // namespace loopscope::js
