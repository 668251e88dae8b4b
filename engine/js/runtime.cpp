// engine/js/runtime.cpp — building a realm (the intrinsic prototypes and the global
// object) and tearing it down.
// Where to look next: builtins_*.cpp (each fills in one part of the realm).
#include "engine/js/runtime.h"

#include <algorithm>

#include "engine/js/vm.h"
#include "engine/js/weak_collections.h"

namespace loopscope::js {

SourceLoc Proto::LocAt(uint32_t offset) const {
  auto it = std::upper_bound(lines.begin(), lines.end(), offset,
                             [](uint32_t off, const LineEntry& e) { return off < e.offset; });
  if (it == lines.begin()) return loc;
  return std::prev(it)->loc;
}

Runtime::Runtime(Vm& vm, Hooks& hooks) : vm_(vm), hooks_(hooks) {
  meter_.step_budget = &step_budget;
  stack = std::make_unique<Value[]>(kStackSize);
  // Interpreter::Run keeps a pointer to its running Frame across native calls that run
  // nested frames (getters, callbacks, toString), so the vector must never reallocate:
  // every push is bounded by max_call_depth (SetupCall, ResumeFrame).
  frames.reserve(max_call_depth);
  key_length = Intern("length");
  key_prototype = Intern("prototype");
  key_constructor = Intern("constructor");
  key_name = Intern("name");
  key_message = Intern("message");
  key_stack = Intern("stack");
  key_then = Intern("then");
  key_to_string = Intern("toString");
  key_cause = Intern("cause");
  key_proto = Intern("__proto__");
  key_next = Intern("next");
  key_done = Intern("done");
  key_value = Intern("value");
  realm.object_proto = Alloc<Object>(nullptr);
  realm.function_proto = NewObject(realm.object_proto);
  realm.array_proto = NewObject(realm.object_proto);
  realm.string_proto = NewObject(realm.object_proto);
  realm.number_proto = NewObject(realm.object_proto);
  realm.boolean_proto = NewObject(realm.object_proto);
  realm.promise_proto = NewObject(realm.object_proto);
  realm.map_proto = NewObject(realm.object_proto);
  realm.set_proto = NewObject(realm.object_proto);
  realm.iterator_proto = NewObject(realm.object_proto);
  realm.global = NewObject(realm.object_proto);
  realm.global->Put(Intern("globalThis"), Value::FromCell(realm.global), false);
  InstallSymbolBuiltins(*this);  // first: the other families key methods by its symbols
  InstallIteratorBuiltins(*this);
  InstallGeneratorBuiltins(*this);
  InstallAsyncGeneratorBuiltins(*this);
  InstallObjectBuiltins(*this);
  InstallObjectAttributeBuiltins(*this);
  InstallReflectBuiltins(*this);
  InstallFunctionBuiltins(*this);
  InstallErrorBuiltins(*this);
  InstallArrayBuiltins(*this);
  InstallStringBuiltins(*this);
  InstallNumberBuiltins(*this);
  InstallBigIntBuiltins(*this);
  InstallMathBuiltins(*this);
  InstallJsonBuiltins(*this);
  InstallPromiseBuiltins(*this);
  InstallCollectionBuiltins(*this);
  InstallWeakBuiltins(*this);
  InstallGlobalFunctions(*this);
  InstallUriBuiltins(*this);
  InstallRegExpBuiltins(*this);
  InstallStringRegExpBuiltins(*this);
  InstallDateBuiltins(*this);
  InstallArrayBufferBuiltins(*this);
  InstallTypedArrayBuiltins(*this);
  InstallTypedArrayMethods(*this);
  InstallDataViewBuiltins(*this);
  InstallRefusedBuiltins(*this);
}

Runtime::~Runtime() = default;  // cells_ destroys the cells, before meter_ goes

double Runtime::NextRandom() {
  // xorshift64*: deterministic for a given seed, 53 random bits per double.
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  uint64_t r = rng_state * 0x2545F4914F6CDD1Dull;
  return static_cast<double>(r >> 11) / 9007199254740992.0;
}

}  // namespace loopscope::js
