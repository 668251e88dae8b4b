// engine/js/structured_clone.cpp — structuredClone's copy (HTML §2.7.3 StructuredSerialize /
// StructuredDeserialize) as V8's ValueSerializer (src/objects/value-serializer.cc) decides
// what crosses: primitives, primitive wrappers, Date, RegExp (source and flags, not
// lastIndex), Map, Set, ArrayBuffers and their views (the bytes copied; a Buffer arrives as a
// Uint8Array), Arrays (holes, length and named properties kept), Errors (V8's
// WriteJSError: a standard prototype chosen by name, message, stack, cause) and any other
// ordinary object as a plain object of its own enumerable string-keyed properties, read with
// [[Get]] so getters run. Functions, symbols, promises, weak collections, generators,
// iterators and arguments objects cannot be cloned.
// Where to look next: structured_clone.h, engine/node/lib/domexception.js (the error).
#include "engine/js/structured_clone.h"

#include <unordered_map>

#include "engine/js/builtins.h"
#include "engine/js/builtins_array_generic.h"
#include "engine/js/collection_entries.h"
#include "engine/js/regexp_object.h"
#include "engine/js/typed_array.h"
#include "engine/js/weak_collections.h"

namespace loopscope::js {
namespace {

// V8 serializes recursively and throws "Maximum call stack size exceeded" when its stack
// runs out: node 20 clones about 1,900 nested objects. A fixed bound keeps the C++ stack
// safe and the result independent of the machine.
constexpr int kMaxDepth = 1500;
// Each object copied counts as interpreter steps (about what a small object literal costs
// the dispatch loop), so a program that clones without end meets the step, heap and
// wall-time limits at the checkpoints like any other loop.
constexpr uint64_t kStepsPerObject = 20;

// V8's ErrorTag prototypes (value-serializer.cc WriteJSError): a clone's prototype is the
// standard one its `name` names, else Error.prototype. Indices are Realm::error_protos'.
struct ErrorPrototype {
  const char* name;
  size_t proto_index;
};
constexpr ErrorPrototype kErrorPrototypes[] = {
    {"EvalError", 6},   {"RangeError", 2}, {"ReferenceError", 3},
    {"SyntaxError", 4}, {"TypeError", 1},  {"URIError", 7},
};

// A nested copy ends the whole copy when it threw or met an uncloneable value.
#define CLONE_TRY(expr)                              \
  do {                                               \
    Completion clone_c_ = (expr);                    \
    if (!clone_c_.ok() || failed()) return clone_c_; \
  } while (0)

class Cloner {
 public:
  Cloner(Runtime& rt, std::string& uncloneable)
      : rt_(rt),
        uncloneable_(uncloneable),
        keep_(rt.NewArray()),
        keep_root_(rt, Value::FromCell(keep_)) {}

  Completion Clone(Value v, Value& out, int depth) {
    out = v;
    if (v.IsSymbol()) return Fail(v);
    if (!v.IsObject()) return Ok();
    Object* o = v.As<Object>();
    if (auto it = memo_.find(o); it != memo_.end()) {
      out = Value::FromCell(it->second);
      return Ok();
    }
    if (depth > kMaxDepth)
      return rt_.Throw(ErrorType::kRangeError, "Maximum call stack size exceeded");
    // A checkpoint may collect garbage: everything the copy holds is rooted in keep_.
    rt_.steps += kStepsPerObject;
    ExcludeFromHot(rt_.tiers, kStepsPerObject);
    if (rt_.steps >= rt_.step_budget && !rt_.Checkpoint())
      return {Completion::Type::kTerminated, Value::Undefined()};
    return CloneObject(o, out, depth + 1);
  }

 private:
  Completion CloneObject(Object* o, Value& out, int depth) {
    Value v = Value::FromCell(o);
    if (rt_.IsCallable(v) || v.Is(CellKind::kBound)) return Fail(v);
    switch (o->kind) {
      case CellKind::kArray: {
        Array* copy = rt_.NewArray();
        Remember(o, copy);
        auto* from = static_cast<Array*>(o);
        double length = static_cast<double>(from->Length());
        LOOPSCOPE_TRY(
            rt_.SetProperty(Value::FromCell(copy), rt_.key_length, Value::Number(length)));
        if (HasRestrictedElements(from)) return CopyProperties(o, copy, out, depth);
        return CopyArray(from, copy, out, depth);
      }
      case CellKind::kObject: {
        if (WeakKindName(o)) return Fail(v);
        Object* copy = rt_.NewPlainObject();
        Remember(o, copy);
        return CopyProperties(o, copy, out, depth);
      }
      case CellKind::kPrimitiveWrapper: {
        Value primitive = static_cast<PrimitiveWrapper*>(o)->primitive;
        if (primitive.IsSymbol()) return FailWith("[object Symbol]");
        Object* copy = rt_.Alloc<PrimitiveWrapper>(rt_.PrototypeOf(primitive), primitive);
        Remember(o, copy);
        out = Value::FromCell(copy);
        return Ok();
      }
      case CellKind::kHost:
        return CloneHost(o, out);
      case CellKind::kMap:
      case CellKind::kSet:
        return CloneCollection(static_cast<Collection*>(o), out, depth);
      case CellKind::kError:
        return CloneError(o, out, depth);
      case CellKind::kArrayBuffer:
      case CellKind::kTypedArray:
      case CellKind::kDataView:
        return CloneBufferOrView(o, out);
      case CellKind::kGenerator:
        return FailWith(static_cast<Generator*>(o)->is_async ? "[object AsyncGenerator]"
                                                             : "[object Generator]");
      case CellKind::kIterator:
      case CellKind::kArguments:
        return FailWith("#<Object>");
      default:
        return Fail(v);
    }
  }

  // Date and RegExp are host objects here; any other host object (a Timeout, a Buffer)
  // is not something V8 can serialize.
  Completion CloneHost(Object* o, Value& out) {
    Value v = Value::FromCell(o);
    if (IsDateObject(v)) {
      out = CloneDateObject(rt_, v);
    } else if (RegExpData* re = AsRegExp(v)) {
      Completion copy = NewRegExpObject(rt_, re->source, re->flags, rt_.realm.regexp_proto);
      if (!copy.ok()) return copy;
      out = copy.value;
    } else {
      return Fail(v);
    }
    Remember(o, out.As<Object>());
    return Ok();
  }

  // WriteJSMap/WriteJSSet: the entries as they are when the copy starts; later changes by
  // a getter do not show.
  Completion CloneCollection(Collection* c, Value& out, int depth) {
    bool is_map = c->kind == CellKind::kMap;
    auto* copy = rt_.Alloc<Collection>(is_map ? rt_.realm.map_proto : rt_.realm.set_proto, c->kind);
    Remember(c, copy);
    Array* snapshot = rt_.NewArray();
    keep_->elements.push_back(Value::FromCell(snapshot));
    for (size_t i = 0; i < c->keys.size(); ++i) {
      if (c->keys[i].IsHole()) continue;
      snapshot->elements.push_back(c->keys[i]);
      snapshot->elements.push_back(is_map ? c->values[i] : Value::Undefined());
    }
    for (size_t i = 0; i < snapshot->elements.size(); i += 2) {
      Value key, value = Value::Undefined();
      CLONE_TRY(Clone(snapshot->elements[i], key, depth));
      keep_->elements.push_back(key);
      if (is_map) CLONE_TRY(Clone(snapshot->elements[i + 1], value, depth));
      AddToCollection(rt_, copy, key, value);
    }
    out = Value::FromCell(copy);
    return Ok();
  }

  // V8's WriteJSArrayBuffer / WriteJSArrayBufferView: a buffer's bytes are copied (once, so
  // views over one buffer share the copy); a view is rebuilt over its buffer's copy with the
  // standard prototype of its type (a Buffer becomes a Uint8Array).
  Completion CloneBufferOrView(Object* o, Value& out) {
    if (o->kind == CellKind::kArrayBuffer) {
      auto* from = static_cast<ArrayBufferObject*>(o);
      if (from->detached) return FailWith("An ArrayBuffer is detached and");
      auto* copy = rt_.Alloc<ArrayBufferObject>(rt_.realm.array_buffer_proto);
      Remember(o, copy);
      copy->bytes.assign(from->bytes.begin(), from->bytes.end());
      copy->resizable = from->resizable;
      copy->max_byte_length = from->max_byte_length;
      out = Value::FromCell(copy);
      return Ok();
    }
    const bool typed = o->kind == CellKind::kTypedArray;
    ArrayBufferObject* source =
        typed ? static_cast<TypedArrayObject*>(o)->buffer : static_cast<DataViewObject*>(o)->buffer;
    Value buffer;
    CLONE_TRY(Clone(Value::FromCell(source), buffer, 0));
    auto* copy_buffer = buffer.As<ArrayBufferObject>();
    if (typed) {
      auto* from = static_cast<TypedArrayObject*>(o);
      auto* copy = rt_.Alloc<TypedArrayObject>(
          rt_.realm.typed_array_protos[static_cast<size_t>(from->type)], from->type);
      copy->buffer = copy_buffer;
      copy->length_tracking = from->length_tracking;
      copy->byte_offset = from->byte_offset;
      copy->array_length = from->array_length;
      Remember(o, copy);
      out = Value::FromCell(copy);
      return Ok();
    }
    auto* from = static_cast<DataViewObject*>(o);
    auto* copy = rt_.Alloc<DataViewObject>(rt_.realm.data_view_proto);
    copy->buffer = copy_buffer;
    copy->length_tracking = from->length_tracking;
    copy->byte_offset = from->byte_offset;
    copy->byte_length = from->byte_length;
    Remember(o, copy);
    out = Value::FromCell(copy);
    return Ok();
  }

  // V8's WriteJSError and ReadJSError: the prototype from `name`, then `stack` (the
  // original's text, or undefined), `message` (an own data property, as a string) and
  // `cause` (an own data property, cloned), all non-enumerable as on a new Error.
  Completion CloneError(Object* o, Value& out, int depth) {
    Value v = Value::FromCell(o);
    PropertyDescriptor message_desc, cause_desc;
    bool has_message =
        rt_.GetOwnPropertyDescriptor(o, rt_.key_message, message_desc) && message_desc.IsData();
    bool has_cause =
        rt_.GetOwnPropertyDescriptor(o, rt_.key_cause, cause_desc) && cause_desc.IsData();
    // Reading `name` and `stack` may run getters that drop the original's properties.
    TempRoot keep_message(rt_, message_desc.value), keep_cause(rt_, cause_desc.value);
    Completion name = rt_.GetProperty(v, rt_.key_name);
    if (!name.ok()) return name;
    std::string name_text;
    LOOPSCOPE_TRY(rt_.ToStringStd(name.value, name_text));
    size_t proto_index = 0;
    for (const ErrorPrototype& e : kErrorPrototypes)
      if (name_text == e.name) proto_index = e.proto_index;
    std::string message;
    if (has_message) LOOPSCOPE_TRY(rt_.ToStringStd(message_desc.value, message));
    Completion stack = rt_.GetProperty(v, rt_.key_stack);
    if (!stack.ok()) return stack;
    TempRoot keep_stack(rt_, stack.value);
    Object* copy = rt_.Alloc<Object>(rt_.realm.error_protos[proto_index], CellKind::kError);
    Remember(o, copy);
    copy->Put(rt_.key_stack, stack.value.IsString() ? stack.value : Value::Undefined(), false);
    if (has_message) copy->Put(rt_.key_message, rt_.Str(message), false);
    if (has_cause) {
      Value cause;
      CLONE_TRY(Clone(cause_desc.value, cause, depth));
      copy->Put(rt_.key_cause, cause, false);
    }
    out = Value::FromCell(copy);
    return Ok();
  }

  // WriteJSArray for an Array whose elements are plain values: each index read as the copy
  // reaches it (a getter that changes the array shows, as in V8's dense path), then the
  // named properties. No index becomes a key string, so a million elements stay cheap.
  Completion CopyArray(Array* from, Array* to, Value& out, int depth) {
    out = Value::FromCell(to);
    uint32_t length = from->Length();
    for (uint32_t i = 0; Runtime::NextArrayIndex(from, i, i) && i < length; ++i) {
      Value v = from->Get(i);
      Value copy;
      {
        TempRoot keep_v(rt_, v);
        CLONE_TRY(Clone(v, copy, depth));
      }
      keep_->elements.push_back(copy);
      rt_.SetArrayElement(to, i, copy);
    }
    std::vector<String*> names;
    for (const Property& p : from->props)
      if (p.enumerable && p.key->kind == CellKind::kString) names.push_back(p.key);
    return CopyNamed(from, to, names, depth);
  }

  // WriteJSObjectPropertiesSlow: the own enumerable string keys as they are at the start,
  // each read with [[Get]]; a key a getter deleted meanwhile is skipped.
  Completion CopyProperties(Object* from, Object* to, Value& out, int depth) {
    out = Value::FromCell(to);
    return CopyNamed(from, to, rt_.OwnKeys(from, /*only_enumerable=*/true), depth);
  }

  Completion CopyNamed(Object* from, Object* to, const std::vector<String*>& keys, int depth) {
    for (String* key : keys) keep_->elements.push_back(Value::FromCell(key));
    for (String* key : keys) {
      PropertyDescriptor still_there;
      if (!rt_.GetOwnPropertyDescriptor(from, key, still_there)) continue;
      Completion got = rt_.GetProperty(Value::FromCell(from), key);
      if (!got.ok()) return got;
      Value copy;
      {
        TempRoot keep_got(rt_, got.value);
        CLONE_TRY(Clone(got.value, copy, depth));
      }
      keep_->elements.push_back(copy);
      // CreateDataProperty on a fresh, extensible object whose keys are unique: no setter,
      // no attribute, nothing to refuse, so the property is stored directly.
      uint32_t index;
      if (to->kind == CellKind::kArray && Runtime::IsArrayIndex(key->data, index))
        rt_.SetArrayElement(static_cast<Array*>(to), index, copy);
      else
        to->Put(key, copy);
    }
    return Ok();
  }

  // Both the original and its copy stay rooted for the whole copy: a getter may drop the
  // original from the graph, and a copy is unreachable until its parent holds it.
  void Remember(Object* from, Object* to) {
    memo_.emplace(from, to);
    keep_->elements.push_back(Value::FromCell(from));
    keep_->elements.push_back(Value::FromCell(to));
  }

  bool failed() const { return !uncloneable_.empty(); }
  Completion Fail(Value v) { return FailWith(Describe(v)); }
  Completion FailWith(std::string text) {
    uncloneable_ = text + " could not be cloned.";
    return Ok();
  }

  // V8's NoSideEffectsToString as the DataCloneError message shows the value.
  std::string Describe(Value v) {
    if (v.IsSymbol()) return v.As<Symbol>()->data;
    if (v.Is(CellKind::kClosure)) {
      Proto* p = v.As<Closure>()->proto;
      return p->is_class ? "class " + p->name + " { }" : "function " + p->name + "() { [code] }";
    }
    if (rt_.IsCallable(v)) return rt_.ToDisplayString(v) + "() { [native code] }";
    if (const char* weak = WeakKindName(v.As<Object>())) return std::string("#<") + weak + ">";
    return rt_.ObjectLabel(v);
  }

  Runtime& rt_;
  std::string& uncloneable_;
  std::unordered_map<Object*, Object*> memo_;
  Array* keep_;
  TempRoot keep_root_;
};

#undef CLONE_TRY

}  // namespace

Completion StructuredClone(Runtime& rt, Value value, Value& out, std::string& uncloneable) {
  uncloneable.clear();
  TempRoot keep_value(rt, value);
  Cloner cloner(rt, uncloneable);
  return cloner.Clone(value, out, 0);
}

}  // namespace loopscope::js
