// engine/js/builtins_typed_array.cpp — %TypedArray% and the eleven TypedArray constructors
// (ECMA-262 23.2.1-23.2.7): every constructor form, from/of, BYTES_PER_ELEMENT, the
// prototype's buffer/byteLength/byteOffset/length/@@toStringTag getters, and the creation
// helpers the methods use (typed_array_builtins.h), BigInt64Array and BigUint64Array
// included (their elements go through ToBigInt: typed_array.h ToElementNumeric).
// Where to look next: builtins_typed_array_methods.cpp (the prototype methods).
#include <cmath>
#include <cstring>
#include <vector>

#include "engine/js/species.h"
#include "engine/js/typed_array_builtins.h"

namespace loopscope::js {

Completion AllocateTypedArray(Runtime& rt, ElementType type, Object* proto, double length,
                              TypedArrayObject*& out) {
  if (length > kMaxTypedArrayLength)
    return rt.Throw(ErrorType::kRangeError,
                    "Invalid typed array length: " + NumberToString(length));
  ArrayBufferObject* buffer;
  LOOPSCOPE_TRY(
      AllocateArrayBuffer(rt, rt.realm.array_buffer_proto, length * InfoOf(type).size, buffer));
  TempRoot keep(rt, Value::FromCell(buffer));
  out = rt.Alloc<TypedArrayObject>(proto, type);
  out->buffer = buffer;
  out->array_length = static_cast<size_t>(length);
  return Ok();
}

Completion ValidateTypedArray(Runtime& rt, Value v, std::string_view method,
                              TypedArrayObject*& out) {
  if (!v.Is(CellKind::kTypedArray))
    return rt.Throw(ErrorType::kTypeError, "this is not a typed array.");
  out = v.As<TypedArrayObject>();
  if (IsOutOfBounds(out))
    return rt.Throw(ErrorType::kTypeError,
                    "Cannot perform " + std::string(method) + " on a detached ArrayBuffer");
  return Ok();
}

Completion TypedArrayCreate(Runtime& rt, Value ctor, std::span<const Value> args,
                            TypedArrayObject*& out, std::string_view method) {
  if (!rt.IsConstructor(ctor))
    return rt.Throw(ErrorType::kTypeError, rt.ToDisplayString(ctor) + " is not a constructor");
  Completion made = rt.Construct(ctor, args, ctor);
  if (!made.ok()) return made;
  LOOPSCOPE_TRY(ValidateTypedArray(rt, made.value, method, out));
  if (args.size() == 1 && args[0].IsNumber() &&
      static_cast<double>(TypedArrayLength(out)) < args[0].AsNumber())
    return rt.Throw(ErrorType::kTypeError,
                    "Derived TypedArray constructor created an array which was too small");
  return Ok();
}

Completion TypedArraySpeciesCreate(Runtime& rt, TypedArrayObject* exemplar,
                                   std::span<const Value> args, TypedArrayObject*& out,
                                   std::string_view method) {
  Value fallback = IntrinsicConstructor(rt, exemplar->type);
  Completion ctor = SpeciesConstructor(rt, Value::FromCell(exemplar), fallback);
  if (!ctor.ok()) return ctor;
  if (ctor.value.bits() == fallback.bits()) {  // the common case: no user code can run
    if (args.size() == 1 && args[0].IsNumber())
      return AllocateTypedArray(rt, exemplar->type,
                                rt.realm.typed_array_protos[static_cast<size_t>(exemplar->type)],
                                args[0].AsNumber(), out);
  }
  return TypedArrayCreate(rt, ctor.value, args, out, method);
}

namespace {

// slots[0] of each concrete constructor: its ElementType's index.
ElementType TypeOf(Native* self) {
  return static_cast<ElementType>(static_cast<size_t>(self->slots[0].AsNumber()));
}

// 23.2.5.1.2 InitializeTypedArrayFromTypedArray: the source's values, converted.
Completion FromTypedArray(Runtime& rt, ElementType type, Object* proto, TypedArrayObject* src,
                          TypedArrayObject*& out) {
  if (IsOutOfBounds(src))
    return rt.Throw(ErrorType::kTypeError, "Cannot perform Construct on a detached ArrayBuffer");
  size_t length = TypedArrayLength(src);
  if (IsBigIntElementType(src->type) != IsBigIntElementType(type))  // step 8 (ContentType)
    return rt.Throw(ErrorType::kTypeError,
                    "Cannot mix BigInt and other types, use explicit conversions");
  LOOPSCOPE_TRY(AllocateTypedArray(rt, type, proto, static_cast<double>(length), out));
  if (src->type == type) {
    if (length) std::memcpy(ElementData(out), ElementData(src), length * out->ElementSize());
    return Ok();
  }
  for (size_t i = 0; i < length; ++i)
    CopyElement(type, ElementData(out) + i * out->ElementSize(), src->type,
                ElementData(src) + i * src->ElementSize());
  return Ok();
}

// 23.2.5.1.3 InitializeTypedArrayFromArrayBuffer: a view on the caller's buffer.
Completion FromBuffer(Runtime& rt, ElementType type, Object* proto, ArrayBufferObject* buffer,
                      Value byte_offset, Value length, TypedArrayObject*& out) {
  const ElementTypeInfo& info = InfoOf(type);
  double offset;
  LOOPSCOPE_TRY(ToIndexArg(
      rt, byte_offset,
      "Start offset " + rt.ToDisplayString(byte_offset) + " is outside the bounds of the buffer",
      offset));
  if (std::fmod(offset, info.size) != 0)
    return rt.Throw(ErrorType::kRangeError, std::string("start offset of ") + info.name +
                                                " should be a multiple of " +
                                                std::to_string(info.size));
  double new_length = 0;
  if (!length.IsUndefined())
    LOOPSCOPE_TRY(ToIndexArg(
        rt, length, "Invalid typed array length: " + rt.ToDisplayString(length), new_length));
  auto buffer_length = static_cast<double>(buffer->bytes.size());
  auto out_of_bounds = [&] {
    return rt.Throw(ErrorType::kRangeError, "Start offset " + NumberToString(offset) +
                                                " is outside the bounds of the buffer");
  };
  bool tracking = false;
  if (length.IsUndefined() && buffer->resizable) {
    if (offset > buffer_length) return out_of_bounds();
    tracking = true;
  } else if (length.IsUndefined()) {
    if (std::fmod(buffer_length, info.size) != 0)
      return rt.Throw(ErrorType::kRangeError, std::string("byte length of ") + info.name +
                                                  " should be a multiple of " +
                                                  std::to_string(info.size));
    if (offset > buffer_length) return out_of_bounds();
    new_length = (buffer_length - offset) / info.size;
  } else if (offset + new_length * info.size > buffer_length) {
    return rt.Throw(ErrorType::kRangeError,
                    "Invalid typed array length: " + NumberToString(new_length));
  }
  out = rt.Alloc<TypedArrayObject>(proto, type);
  out->buffer = buffer;
  out->byte_offset = static_cast<size_t>(offset);
  out->length_tracking = tracking;
  out->array_length = tracking ? 0 : static_cast<size_t>(new_length);
  return Ok();
}

// Writes values[i] into the fresh `out` as Set(O, Pk, kValue, true) does.
Completion FillFromValues(Runtime& rt, TypedArrayObject* out, std::span<const Value> values) {
  for (size_t i = 0; i < values.size(); ++i)
    LOOPSCOPE_TRY(TypedArraySetElement(rt, out, static_cast<double>(i), values[i]));
  return Ok();
}

// GetMethod(source, @@iterator) and, when there is one, IterableToList (23.2.5.1.4 steps
// 5-6, 23.2.2.1 steps 5-6); `list` stays null for an array-like without an iterator.
Completion ListIfIterable(Runtime& rt, Value source, Array*& list) {
  list = nullptr;
  Completion method = rt.GetProperty(source, rt.WellKnownSymbol(WellKnown::kIterator));
  if (!method.ok()) return method;
  if (method.value.IsNullish()) return Ok();
  if (!rt.IsCallable(method.value))
    return rt.Throw(ErrorType::kTypeError, rt.ToDisplayString(method.value) + " is not a function");
  return rt.IterableToArray(source, list);
}

// 23.2.5.1.4 InitializeTypedArrayFromList / 23.2.5.1.5 InitializeTypedArrayFromArrayLike.
Completion FromObject(Runtime& rt, ElementType type, Object* proto, Value source,
                      TypedArrayObject*& out) {
  Array* values;
  LOOPSCOPE_TRY(ListIfIterable(rt, source, values));
  if (values) {
    TempRoot keep(rt, Value::FromCell(values));
    LOOPSCOPE_TRY(AllocateTypedArray(rt, type, proto, values->Length(), out));
    TempRoot keep_out(rt, Value::FromCell(out));
    std::vector<Value> items(values->elements.begin(), values->elements.end());
    for (Value& v : items)
      if (v.IsHole()) v = Value::Undefined();
    return FillFromValues(rt, out, items);
  }
  Completion len = rt.GetProperty(source, rt.key_length);
  if (!len.ok()) return len;
  double length;
  LOOPSCOPE_TRY(ToLengthArg(rt, len.value, length));
  LOOPSCOPE_TRY(AllocateTypedArray(rt, type, proto, length, out));
  TempRoot keep_out(rt, Value::FromCell(out));
  for (double k = 0; k < length; ++k) {
    Completion v = rt.GetElement(source, Value::Number(k));
    if (!v.ok()) return v;
    LOOPSCOPE_TRY(TypedArraySetElement(rt, out, k, v.value));
  }
  return Ok();
}

// 23.2.5.1 TypedArray ( ...args ).
Completion TypedArrayConstructor(Runtime& rt, NativeCall& call, Native* self) {
  ElementType type = TypeOf(self);
  const ElementTypeInfo& info = InfoOf(type);
  if (!rt.current_new_target.IsObject())
    return rt.Throw(ErrorType::kTypeError,
                    std::string("Constructor ") + info.name + " requires 'new'");
  Object* fallback = rt.realm.typed_array_protos[static_cast<size_t>(type)];
  Object* proto;
  Value first = call.Arg(0);
  TypedArrayObject* out = nullptr;
  if (!first.IsObject()) {
    // Step 6: ToIndex, then AllocateTypedArray reads new.target's prototype.
    Value new_target = rt.current_new_target;
    double length;
    LOOPSCOPE_TRY(ToIntegerArg(rt, first, length));
    if (length < 0 || length > kMaxByteLength)
      return rt.Throw(ErrorType::kRangeError,
                      "Invalid typed array length: " + NumberToString(length));
    rt.current_new_target = new_target;
    LOOPSCOPE_TRY(PrototypeForNew(rt, fallback, proto));
    LOOPSCOPE_TRY(AllocateTypedArray(rt, type, proto, length, out));
    return Ok(Value::FromCell(out));
  }
  // Step 5.a: the prototype first, then the object argument's conversions.
  LOOPSCOPE_TRY(PrototypeForNew(rt, fallback, proto));
  if (first.Is(CellKind::kTypedArray)) {
    LOOPSCOPE_TRY(FromTypedArray(rt, type, proto, first.As<TypedArrayObject>(), out));
  } else if (first.Is(CellKind::kArrayBuffer)) {
    LOOPSCOPE_TRY(
        FromBuffer(rt, type, proto, first.As<ArrayBufferObject>(), call.Arg(1), call.Arg(2), out));
  } else {
    LOOPSCOPE_TRY(FromObject(rt, type, proto, first, out));
  }
  return Ok(Value::FromCell(out));
}

// 23.2.1.1 %TypedArray% ( ): abstract.
Completion AbstractConstructor(Runtime& rt, NativeCall&, Native*) {
  return rt.Throw(ErrorType::kTypeError, "Abstract class TypedArray not directly constructable");
}

// 23.2.2.1 %TypedArray%.from ( source [ , mapfn [ , thisArg ] ] ).
Completion From(Runtime& rt, NativeCall& call, Native*) {
  Value ctor = call.this_value;
  if (!rt.IsConstructor(ctor))
    return rt.Throw(ErrorType::kTypeError, rt.ToDisplayString(ctor) + " is not a constructor");
  Value mapfn = call.Arg(1), this_arg = call.Arg(2), source = call.Arg(0);
  if (!mapfn.IsUndefined() && !rt.IsCallable(mapfn))
    return rt.Throw(ErrorType::kTypeError, rt.ToDisplayString(mapfn) + " is not a function");
  if (source.IsNullish())  // GetMethod(source, @@iterator) on undefined or null
    return rt.Throw(ErrorType::kTypeError,
                    std::string(source.IsNull() ? "object null" : "undefined") +
                        " is not iterable (cannot read property Symbol(Symbol.iterator))");
  Array* list;
  LOOPSCOPE_TRY(ListIfIterable(rt, source, list));
  TempRoot keep_list(rt, list ? Value::FromCell(list) : Value::Undefined());
  double length;
  if (list) {
    length = list->Length();
  } else {
    Completion len = rt.GetProperty(source, rt.key_length);
    if (!len.ok()) return len;
    LOOPSCOPE_TRY(ToLengthArg(rt, len.value, length));
  }
  Value len_arg[1] = {Value::Number(length)};
  TypedArrayObject* target;
  LOOPSCOPE_TRY(TypedArrayCreate(rt, ctor, len_arg, target, "%TypedArray%.from"));
  Value result = Value::FromCell(target);
  TempRoot keep(rt, result);
  for (double k = 0; k < length; ++k) {
    Value v;
    if (list) {
      v = list->Get(static_cast<uint32_t>(k));
      if (v.IsHole()) v = Value::Undefined();
    } else {
      Completion got = rt.GetElement(source, Value::Number(k));
      if (!got.ok()) return got;
      v = got.value;
    }
    if (!mapfn.IsUndefined()) {
      Value args[2] = {v, Value::Number(k)};
      Completion mapped = rt.Call(mapfn, this_arg, args);
      if (!mapped.ok()) return mapped;
      v = mapped.value;
    }
    LOOPSCOPE_TRY(rt.SetElement(result, Value::Number(k), v, true));
  }
  return Ok(result);
}

// 23.2.2.2 %TypedArray%.of ( ...items ).
Completion Of(Runtime& rt, NativeCall& call, Native*) {
  Value len_arg[1] = {Value::Number(static_cast<double>(call.args.size()))};
  TypedArrayObject* target;
  LOOPSCOPE_TRY(TypedArrayCreate(rt, call.this_value, len_arg, target, "%TypedArray%.of"));
  Value result = Value::FromCell(target);
  TempRoot keep(rt, result);
  for (size_t k = 0; k < call.args.size(); ++k)
    LOOPSCOPE_TRY(rt.SetElement(result, Value::Number(static_cast<double>(k)), call.args[k], true));
  return Ok(result);
}

// The prototype's getters (23.2.3.2, .3, .4, .21): a non-TypedArray receiver is a TypeError
// worded as V8's; an out-of-bounds view reads 0.
Completion ThisView(Runtime& rt, NativeCall& call, const char* name, TypedArrayObject*& out) {
  if (!call.this_value.Is(CellKind::kTypedArray))
    return rt.Throw(ErrorType::kTypeError, std::string("Method get TypedArray.prototype.") + name +
                                               " called on incompatible receiver " +
                                               rt.ObjectLabel(call.this_value));
  out = call.this_value.As<TypedArrayObject>();
  return Ok();
}
Completion GetBuffer(Runtime& rt, NativeCall& call, Native*) {
  TypedArrayObject* ta;
  LOOPSCOPE_TRY(ThisView(rt, call, "buffer", ta));
  return Ok(Value::FromCell(ta->buffer));
}
Completion GetByteLength(Runtime& rt, NativeCall& call, Native*) {
  TypedArrayObject* ta;
  LOOPSCOPE_TRY(ThisView(rt, call, "byteLength", ta));
  return Ok(Value::Number(static_cast<double>(TypedArrayLength(ta) * ta->ElementSize())));
}
Completion GetByteOffset(Runtime& rt, NativeCall& call, Native*) {
  TypedArrayObject* ta;
  LOOPSCOPE_TRY(ThisView(rt, call, "byteOffset", ta));
  return Ok(Value::Number(IsOutOfBounds(ta) ? 0 : static_cast<double>(ta->byte_offset)));
}
Completion GetLength(Runtime& rt, NativeCall& call, Native*) {
  TypedArrayObject* ta;
  LOOPSCOPE_TRY(ThisView(rt, call, "length", ta));
  return Ok(Value::Number(static_cast<double>(TypedArrayLength(ta))));
}
// 23.2.3.38 get %TypedArray%.prototype [ @@toStringTag ]: undefined for other objects.
Completion GetToStringTag(Runtime& rt, NativeCall& call, Native*) {
  if (!call.this_value.Is(CellKind::kTypedArray)) return Ok(Value::Undefined());
  return Ok(rt.Str(InfoOf(call.this_value.As<TypedArrayObject>()->type).name));
}

// A read-only, non-configurable data property (BYTES_PER_ELEMENT, 23.2.6.1 and 23.2.7.1).
void DefineConstant(Runtime& rt, Object* target, std::string_view name, double v) {
  target->Append(Property{rt.Intern(name), Value::Number(v), false, false, false});
  target->has_special_props = true;
}

}  // namespace

void InstallTypedArrayBuiltins(Runtime& rt) {
  // %TypedArray% and %TypedArray.prototype% (23.2.1-23.2.3): not globals.
  Object* proto = rt.realm.typed_array_proto = rt.NewPlainObject();
  Native* abstract = rt.NewNative("TypedArray", 0, AbstractConstructor);
  abstract->is_constructor = true;
  abstract->Append(Property{rt.key_prototype, Value::FromCell(proto), false, false, false});
  abstract->has_special_props = true;
  proto->Put(rt.key_constructor, Value::FromCell(abstract), false);
  rt.realm.typed_array_ctor = abstract;
  rt.DefineNative(abstract, "of", 0, Of);
  rt.DefineNative(abstract, "from", 1, From);
  DefineSpeciesGetter(rt, abstract);
  DefineGetter(rt, proto, rt.Intern("buffer"), GetBuffer);
  DefineGetter(rt, proto, rt.Intern("byteLength"), GetByteLength);
  DefineGetter(rt, proto, rt.Intern("byteOffset"), GetByteOffset);
  DefineGetter(rt, proto, rt.key_length, GetLength);
  DefineGetter(rt, proto, rt.WellKnownSymbol(WellKnown::kToStringTag), GetToStringTag);
  for (const ElementTypeInfo& info : kElementTypes) {
    auto i = static_cast<size_t>(info.type);
    Object* p = rt.realm.typed_array_protos[i] = rt.NewObject(proto);
    Native* ctor = DefineConstructor(rt, info.name, 3, TypedArrayConstructor, p);
    ctor->prototype = abstract;  // 23.2.6: [[Prototype]] is %TypedArray%
    ctor->slots[0] = Value::Number(static_cast<double>(i));
    rt.realm.typed_array_ctors[i] = ctor;
    DefineConstant(rt, ctor, "BYTES_PER_ELEMENT", info.size);
    DefineConstant(rt, p, "BYTES_PER_ELEMENT", info.size);
  }
}

}  // namespace loopscope::js
