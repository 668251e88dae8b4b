// engine/node/modules/buffer.cpp — the Buffer class and the `buffer` module.
#include "engine/node/modules/buffer.h"

#include <cmath>
#include <cstdio>

#include "engine/node/modules.h"
#include "engine/node/native.h"
#include "engine/node/process.h"
#include "engine/node/validators.h"
#include "engine/node/well_formed.h"

namespace loopscope::node {

namespace {
constexpr double kMaxBufferLength = 4294967296.0;  // buffer.constants.MAX_LENGTH on 64-bit
constexpr char kHex[] = "0123456789abcdef";
constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string ToHex(const std::string& bytes) {
  std::string out;
  for (unsigned char c : bytes) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return out;
}

std::string ToBase64(const std::string& bytes) {
  std::string out;
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    uint32_t n = (uint8_t(bytes[i]) << 16) | (uint8_t(bytes[i + 1]) << 8) | uint8_t(bytes[i + 2]);
    for (int s = 18; s >= 0; s -= 6) out += kBase64[(n >> s) & 63];
  }
  if (i < bytes.size()) {
    uint32_t n = uint8_t(bytes[i]) << 16;
    if (i + 1 < bytes.size()) n |= uint8_t(bytes[i + 1]) << 8;
    out += kBase64[(n >> 18) & 63];
    out += kBase64[(n >> 12) & 63];
    out += i + 1 < bytes.size() ? kBase64[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

std::string FromHex(std::string_view s) {
  std::string out;
  auto val = [](char c) { return c <= '9' ? c - '0' : (c | 32) - 'a' + 10; };
  for (size_t i = 0; i + 1 < s.size(); i += 2) out += static_cast<char>(val(s[i]) * 16 + val(s[i + 1]));
  return out;
}

std::string Latin1ToUtf8(const std::string& bytes) {
  std::string out;
  for (unsigned char c : bytes) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

// lib/buffer.js adjustOffset: NaN is 0, negatives count from the end, all clamped to
// [0, length]. It is the only way an offset from the program becomes an index here.
size_t AdjustOffset(double offset, size_t length) {
  offset = std::trunc(offset);
  if (std::isnan(offset) || offset == 0) return 0;
  double len = static_cast<double>(length);
  if (offset < 0) offset += len;
  if (!(offset > 0)) return 0;
  return offset < len ? static_cast<size_t>(offset) : length;
}

std::shared_ptr<BufferData> ThisBuffer(js::NativeCall& call) {
  return HostAs<BufferData>(call.vm, call.this_value);
}

std::string EncodingArg(js::Vm& vm, js::Value v) {
  return v.IsString() ? std::string(vm.StringView(v)) : std::string();
}
}  // namespace

std::string DecodeBytes(const std::string& bytes, std::string_view encoding) {
  if (encoding == "hex") return ToHex(bytes);
  if (encoding == "base64") return ToBase64(bytes);
  if (encoding == "latin1" || encoding == "binary") return Latin1ToUtf8(bytes);
  return DecodeUtf8(bytes);  // utf8 / utf-8 / ascii: the engine's strings are UTF-8
}

bool BytesOf(js::Vm& vm, js::Value v, std::string_view encoding, std::string* out) {
  if (auto buf = HostAs<BufferData>(vm, v)) {
    *out = buf->bytes;
    return true;
  }
  if (!v.IsString()) return false;
  std::string_view s = vm.StringView(v);
  *out = encoding == "hex" ? FromHex(s) : EncodeUtf8(s);
  return true;
}

js::Value NewBuffer(Process& p, std::string bytes) {
  js::Vm& vm = p.vm();
  auto data = std::make_shared<BufferData>(vm, std::move(bytes));
  size_t length = data->bytes.size();
  js::Value obj = NewHostObjectFor(vm, "Buffer", data);
  vm.Set(obj, "length", js::Value::Number(static_cast<double>(length)));
  SetMethod(vm, obj, "toString", 1, [](js::NativeCall& call) {
    auto buf = ThisBuffer(call);
    if (!buf) return Ok(call.vm.NewString(""));
    return Ok(call.vm.NewString(DecodeBytes(buf->bytes, EncodingArg(call.vm, call.Arg(0)))));
  });
  SetMethod(vm, obj, "equals", 1, [](js::NativeCall& call) {
    auto a = ThisBuffer(call);
    auto b = HostAs<BufferData>(call.vm, call.Arg(0));
    return Ok(js::Value::Boolean(a && b && a->bytes == b->bytes));
  });
  SetMethod(vm, obj, "slice", 2, [&p](js::NativeCall& call) {
    auto buf = ThisBuffer(call);
    std::string bytes = buf ? buf->bytes : std::string();
    size_t start = AdjustOffset(call.vm.ToNumber(call.Arg(0)), bytes.size());
    size_t end = call.Arg(1).IsUndefined() ? bytes.size()
                                           : AdjustOffset(call.vm.ToNumber(call.Arg(1)), bytes.size());
    js::Completion room = call.vm.ReserveHeap(end > start ? end - start : 0);
    if (!room.ok()) return room;
    return Ok(NewBuffer(p, end > start ? bytes.substr(start, end - start) : std::string()));
  });
  vm.Set(obj, "subarray", vm.GetOwn(obj, "slice"));
  vm.SetInspector(obj, [](js::Vm& v, js::Value self) {
    auto buf = HostAs<BufferData>(v, self);
    std::string out = "<Buffer";
    size_t shown = std::min<size_t>(buf ? buf->bytes.size() : 0, 50);
    for (size_t i = 0; i < shown; ++i) {
      unsigned char c = buf->bytes[i];
      out += ' ';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
    if (buf && buf->bytes.size() > 50) {
      out += " ... " + std::to_string(buf->bytes.size() - 50) + " more bytes";
    }
    return out + ">";
  });
  return obj;
}

js::Value BuildBufferModule(Process& p) {
  js::Vm& vm = p.vm();
  js::Value buffer_class = vm.NewFunction("Buffer", 0, [](js::NativeCall& call) {
    return Throw(call.vm.MakeError(js::ErrorType::kTypeError,
                                   "Buffer() is not supported: use Buffer.from or Buffer.alloc"));
  });
  SetMethod(vm, buffer_class, "from", 2, [&p](js::NativeCall& call) {
    js::Value src = call.Arg(0);
    std::string bytes;
    if (call.vm.IsArray(src)) {
      js::Completion room = call.vm.ReserveHeap(call.vm.ArrayLength(src));
      if (!room.ok()) return room;
      for (size_t i = 0; i < call.vm.ArrayLength(src); ++i) {
        // A TypedArray element store: ToUint8, i.e. modulo 256.
        bytes += static_cast<char>(static_cast<int>(ToInt32(call.vm.ToNumber(call.vm.ArrayAt(src, i)))) & 255);
      }
    } else if (!BytesOf(call.vm, src, EncodingArg(call.vm, call.Arg(1)), &bytes)) {
      return Throw(MakeNodeError(call.vm, js::ErrorType::kTypeError, "ERR_INVALID_ARG_TYPE",
                                 "The first argument must be of type string or an instance of "
                                 "Buffer, ArrayBuffer, or Array or an Array-like Object. " +
                                     DescribeReceived(call.vm, src)));
    }
    return Ok(NewBuffer(p, std::move(bytes)));
  });
  SetMethod(vm, buffer_class, "alloc", 2, [&p](js::NativeCall& call) {
    // lib/buffer.js validateNumber(size, 'size', 0, kMaxLength); a size past the heap
    // limit then stops the program there, before anything is allocated.
    js::Value size = call.Arg(0);
    if (!size.IsNumber()) {
      return Throw(MakeNodeError(call.vm, js::ErrorType::kTypeError, "ERR_INVALID_ARG_TYPE",
                                 "The \"size\" argument must be of type number. " +
                                     DescribeReceived(call.vm, size)));
    }
    double n = size.AsNumber();
    if (!(n >= 0 && n <= kMaxBufferLength)) {
      return ThrowOutOfRange(call.vm, "size", ">= 0 && <= 4294967296", size);
    }
    auto length = static_cast<size_t>(n);  // in [0, 2^32]: the cast truncates like Node
    js::Completion room = call.vm.ReserveHeap(length);
    if (!room.ok()) return room;
    return Ok(NewBuffer(p, std::string(length, '\0')));
  });
  SetMethod(vm, buffer_class, "isBuffer", 1, [](js::NativeCall& call) {
    return Ok(js::Value::Boolean(HostAs<BufferData>(call.vm, call.Arg(0)) != nullptr));
  });
  SetMethod(vm, buffer_class, "byteLength", 1, [](js::NativeCall& call) {
    std::string bytes;
    BytesOf(call.vm, call.Arg(0), EncodingArg(call.vm, call.Arg(1)), &bytes);
    return Ok(js::Value::Number(static_cast<double>(bytes.size())));
  });
  SetMethod(vm, buffer_class, "concat", 1, [&p](js::NativeCall& call) {
    // lib/buffer.js Buffer.concat: every element checked, the total reserved before copying.
    js::Value list = call.Arg(0);
    if (!call.vm.IsArray(list)) {
      return Throw(MakeNodeError(call.vm, js::ErrorType::kTypeError, "ERR_INVALID_ARG_TYPE",
                                 "The \"list\" argument must be an instance of Array. " +
                                     DescribeReceived(call.vm, list)));
    }
    size_t total = 0, count = call.vm.ArrayLength(list);
    for (size_t i = 0; i < count; ++i) {
      auto part = HostAs<BufferData>(call.vm, call.vm.ArrayAt(list, i));
      if (!part) {
        return Throw(MakeNodeError(call.vm, js::ErrorType::kTypeError, "ERR_INVALID_ARG_TYPE",
                                   "The \"list[" + std::to_string(i) +
                                       "]\" argument must be an instance of Buffer or Uint8Array. " +
                                       DescribeReceived(call.vm, call.vm.ArrayAt(list, i))));
      }
      total += part->bytes.size();
    }
    js::Completion room = call.vm.ReserveHeap(total);
    if (!room.ok()) return room;
    std::string bytes;
    bytes.reserve(total);
    for (size_t i = 0; i < count; ++i) bytes += HostAs<BufferData>(call.vm, call.vm.ArrayAt(list, i))->bytes;
    return Ok(NewBuffer(p, std::move(bytes)));
  });
  js::Value module = vm.NewObject();
  vm.Set(module, "Buffer", buffer_class);
  return module;
}

}  // namespace loopscope::node
