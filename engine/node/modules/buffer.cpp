// engine/node/modules/buffer.cpp — the Buffer class and the `buffer` module: construction
// (from, alloc, allocUnsafe, concat), the static helpers, and printing. The instance
// methods live in buffer_methods.cpp, the encodings in encodings.cpp.
#include "engine/node/modules/buffer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "engine/node/modules.h"
#include "engine/node/modules/encodings.h"
#include "engine/node/native.h"
#include "engine/node/process.h"
#include "engine/node/validators.h"

namespace loopscope::node {

namespace {
constexpr char kHex[] = "0123456789abcdef";
constexpr double kMaxLength = 4294967296.0;  // buffer.constants.MAX_LENGTH in Node 20

std::string Inspect(std::string_view bytes) {
  // An empty Buffer prints as `<Buffer >` (util.inspect joins the bytes after a space).
  std::string out = "<Buffer ";
  size_t shown = std::min<size_t>(bytes.size(), 50);
  for (size_t i = 0; i < shown; ++i) {
    auto c = static_cast<unsigned char>(bytes[i]);
    if (i > 0) out += ' ';
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  if (bytes.size() > 50) out += " ... " + std::to_string(bytes.size() - 50) + " more bytes";
  return out + ">";
}

js::Value BufferPrototype(Process& p) {
  js::Completion module = p.modules().Require("buffer");
  if (!module.ok()) return js::Value::Undefined();
  return p.vm().GetOwn(p.vm().GetOwn(module.value, "Buffer"), "prototype");
}

// Buffer.alloc / allocUnsafe's size check (lib/buffer.js assertSize).
js::Completion CheckSize(js::Vm& vm, js::Value size) {
  if (!size.IsNumber()) return ThrowArgType(vm, "size", "of type number", size);
  double n = size.AsNumber();
  if (!(n >= 0 && n <= kMaxLength)) return ThrowOutOfRange(vm, "size", ">= 0 && <= 4294967296", n);
  return vm.ReserveHeap(static_cast<size_t>(n));
}

// lib/buffer.js fromArrayBuffer(obj, byteOffset, length). Node's Buffer shares the
// ArrayBuffer's memory; this one holds a copy (docs/engine.md lists the gap).
js::Completion FromArrayBuffer(Process& p, js::NativeCall& call) {
  std::string bytes;
  call.vm.ViewBytes(call.Arg(0), &bytes, true);
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
    if (offset > static_cast<double>(bytes.size())) return out_of_bounds("offset");
  }
  double length = static_cast<double>(bytes.size()) - offset;
  if (!call.Arg(2).IsUndefined()) {
    double wanted = integer(call.Arg(2));
    if (wanted > length) return out_of_bounds("length");
    length = std::max(wanted, 0.0);
  }
  return Ok(NewBuffer(p, bytes.substr(static_cast<size_t>(offset), static_cast<size_t>(length))));
}

js::Completion From(Process& p, js::NativeCall& call) {
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
  } else if (!BytesOf(call.vm, src, "", &bytes)) {
    return Throw(MakeNodeError(call.vm, js::ErrorType::kTypeError, "ERR_INVALID_ARG_TYPE",
                               "The first argument must be of type string or an instance of "
                               "Buffer, ArrayBuffer, or Array or an Array-like Object. " +
                                   DescribeReceived(call.vm, src)));
  }
  return Ok(NewBuffer(p, std::move(bytes)));
}

js::Completion Concat(Process& p, js::NativeCall& call) {
  js::Value list = call.Arg(0);
  if (!call.vm.IsArray(list)) return ThrowArgType(call.vm, "list", "an instance of Array", list);
  std::string bytes;
  for (size_t i = 0; i < call.vm.ArrayLength(list); ++i) {
    auto part = HostAs<BufferData>(call.vm, call.vm.ArrayAt(list, i));
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
  return Ok(NewBuffer(p, std::move(bytes)));
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
  if (auto buf = HostAs<BufferData>(vm, v)) {
    out->assign(buf->bytes.data(), buf->bytes.size());
    return true;
  }
  if (vm.ViewBytes(v, out)) return true;  // a TypedArray or DataView: the bytes it views
  if (!v.IsString()) return false;
  *out = Encode(vm.StringView(v), ParseEncoding(encoding).value_or(Encoding::kUtf8));
  return true;
}

namespace {
js::Value WrapBuffer(Process& p, std::shared_ptr<BufferData> data) {
  js::Vm& vm = p.vm();
  std::span<char> elements = data->bytes.span();
  js::Value obj = vm.NewHostObject(
      "Buffer", std::shared_ptr<void>(std::shared_ptr<HostRecord>(data)), BufferPrototype(p));
  vm.SetByteElements(obj, elements);
  vm.SetInspector(obj, [](js::Vm& v, js::Value self) {
    auto buf = HostAs<BufferData>(v, self);
    return Inspect(buf ? std::string_view(buf->bytes) : std::string_view());
  });
  return obj;
}
}  // namespace

js::Value NewBuffer(Process& p, std::string bytes) {
  return WrapBuffer(p, std::make_shared<BufferData>(p.vm(), std::move(bytes)));
}

js::Value NewBufferView(Process& p, const BufferData& of, size_t offset, size_t length) {
  size_t start = static_cast<size_t>(of.bytes.data() - of.store->bytes.data()) + offset;
  return WrapBuffer(p, std::make_shared<BufferData>(of.store, start, length));
}

// Printed as util.inspect prints an ArrayBuffer at the top level.
js::Value NewArrayBuffer(Process& p, std::string bytes) {
  js::Vm& vm = p.vm();
  size_t n = bytes.size();
  auto data = std::make_shared<BufferData>(vm, std::move(bytes));
  data->array_buffer = true;
  js::Value obj =
      vm.NewHostObject("ArrayBuffer", std::shared_ptr<void>(std::shared_ptr<HostRecord>(data)));
  vm.Set(obj, "byteLength", js::Value::Number(static_cast<double>(n)));
  vm.SetInspector(obj, [](js::Vm& v, js::Value self) {
    auto buf = HostAs<BufferData>(v, self);
    std::string hex = DecodeBytes(buf ? std::string_view(buf->bytes) : std::string_view(), "hex");
    std::string contents = "[Uint8Contents]: <";
    for (size_t i = 0; i < hex.size() && i < 100; i += 2)
      contents += (i ? " " : "") + hex.substr(i, 2);
    if (hex.size() > 100) contents += " ... " + std::to_string(hex.size() / 2 - 50) + " more bytes";
    contents += ">";
    std::string length = "byteLength: " + std::to_string(hex.size() / 2);
    // util.inspect's reduceToSingleString (isBelowBreakLength): one line when 2 entries +
    // `ArrayBuffer {`.length + 10 + the entries' lengths fit in breakLength (80).
    if (2 + 25 + contents.size() + length.size() <= 80) {
      return "ArrayBuffer { " + contents + ", " + length + " }";
    }
    return "ArrayBuffer {\n  " + contents + ",\n  " + length + "\n}";
  });
  return obj;
}

js::Value BuildBufferModule(Process& p) {
  js::Vm& vm = p.vm();
  js::Value buffer_class = vm.NewFunction("Buffer", 0, [](js::NativeCall& call) {
    return Throw(call.vm.MakeError(js::ErrorType::kTypeError,
                                   "Buffer() is not supported: use Buffer.from or Buffer.alloc"));
  });
  js::Value proto = vm.NewObject();
  vm.Set(buffer_class, "prototype", proto);
  vm.SetHidden(proto, "constructor", buffer_class);
  InstallBufferMethods(p, proto);
  SetMethod(vm, buffer_class, "from", 2, [&p](js::NativeCall& call) { return From(p, call); });
  SetMethod(vm, buffer_class, "concat", 2, [&p](js::NativeCall& call) { return Concat(p, call); });
  for (const char* name : {"alloc", "allocUnsafe", "allocUnsafeSlow"}) {
    bool fill = std::string_view(name) == "alloc";
    SetMethod(vm, buffer_class, name, 3, [&p, fill](js::NativeCall& call) {
      js::Completion ok = CheckSize(call.vm, call.Arg(0));
      if (!ok.ok()) return ok;
      // allocUnsafe's memory is uninitialised in Node; zeroes here, so runs replay.
      js::Value buf = NewBuffer(p, std::string(static_cast<size_t>(call.Arg(0).AsNumber()), '\0'));
      if (fill && !call.Arg(1).IsUndefined()) {
        js::Value fill_fn = call.vm.GetOwn(BufferPrototype(p), "fill");
        js::Value args[] = {call.Arg(1), js::Value::Number(0), call.Arg(0), call.Arg(2)};
        return call.vm.Call(fill_fn, buf, args);
      }
      return Ok(buf);
    });
  }
  SetMethod(vm, buffer_class, "isBuffer", 1, [](js::NativeCall& call) {
    auto data = HostAs<BufferData>(call.vm, call.Arg(0));
    return Ok(js::Value::Boolean(data && !data->array_buffer));
  });
  SetMethod(vm, buffer_class, "isEncoding", 1, [](js::NativeCall& call) {
    js::Value v = call.Arg(0);
    return Ok(js::Value::Boolean(v.IsString() && ParseEncoding(call.vm.StringView(v)).has_value()));
  });
  SetMethod(vm, buffer_class, "byteLength", 2, [](js::NativeCall& call) {
    js::Value v = call.Arg(0);
    if (auto buf = HostAs<BufferData>(call.vm, v)) {
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
    auto a = HostAs<BufferData>(call.vm, call.Arg(0));
    auto b = HostAs<BufferData>(call.vm, call.Arg(1));
    if (!a)
      return ThrowArgType(call.vm, "buf1", "an instance of Buffer or Uint8Array", call.Arg(0));
    if (!b)
      return ThrowArgType(call.vm, "buf2", "an instance of Buffer or Uint8Array", call.Arg(1));
    int c = a->bytes.compare(b->bytes);  // bytes as unsigned, like memcmp
    return Ok(js::Value::Number(c < 0 ? -1 : c > 0 ? 1 : 0));
  });
  js::Value module = vm.NewObject();
  vm.Set(module, "Buffer", buffer_class);
  return module;
}

}  // namespace loopscope::node
