// engine/js/heap.cpp — allocation helpers and the mark-sweep garbage collector.
//
// The collector runs only at safe points of the dispatch loop (calls and backward jumps),
// never inside a host API call, so native code only has to root what it holds across a
// call back into JavaScript (TempRoot). Roots: the VM stack and frames, handlers, the job
// queue, the realm, compiled code, Persistent handles, temp roots and Hooks::TraceRoots.
// Interned strings are weak: the table forgets the ones nothing else references.
// Where to look next: runtime.h (Alloc), object.h (what each cell references).
#include <algorithm>
#include <cassert>

#include "engine/js/bigint.h"
#include "engine/js/runtime.h"
#include "engine/js/unicode.h"

namespace loopscope::js {

String* Runtime::NewString(std::string s) {
  JoinSurrogatePairs(s);  // unicode.h: a high and a low surrogate that meet are one character
  return Alloc<String>(std::move(s));
}

String* Runtime::NewConcatenatedString(std::string s, size_t boundary) {
  if (boundary >= 3 && boundary + 3 <= s.size() &&
      HasSplitSurrogatePair(std::string_view(s).substr(boundary - 3, 6)))
    JoinSurrogatePairs(s);
  return Alloc<String>(std::move(s));
}

String* Runtime::FindInterned(std::string_view s) const {
  auto it = interned_.find(s);
  return it == interned_.end() ? nullptr : it->second;
}

String* Runtime::Intern(std::string_view s) {
  if (auto it = interned_.find(s); it != interned_.end()) return it->second;
  if (HasSplitSurrogatePair(s)) {  // rare: intern the joined text (unicode.h)
    std::string joined(s);
    JoinSurrogatePairs(joined);
    return Intern(joined);
  }
  String* str = Alloc<String>(std::string(s));
  str->interned = true;
  interned_.emplace(std::string_view(str->data), str);
  return str;
}

Symbol* Runtime::NewSymbol(Value description) {
  std::string text = "Symbol(";
  if (description.IsString()) text += description.As<String>()->data;
  return Alloc<Symbol>(text + ")", description);
}

Object* Runtime::NewObject(Object* proto) {
  return Alloc<Object>(proto);
}
Array* Runtime::NewArray() {
  return Alloc<Array>(realm.array_proto);
}

Native* Runtime::NewNative(std::string_view name, int length, BuiltinFn fn) {
  Native* n = Alloc<Native>(realm.function_proto, Intern(name), length);
  n->builtin = fn;
  return n;
}

Native* Runtime::DefineNative(Object* target, std::string_view name, int length, BuiltinFn fn) {
  Native* n = NewNative(name, length, fn);
  target->Put(Intern(name), Value::FromCell(n), false);
  return n;
}

uint32_t Runtime::AddPersistent(Value v) {
  if (!free_persistents_.empty()) {
    uint32_t slot = free_persistents_.back();
    free_persistents_.pop_back();
    persistents_[slot] = v;
    return slot;
  }
  persistents_.push_back(v);
  return static_cast<uint32_t>(persistents_.size() - 1);
}

void Runtime::RemovePersistent(uint32_t slot) {
  persistents_[slot] = Value::Undefined();
  free_persistents_.push_back(slot);
}

namespace {
class GcTracer : public RootTracer {
 public:
  explicit GcTracer(Runtime& rt, void (*mark)(Runtime&, Value)) : rt_(rt), mark_(mark) {}
  void Mark(Value v) override { mark_(rt_, v); }

 private:
  Runtime& rt_;
  void (*mark_)(Runtime&, Value);
};
}  // namespace

void Runtime::Mark(Value v) {
  if (v.IsCell()) MarkCell(v.AsCell());
}

void Runtime::MarkCell(Cell* c) {
  if (!c || c->marked) return;
  c->marked = true;
  c->gray_next = gray_;
  gray_ = c;
}

void Runtime::MarkRoots() {
  for (uint32_t i = 0; i < sp; ++i) Mark(stack[i]);
  Mark(continuation_data);
  if (promise_hooks) {
    for (Value v :
         {promise_hooks->init, promise_hooks->before, promise_hooks->after, promise_hooks->settled})
      Mark(v);
  }
  Mark(inspect_function);
  Mark(inspect_error);
  for (const Frame& f : frames) {
    MarkCell(f.closure);
    MarkCell(f.env);
    MarkCell(f.async);
    MarkCell(f.arguments);
    Mark(f.new_target);
  }
  for (const Handler& h : handlers) MarkCell(h.env);
  jobs_.ForEach([this](const Job& j) {
    const PromiseReaction& r = j.reaction;
    for (Value v : {r.capability, r.resolve, r.reject, r.on_fulfilled, r.on_rejected, j.argument,
                    j.thenable, j.then_fn, j.callback, j.context, r.context})
      Mark(v);
    MarkCell(r.await_state);
  });
  Object* realm_cells[] = {realm.object_proto,
                           realm.function_proto,
                           realm.array_proto,
                           realm.string_proto,
                           realm.number_proto,
                           realm.boolean_proto,
                           realm.promise_proto,
                           realm.map_proto,
                           realm.set_proto,
                           realm.iterator_proto,
                           realm.promise_ctor,
                           realm.global,
                           realm.regexp_proto,
                           realm.date_proto,
                           realm.array_buffer_proto,
                           realm.data_view_proto,
                           realm.typed_array_proto,
                           realm.typed_array_ctor,
                           realm.buffer_proto,
                           realm.symbol_proto,
                           realm.bigint_proto,
                           realm.array_iterator_proto,
                           realm.string_iterator_proto,
                           realm.map_iterator_proto,
                           realm.set_iterator_proto,
                           realm.generator_proto,
                           realm.async_generator_proto,
                           realm.async_generator_function_proto,
                           realm.async_iterator_proto,
                           realm.async_from_sync_iterator_proto};
  for (Object* o : realm_cells) MarkCell(o);
  for (Symbol* s : realm.symbols) MarkCell(s);
  for (auto& [text, s] : symbol_registry) MarkCell(s);
  Mark(realm.promise_then);
  Mark(regexp_subject);
  Mark(realm.has_instance);
  Mark(realm.array_values);
  Mark(realm.iterator_next);
  for (Object* o : realm.error_protos) MarkCell(o);
  for (Object* o : realm.error_ctors) MarkCell(o);
  for (Object* o : realm.typed_array_protos) MarkCell(o);
  for (Object* o : realm.typed_array_ctors) MarkCell(o);
  for (Proto* p : protos_) MarkCell(p);
  for (Value v : temp_roots_) Mark(v);
  for (Value v : persistents_) Mark(v);
  Mark(current_new_target);
  for (String* k : {key_length, key_prototype, key_constructor, key_name, key_message, key_stack,
                    key_then, key_to_string, key_cause, key_proto, key_next, key_done, key_value})
    MarkCell(k);
  GcTracer tracer(*this, [](Runtime& rt, Value v) { rt.Mark(v); });
  hooks_.TraceRoots(tracer);
}

void Runtime::Trace(Cell* c) {
  switch (c->kind) {
    case CellKind::kString:
    case CellKind::kBigInt:
      return;
    case CellKind::kSymbol: {
      Symbol* s = static_cast<Symbol*>(c);
      Mark(s->description);
      Mark(s->private_value);
      MarkCell(s->private_class);
      return;
    }
    case CellKind::kProto:
      for (Value v : static_cast<Proto*>(c)->constants) Mark(v);
      return;
    case CellKind::kEnv: {
      Env* e = static_cast<Env*>(c);
      MarkCell(e->parent);
      for (Value v : e->slots) Mark(v);
      return;
    }
    case CellKind::kAsyncState: {
      AsyncState* s = static_cast<AsyncState*>(c);
      Mark(s->promise);
      MarkCell(s->closure);
      for (Value v : s->saved_stack) Mark(v);
      for (const Handler& h : s->saved_handlers) MarkCell(h.env);
      MarkCell(s->env);
      Mark(s->new_target);
      MarkCell(s->generator);
      return;
    }
    case CellKind::kAccessor:
      Mark(static_cast<Accessor*>(c)->getter);
      Mark(static_cast<Accessor*>(c)->setter);
      return;
    default:
      break;
  }
  Object* o = static_cast<Object*>(c);
  MarkCell(o->prototype);
  for (const Property& p : o->props) {
    MarkCell(p.key);
    Mark(p.value);
  }
  if (o->private_elements) {
    for (const Property& p : o->private_elements->list()) {
      MarkCell(p.key);
      Mark(p.value);
    }
  }
  switch (c->kind) {
    case CellKind::kArray:
      for (Value v : static_cast<Array*>(c)->elements) Mark(v);
      break;
    case CellKind::kClosure: {
      Closure* f = static_cast<Closure*>(c);
      MarkCell(f->proto);
      MarkCell(f->env);
      MarkCell(f->home_object);
      MarkCell(f->lexical_function);
      Mark(f->lexical_new_target);
      break;
    }
    case CellKind::kNative: {
      Native* n = static_cast<Native*>(c);
      MarkCell(n->name);
      for (Value v : n->slots) Mark(v);
      break;
    }
    case CellKind::kPromise: {
      Promise* p = static_cast<Promise*>(c);
      Mark(p->result);
      p->reactions.ForEach([this](const PromiseReaction& r) {
        for (Value v :
             {r.capability, r.resolve, r.reject, r.on_fulfilled, r.on_rejected, r.context})
          Mark(v);
        MarkCell(r.await_state);
      });
      break;
    }
    case CellKind::kMap:
    case CellKind::kSet: {
      Collection* m = static_cast<Collection*>(c);
      for (Value v : m->keys) Mark(v);
      for (Value v : m->values) Mark(v);
      break;
    }
    case CellKind::kGenerator: {
      Generator* g = static_cast<Generator*>(c);
      MarkCell(g->frame);
      for (const AsyncGeneratorRequest& r : g->queue) {
        Mark(r.value);
        MarkCell(r.promise);
      }
      break;
    }
    case CellKind::kIterator:
      Mark(static_cast<Iterator*>(c)->target);
      Mark(static_cast<Iterator*>(c)->next_method);
      break;
    case CellKind::kArguments:
      MarkCell(static_cast<ArgumentsObject*>(c)->env);
      break;
    case CellKind::kPrimitiveWrapper:
      Mark(static_cast<PrimitiveWrapper*>(c)->primitive);
      break;
    case CellKind::kTypedArray:
      MarkCell(static_cast<TypedArrayObject*>(c)->buffer);
      break;
    case CellKind::kDataView:
      MarkCell(static_cast<DataViewObject*>(c)->buffer);
      break;
    default:
      break;
  }
}

// What a dead cell gives back before the heap destroys it; its HeapVectors give their
// storage back to the meter themselves.
void Runtime::Sweep() {
  cell_count_ = cells_.Sweep([this](Cell* c) {
    if (c->kind == CellKind::kString && static_cast<String*>(c)->interned)
      interned_.erase(std::string_view(static_cast<String*>(c)->data));
    meter_.Sub(CellBytes(c));
  });
}

void Runtime::CollectGarbage() {
  MarkRoots();
  while (Cell* c = gray_) {
    gray_ = c->gray_next;
    Trace(c);
  }
  Sweep();
  allocated_since_gc_ = 0;
  gc_threshold_ = gc_interval_ ? gc_interval_ : std::max<size_t>(kDefaultGcThreshold, cell_count_);
  // Collect again when the heap has doubled: big arrays and strings are few cells.
  live_after_gc_ = meter_.bytes;
  gc_bytes_threshold_ = live_after_gc_ + std::max(live_after_gc_, kMinGcBytes);
}

// [SECTION] the heap limit

// The fixed part of a cell: what Alloc counted and Sweep discounts. A string's text never
// changes, so it belongs here; growing storage is counted by HeapVectors.
size_t Runtime::CellBytes(const Cell* c) {
  switch (c->kind) {
    case CellKind::kString:
      return sizeof(String) + static_cast<const String*>(c)->data.capacity();
    case CellKind::kSymbol:
      return sizeof(Symbol) + static_cast<const String*>(c)->data.capacity();
    case CellKind::kBigInt:
      return sizeof(BigInt) + mpz_size(static_cast<const BigInt*>(c)->value) * sizeof(mp_limb_t);
    case CellKind::kProto:
      return sizeof(Proto);
    case CellKind::kEnv:
      return sizeof(Env);
    case CellKind::kAsyncState:
      return sizeof(AsyncState);
    case CellKind::kAccessor:
      return sizeof(Accessor);
    case CellKind::kArray:
      return sizeof(Array);
    case CellKind::kClosure:
      return sizeof(Closure);
    case CellKind::kNative:
      return sizeof(Native);
    case CellKind::kPromise:
      return sizeof(Promise);
    case CellKind::kMap:
    case CellKind::kSet:
      return sizeof(Collection);
    case CellKind::kHost:
      return sizeof(HostObject);
    case CellKind::kIterator:
      return sizeof(Iterator);
    case CellKind::kGenerator:
      return sizeof(Generator);
    case CellKind::kArguments:
      return sizeof(ArgumentsObject);
    case CellKind::kPrimitiveWrapper:
      return sizeof(PrimitiveWrapper);
    case CellKind::kArrayBuffer:
      return sizeof(ArrayBufferObject);
    case CellKind::kTypedArray:
      return sizeof(TypedArrayObject);
    case CellKind::kDataView:
      return sizeof(DataViewObject);
    default:
      return sizeof(Object);  // plain objects, errors
  }
}

void Runtime::SetHeapLimit(size_t bytes) {
  meter_.limit = bytes;
  if (meter_.bytes > bytes) step_budget = 0;
}

void Runtime::AdjustExternalMemory(int64_t delta) {
  if (delta >= 0)
    meter_.Add(static_cast<size_t>(delta));
  else
    meter_.Sub(static_cast<size_t>(-delta));
}

// Past the limit only because of garbage perhaps (everything allocated since the last
// collection might be): then the allocation goes ahead, and the checkpoint at the next
// instruction collects and judges. Only what cannot fit even then is refused here.
Completion Runtime::ReserveHeap(size_t bytes) {
  size_t floor = std::min(meter_.bytes, live_after_gc_);
  if (bytes <= meter_.limit && floor <= meter_.limit - bytes) return Ok();
  size_t wanted = bytes > SIZE_MAX - meter_.bytes ? SIZE_MAX : meter_.bytes + bytes;
  if (hooks_.OnHeapLimitReached(wanted)) return Ok();
  return {Completion::Type::kTerminated, Value::Undefined()};
}

bool Runtime::Checkpoint() {
  step_budget = embedder_budget;
  bool churned = meter_.churn >= HeapMeter::kChurnPerCheck;
  if (churned) meter_.churn = 0;
  if (meter_.bytes > meter_.limit) {
    CollectGarbage();
    if (meter_.bytes > meter_.limit && !hooks_.OnHeapLimitReached(meter_.bytes)) return false;
  }
  if (steps >= embedder_budget || churned) {
    embedder_budget = step_budget = UINT64_MAX;
    if (!hooks_.OnStepBudgetReached(steps)) return false;
  }
  return !terminating;
}

void Runtime::SetStepBudget(uint64_t at) {
  embedder_budget = at;
  step_budget = meter_.bytes > meter_.limit ? 0 : at;
}

}  // namespace loopscope::js
