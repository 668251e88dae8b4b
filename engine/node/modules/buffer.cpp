// engine/node/modules/buffer.cpp — the Buffer class and the `buffer` module: construction
// (from, alloc, allocUnsafe, concat, the deprecated `Buffer(arg)`) and the static helpers.
// A Buffer is an engine Uint8Array (Vm::SetBufferClass), printed by the engine's inspect;
// the instance methods live in buffer_methods.cpp, the encodings in encodings.cpp, the
// small-allocation pool in buffer_pool.cpp.
#include "engine/node/modules/buffer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "engine/node/modules.h"
#include "engine/node/modules/buffer_pool.h"
#include "engine/node/modules/encodings.h"
#include "engine/node/native.h"
#include "engine/node/process.h"
#include "engine/node/validators.h"

namespace loopscope::node {

namespace {
constexpr double kMaxLength = 4294967296.0;  // buffer.constants.MAX_LENGTH in Node 20

// Buffer.alloc / allocUnsafe's size check (lib/buffer.js assertSize).
js::Completion CheckSize(js::Vm& vm, js::Value size) {
  if (!size.IsNumber()) return ThrowArgType(vm, "size", "of type number", size);
  double n = size.AsNumber();
  if (!(n >= 0 && n <= kMaxLength)) return ThrowOutOfRange(vm, "size", ">= 0 && <= 4294967296", n);
  return vm.ReserveHeap(static_cast<size_t>(n));
}

// lib/buffer.js fromArrayBuffer(obj, byteOffset, length): the Buffer shares the
// ArrayBuffer's memory.
js::Completion FromArrayBuffer(Process& p, js::NativeCall& call) {
  size_t size = BufferBytes(call.vm, call.Arg(0), true)->bytes.size();
  auto out_of_bounds = [&](const char* name) {
    return Throw(MakeNodeError(call.vm, js::ErrorType::kRangeError, "ERR_BUFFER_OUT_OF_BOUNDS",
                               std::string("\"") + name + "\" is outside of buffer bounds"));
  };
  auto integer = [&](js::Value v) {  // ToIntegerOrInfinity
    double d = call.vm.ToNumber(v);
    return std::isnan(d) ? 0.0 : std::trunc(d);
  };
  double offset = 0;
  if (!call.Arg(1).IsUndefined()) {
    offset = integer(call.Arg(1));
    if (offset < 0)
      return Throw(call.vm.MakeError(js::ErrorType::kRangeError,
                                     "Start offset " +
                                         call.vm.ToDisplayString(js::Value::Number(offset)) +
                                         " is outside the bounds of the buffer"));
    if (offset > static_cast<double>(size)) return out_of_bounds("offset");
  }
  double length = static_cast<double>(size) - offset;
  if (!call.Arg(2).IsUndefined()) {
    double wanted = integer(call.Arg(2));
    if (wanted > length) return out_of_bounds("length");
    length = std::max(wanted, 0.0);
  }
  return Ok(
      NewBufferView(p, call.Arg(0), static_cast<size_t>(offset), static_cast<size_t>(length)));
}

// lib/buffer.js fromArrayLike over any object: `length` elements read with [[Get]], each
// converted to a byte (a length that is not a positive number gives an empty Buffer).
js::Completion FromArrayLike(Process& p, BufferPool& pool, js::Vm& vm, js::Value obj,
                             double length) {
  size_t n = std::isnan(length) || length <= 0 ? 0 : static_cast<size_t>(std::trunc(length));
  if (js::Completion room = vm.ReserveHeap(n); !room.ok()) return room;
  std::string bytes;
  for (size_t i = 0; i < n; ++i) {
    js::Completion element = vm.Get(obj, std::to_string(i));
    if (!element.ok()) return element;
    bytes += ToUint8Byte(vm.ToNumber(element.value));
  }
  return Ok(pool.Allocate(p, bytes));
}

// lib/buffer.js Buffer.from's object path: a different valueOf() (a String object) starts
// over with it, then fromObject: an array-like, or toJSON's `{ type: 'Buffer', data }`.
js::Completion FromObject(Process& p, BufferPool& pool, js::NativeCall& call) {
  js::Vm& vm = call.vm;
  js::Value src = call.Arg(0);
  auto refuse = [&] {
    return Throw(MakeNodeError(vm, js::ErrorType::kTypeError, "ERR_INVALID_ARG_TYPE",
                               "The first argument must be of type string or an instance of "
                               "Buffer, ArrayBuffer, or Array or an Array-like Object. " +
                                   DescribeReceived(vm, src)));
  };
  if (!src.IsObject() || vm.IsCallable(src)) return refuse();  // typeof value === 'object'
  js::Completion value_of = vm.Get(src, "valueOf");
  if (!value_of.ok()) return value_of;
  if (vm.IsCallable(value_of.value)) {
    js::Completion v = vm.Call(value_of.value, src, {});
    if (!v.ok()) return v;
    if ((v.value.IsString() || v.value.IsObject()) && v.value.bits() != src.bits()) {
      js::Value from = vm.GetOwn(vm.GetOwn(vm.BufferPrototype(), "constructor"), "from");
      js::Value args[] = {v.value, call.Arg(1), call.Arg(2)};
      return vm.Call(from, js::Value::Undefined(), args);
    }
  }
  js::Completion length = vm.Get(src, "length");
  if (!length.ok()) return length;
  if (!length.value.IsUndefined()) {
    if (!length.value.IsNumber()) return Ok(NewBuffer(p, ""));
    return FromArrayLike(p, pool, vm, src, length.value.AsNumber());
  }
  js::Completion type = vm.Get(src, "type");
  if (!type.ok()) return type;
  js::Completion data = vm.Get(src, "data");
  if (!data.ok()) return data;
  if (type.value.IsString() && vm.StringView(type.value) == "Buffer" && vm.IsArray(data.value))
    return FromArrayLike(p, pool, vm, data.value, static_cast<double>(vm.ArrayLength(data.value)));
  return refuse();
}

js::Completion From(Process& p, BufferPool& pool, js::NativeCall& call) {
  js::Value src = call.Arg(0);
  std::string bytes;
  std::vector<double> values;
  if (call.vm.TypedArrayValues(src, &values)) {
    // lib/buffer.js fromArrayLike: each element converted to a byte.
    js::Completion room = call.vm.ReserveHeap(values.size());
    if (!room.ok()) return room;
    for (double n : values) bytes += ToUint8Byte(n);
  } else if (call.vm.IsArray(src)) {
    js::Completion room = call.vm.ReserveHeap(call.vm.ArrayLength(src));
    if (!room.ok()) return room;
    for (size_t i = 0; i < call.vm.ArrayLength(src); ++i) {
      double n = call.vm.ToNumber(call.vm.ArrayAt(src, i));
      bytes += ToUint8Byte(n);
    }
  } else if (src.IsString()) {
    js::Value enc = call.Arg(1);
    std::optional<Encoding> e = Encoding::kUtf8;
    if (enc.IsString()) e = ParseEncoding(call.vm.StringView(enc));
    if (!e) {
      return Throw(MakeNodeError(call.vm, js::ErrorType::kTypeError, "ERR_UNKNOWN_ENCODING",
                                 "Unknown encoding: " + call.vm.ToDisplayString(enc)));
    }
    bytes = Encode(call.vm.StringView(src), *e);
  } else if (call.vm.IsArrayBuffer(src)) {
    return FromArrayBuffer(p, call);
  } else if (BufferBytes(call.vm, src)) {
    // A DataView: fromObject sees a `buffer` but no numeric `length`, so an empty Buffer.
    return Ok(NewBuffer(p, ""));
  } else {
    return FromObject(p, pool, call);
  }
  return Ok(pool.Allocate(p, bytes));  // fromStringFast, fromArrayLike
}

js::Completion Concat(Process& p, BufferPool& pool, js::NativeCall& call) {
  js::Value list = call.Arg(0);
  if (!call.vm.IsArray(list)) return ThrowArgType(call.vm, "list", "an instance of Array", list);
  std::string bytes;
  for (size_t i = 0; i < call.vm.ArrayLength(list); ++i) {
    js::Value item = call.vm.ArrayAt(list, i);
    auto part = call.vm.IsUint8Array(item) ? BufferBytes(call.vm, item) : std::nullopt;
    if (!part) {
      return ThrowArgType(call.vm, "list[" + std::to_string(i) + "]",
                          "an instance of Buffer or Uint8Array", call.vm.ArrayAt(list, i));
    }
    bytes += std::string_view(part->bytes);
  }
  // concat(list, totalLength): truncated or zero-padded to the given length.
  if (!call.Arg(1).IsUndefined()) {
    double length = 0;  // lib/buffer.js validateOffset(length, 'length')
    js::Completion valid = ValidateInteger(call.vm, call.Arg(1), "length", 0, kMaxLength, length);
    if (!valid.ok()) return valid;
    if (js::Completion room = call.vm.ReserveHeap(static_cast<size_t>(length)); !room.ok())
      return room;
    bytes.resize(static_cast<size_t>(length));
  }
  return Ok(pool.Allocate(p, bytes));  // Buffer.allocUnsafe(length), then the copies
}
}  // namespace

js::Completion ThrowArgType(js::Vm& vm, std::string_view name, std::string_view expected,
                            js::Value actual) {
  // lib/internal/errors.js ERR_INVALID_ARG_TYPE: a dotted name is a property.
  std::string kind = name.find('.') != std::string_view::npos ? "property" : "argument";
  std::string what = "The \"" + std::string(name) + "\" " + kind + " must be ";
  return Throw(MakeNodeError(vm, js::ErrorType::kTypeError, "ERR_INVALID_ARG_TYPE",
                             what + std::string(expected) + ". " + DescribeReceived(vm, actual)));
}

js::Completion ThrowOutOfRange(js::Vm& vm, std::string_view name, std::string_view range,
                               double received) {
  return ThrowOutOfRange(vm, name, range, js::Value::Number(received));  // validators.h
}

std::string DecodeBytes(std::string_view bytes, std::string_view encoding) {
  return Decode(bytes, ParseEncoding(encoding).value_or(Encoding::kUtf8));
}

bool BytesOf(js::Vm& vm, js::Value v, std::string_view encoding, std::string* out) {
  if (auto view = BufferBytes(vm, v)) {  // a Buffer, TypedArray or DataView
    out->assign(view->bytes.data(), view->bytes.size());
    return true;
  }
  if (!v.IsString()) return false;
  *out = Encode(vm.StringView(v), ParseEncoding(encoding).value_or(Encoding::kUtf8));
  return true;
}

std::optional<BufferData> BufferBytes(js::Vm& vm, js::Value v, bool array_buffer) {
  std::optional<std::span<char>> span = vm.ViewSpan(v, array_buffer);
  if (!span) return std::nullopt;
  return BufferData{ByteView(span->data(), span->size())};
}

namespace {
// Buffer.prototype, building the buffer module (Vm::SetBufferClass) if nothing has yet.
js::Value BufferPrototype(Process& p) {
  if (p.vm().BufferPrototype().IsUndefined()) p.modules().Require("buffer");
  return p.vm().BufferPrototype();
}
}  // namespace

js::Value NewBuffer(Process& p, std::string_view bytes) {
  // The prototype first: building the module allocates, and the new ArrayBuffer is no root.
  js::Value proto = BufferPrototype(p);
  return p.vm().NewUint8ArrayOver(p.vm().NewArrayBuffer(bytes), 0, bytes.size(), proto);
}

js::Value NewBufferView(Process& p, js::Value of, size_t offset, size_t length) {
  js::Value proto = BufferPrototype(p);
  return p.vm().NewUint8ArrayOver(of, offset, length, proto);
}

js::Value NewArrayBuffer(Process& p, std::string_view bytes) {
  return p.vm().NewArrayBuffer(bytes);
}

js::Value BuildBufferModule(Modules& modules, Process& p) {
  js::Vm& vm = p.vm();
  auto pool = std::make_shared<BufferPool>();
  auto alloc = [&p, pool](js::NativeCall& call, bool fill, bool pooled) {
    js::Completion ok = CheckSize(call.vm, call.Arg(0));
    if (!ok.ok()) return ok;
    // allocUnsafe's memory is uninitialised in Node; zeroes here, so runs replay.
    std::string zeroes(static_cast<size_t>(call.Arg(0).AsNumber()), '\0');
    js::Value buf = pooled ? pool->Allocate(p, zeroes) : NewBuffer(p, zeroes);
    if (fill && !call.Arg(1).IsUndefined()) {
      js::Value fill_fn = call.vm.GetOwn(call.vm.BufferPrototype(), "fill");
      js::Value args[] = {call.Arg(1), js::Value::Number(0), call.Arg(0), call.Arg(2)};
      return call.vm.Call(fill_fn, buf, args);
    }
    return Ok(buf);
  };
  // lib/buffer.js Buffer(arg, encodingOrOffset, length), deprecated (DEP0005, whose warning
  // is not printed): a number allocates, anything else goes to Buffer.from. Species
  // constructors (`buf.map`, `Uint8Array.prototype.slice.call(buf)`) come here too.
  js::Value buffer_class = vm.NewFunction("Buffer", 3, [&p, pool, alloc](js::NativeCall& call) {
    if (call.Arg(0).IsNumber()) {
      if (call.Arg(1).IsString())
        return ThrowArgType(call.vm, "string", "of type string", call.Arg(0));
      return alloc(call, false, false);
    }
    return From(p, *pool, call);
  });
  js::Value proto = vm.NewObject();
  vm.Set(buffer_class, "prototype", proto);
  vm.SetHidden(proto, "constructor", buffer_class);
  vm.SetBufferClass(buffer_class, proto);
  InstallBufferMethods(p, proto);
  SetMethod(vm, buffer_class, "from", 2,
            [&p, pool](js::NativeCall& call) { return From(p, *pool, call); });
  SetMethod(vm, buffer_class, "concat", 2,
            [&p, pool](js::NativeCall& call) { return Concat(p, *pool, call); });
  SetMethod(vm, buffer_class, "alloc", 3,
            [alloc](js::NativeCall& call) { return alloc(call, true, false); });
  SetMethod(vm, buffer_class, "allocUnsafe", 1,
            [alloc](js::NativeCall& call) { return alloc(call, false, true); });
  SetMethod(vm, buffer_class, "allocUnsafeSlow", 1,
            [alloc](js::NativeCall& call) { return alloc(call, false, false); });
  SetMethod(vm, buffer_class, "isBuffer", 1, [](js::NativeCall& call) {
    return Ok(js::Value::Boolean(call.vm.IsBuffer(call.Arg(0))));
  });
  vm.Set(buffer_class, "poolSize", js::Value::Number(BufferPool::kPoolSize));
  SetMethod(vm, buffer_class, "isEncoding", 1, [](js::NativeCall& call) {
    js::Value v = call.Arg(0);
    return Ok(js::Value::Boolean(v.IsString() && ParseEncoding(call.vm.StringView(v)).has_value()));
  });
  SetMethod(vm, buffer_class, "byteLength", 2, [](js::NativeCall& call) {
    js::Value v = call.Arg(0);
    if (auto buf = BufferBytes(call.vm, v, true)) {  // an ArrayBufferView or ArrayBuffer
      return Ok(js::Value::Number(static_cast<double>(buf->bytes.size())));
    }
    if (!v.IsString()) {
      return ThrowArgType(call.vm, "string",
                          "of type string or an instance of Buffer or ArrayBuffer", v);
    }
    Encoding e = call.Arg(1).IsString()
                     ? ParseEncoding(call.vm.StringView(call.Arg(1))).value_or(Encoding::kUtf8)
                     : Encoding::kUtf8;
    return Ok(js::Value::Number(static_cast<double>(EncodedLength(call.vm.StringView(v), e))));
  });
  SetMethod(vm, buffer_class, "compare", 2, [](js::NativeCall& call) {
    auto uint8 = [&](js::Value v) {  // lib/buffer.js: isUint8Array(buf1)
      return call.vm.IsUint8Array(v) ? BufferBytes(call.vm, v) : std::nullopt;
    };
    auto a = uint8(call.Arg(0));
    auto b = uint8(call.Arg(1));
    if (!a)
      return ThrowArgType(call.vm, "buf1", "an instance of Buffer or Uint8Array", call.Arg(0));
    if (!b)
      return ThrowArgType(call.vm, "buf2", "an instance of Buffer or Uint8Array", call.Arg(1));
    int c = a->bytes.compare(b->bytes);  // bytes as unsigned, like memcmp
    return Ok(js::Value::Number(c < 0 ? -1 : c > 0 ? 1 : 0));
  });
  js::Value module = vm.NewObject();
  vm.Set(module, "Buffer", buffer_class);
  js::Value base64_binding = modules.NewBinding();
  vm.Set(base64_binding, "Buffer", buffer_class);
  vm.Set(base64_binding, "DOMException", modules.dom_exception());
  js::Value base64 = modules.RunLib("base64_text", base64_binding);
  for (const char* name : {"atob", "btoa"}) vm.Set(module, name, vm.GetOwn(base64, name));
  return module;
}

}  // namespace loopscope::node
