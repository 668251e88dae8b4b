// engine/js/arguments_object.cpp — the arguments object (see arguments_object.h).
// Where to look next: properties.cpp (the [[Get]]/[[Set]]/[[Delete]] hooks that use it).
#include "engine/js/arguments_object.h"

#include <string>

#include "engine/js/object.h"

namespace loopscope::js {
namespace {

constexpr const char* kCalleeMessage =
    "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode "
    "functions or the arguments objects for calls to them";

bool IndexOf(ArgumentsObject* a, String* key, uint32_t& index) {
  return !a->mapped_slots.empty() && Runtime::IsArrayIndex(key->data, index) &&
         index < a->mapped_slots.size();
}

}  // namespace

ArgumentsObject* NewArgumentsObject(Runtime& rt, Array* args, Closure* callee, Env* env) {
  ArgumentsObject* a = rt.Alloc<ArgumentsObject>(rt.realm.object_proto);
  uint32_t length = args ? args->Length() : 0;
  // Steps 4-7 (both): the indices, then `length` and `callee`, non-enumerable.
  for (uint32_t i = 0; i < length; ++i) a->Put(rt.Intern(std::to_string(i)), args->Get(i));
  a->Put(rt.key_length, Value::Number(length), false);
  // CreateUnmappedArgumentsObject step 7 / CreateMappedArgumentsObject step 20.
  a->Put(rt.WellKnownSymbol(WellKnown::kIterator), rt.realm.array_values, false);
  const std::vector<int32_t>& params = callee->proto->mapped_params;
  a->strict = !callee->proto->mapped_arguments;
  if (a->strict) return a;
  a->Put(rt.Intern("callee"), Value::FromCell(callee), false);
  // 10.4.4.7 steps 15-17: only indices below both the argument and the parameter count.
  a->env = env;
  a->mapped_slots.assign(std::min<size_t>(length, params.size()), -1);
  for (size_t i = 0; i < a->mapped_slots.size(); ++i) a->mapped_slots[i] = params[i];
  return a;
}

Value* MappedArgumentSlot(ArgumentsObject* a, String* key) {
  uint32_t index;
  if (!IndexOf(a, key, index) || a->mapped_slots[index] < 0) return nullptr;
  return &a->env->slots[static_cast<size_t>(a->mapped_slots[index])];
}

void UnmapArgument(ArgumentsObject* a, String* key) {
  uint32_t index;
  if (IndexOf(a, key, index)) a->mapped_slots[index] = -1;
}

Completion CheckCalleeAccess(Runtime& rt, Object* obj, String* key) {
  if (obj->kind != CellKind::kArguments || !static_cast<ArgumentsObject*>(obj)->strict ||
      key->data != "callee")
    return Ok();
  return rt.Throw(ErrorType::kTypeError, kCalleeMessage);
}

}  // namespace loopscope::js
