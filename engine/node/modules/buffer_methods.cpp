// engine/node/modules/buffer_methods.cpp — Buffer.prototype: toString, slice/subarray,
// equals/compare, toJSON, write, fill, indexOf/lastIndexOf/includes, copy, and the
// fixed- and variable-width read/write methods from one table each (lib/internal/buffer.js),
// with Node's argument errors, and the BigInt64 ones. Methods are non-enumerable, as on
// Node's prototype, so `for (k in buf)` lists only the indices.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "engine/node/modules/buffer.h"
#include "engine/node/modules/encodings.h"
#include "engine/node/native.h"
#include "engine/node/process.h"
#include "engine/node/validators.h"

namespace loopscope::node {

namespace {

void SetHiddenMethod(js::Vm& vm, js::Value obj, std::string_view name, int length,
                     js::NativeFunction fn) {
  vm.SetHidden(obj, name, vm.NewFunction(name, length, std::move(fn)));
}

// One row per fixed-width accessor: readUInt16LE / writeUInt16LE and the rest.
struct NumberAccessor {
  const char* suffix;  // after "read"/"write"
  const char* alias;   // the lower-case "Uint" spelling Node also has, or null
  int size;
  bool is_signed;
  bool is_float;
  bool little_endian;
};
constexpr NumberAccessor kAccessors[] = {
    {"UInt8", "Uint8", 1, false, false, true},
    {"Int8", nullptr, 1, true, false, true},
    {"UInt16LE", "Uint16LE", 2, false, false, true},
    {"UInt16BE", "Uint16BE", 2, false, false, false},
    {"Int16LE", nullptr, 2, true, false, true},
    {"Int16BE", nullptr, 2, true, false, false},
    {"UInt32LE", "Uint32LE", 4, false, false, true},
    {"UInt32BE", "Uint32BE", 4, false, false, false},
    {"Int32LE", nullptr, 4, true, false, true},
    {"Int32BE", nullptr, 4, true, false, false},
    {"FloatLE", nullptr, 4, false, true, true},
    {"FloatBE", nullptr, 4, false, true, false},
    {"DoubleLE", nullptr, 8, false, true, true},
    {"DoubleBE", nullptr, 8, false, true, false},
};

std::optional<BufferData> This(js::NativeCall& call) {
  return BufferBytes(call.vm, call.this_value);
}

// The Buffer or Uint8Array argument of equals, compare and copy (lib/buffer.js
// isUint8Array checks).
std::optional<BufferData> Uint8ArrayArg(js::NativeCall& call, js::Value v) {
  return call.vm.IsUint8Array(v) ? BufferBytes(call.vm, v) : std::nullopt;
}

js::Completion NotABuffer(js::Vm& vm) {
  return Throw(vm.MakeError(js::ErrorType::kTypeError, "argument must be a buffer"));
}

// `value = +value` in lib/internal/buffer.js's number writers: V8's TypeError for a BigInt.
js::Completion UnaryPlusOfBigInt(js::Vm& vm) {
  return Throw(
      vm.MakeError(js::ErrorType::kTypeError, "Cannot convert a BigInt value to a number"));
}

// lib/internal/buffer.js checkBounds / boundsError for an access of `size` bytes at `offset`.
// The fixed-width methods default a missing offset to 0; readUIntLE and the other
// variable-width ones require it (`required`).
js::Completion CheckOffset(js::Vm& vm, js::Value offset_value, size_t length, int size, size_t* out,
                           bool required = false) {
  if (offset_value.IsUndefined() && !required) offset_value = js::Value::Number(0);
  if (!offset_value.IsNumber()) return ThrowArgType(vm, "offset", "of type number", offset_value);
  double offset = offset_value.AsNumber();
  double last = static_cast<double>(length) - size;
  if (offset == std::floor(offset) && offset >= 0 && offset <= last) {
    *out = static_cast<size_t>(offset);
    return Ok();
  }
  if (offset != std::floor(offset)) return ThrowOutOfRange(vm, "offset", "an integer", offset);
  if (last < 0) {
    return Throw(MakeNodeError(vm, js::ErrorType::kRangeError, "ERR_BUFFER_OUT_OF_BOUNDS",
                               "Attempt to access memory outside buffer bounds"));
  }
  return ThrowOutOfRange(vm, "offset", ">= 0 and <= " + std::to_string(static_cast<int64_t>(last)),
                         offset);
}

double ReadNumber(const char* p, const NumberAccessor& a) {
  uint8_t raw[8];
  for (int i = 0; i < a.size; ++i)
    raw[i] = static_cast<uint8_t>(p[a.little_endian ? i : a.size - 1 - i]);
  if (a.is_float) {
    if (a.size == 4) {
      float f;
      std::memcpy(&f, raw, 4);
      return f;
    }
    double d;
    std::memcpy(&d, raw, 8);
    return d;
  }
  uint64_t v = 0;
  for (int i = a.size - 1; i >= 0; --i) v = (v << 8) | raw[i];
  if (a.is_signed && (v >> (a.size * 8 - 1)) & 1)
    return static_cast<double>(static_cast<int64_t>(v) - (int64_t{1} << (a.size * 8)));
  return static_cast<double>(v);
}

void WriteNumber(char* p, const NumberAccessor& a, double value) {
  uint8_t raw[8];
  if (a.is_float) {
    if (a.size == 4) {
      auto f = static_cast<float>(value);
      std::memcpy(raw, &f, 4);
    } else {
      std::memcpy(raw, &value, 8);
    }
  } else {
    // The value passed the range check; Node stores its integer part (NaN stores 0).
    int64_t v = std::isfinite(value) ? static_cast<int64_t>(std::trunc(value)) : 0;
    for (int i = 0; i < a.size; ++i) raw[i] = static_cast<uint8_t>(v >> (8 * i));
  }
  for (int i = 0; i < a.size; ++i)
    p[a.little_endian ? i : a.size - 1 - i] = static_cast<char>(raw[i]);
}

// lib/internal/buffer.js checkInt's wording: past 4 bytes the range is a power of two.
std::string IntRange(int size, bool is_signed) {
  int bits = size * 8;
  char range[96];
  if (size > 4) {
    if (is_signed)
      std::snprintf(range, sizeof range, ">= -(2 ** %d) and < 2 ** %d", bits - 1, bits - 1);
    else
      std::snprintf(range, sizeof range, ">= 0 and < 2 ** %d", bits);
  } else {
    double max = is_signed ? std::ldexp(1, bits - 1) - 1 : std::ldexp(1, bits) - 1;
    double min = is_signed ? -std::ldexp(1, bits - 1) : 0;
    std::snprintf(range, sizeof range, ">= %.0f and <= %.0f", min, max);
  }
  return range;
}

bool IntInRange(double value, int size, bool is_signed) {
  int bits = size * 8;
  double max = is_signed ? std::ldexp(1, bits - 1) - 1 : std::ldexp(1, bits) - 1;
  double min = is_signed ? -std::ldexp(1, bits - 1) : 0;
  return !(value > max || value < min);
}

// readUIntLE(offset, byteLength) and the like: byteLength 1 to 6 (lib/buffer.js boundsError).
js::Completion CheckByteLength(js::Vm& vm, js::Value v, int* out) {
  if (!v.IsNumber()) return ThrowArgType(vm, "byteLength", "of type number", v);
  double d = v.AsNumber();
  if (d != std::floor(d)) return ThrowOutOfRange(vm, "byteLength", "an integer", d);
  if (d < 1 || d > 6) return ThrowOutOfRange(vm, "byteLength", ">= 1 and <= 6", d);
  *out = static_cast<int>(d);
  return Ok();
}

// One row per variable-width accessor: readUIntLE(offset, byteLength) / writeUIntLE(...).
struct VariableAccessor {
  const char* suffix;
  const char* alias;
  bool is_signed;
  bool little_endian;
};
constexpr VariableAccessor kVariableAccessors[] = {
    {"UIntLE", "UintLE", false, true},
    {"UIntBE", "UintBE", false, false},
    {"IntLE", nullptr, true, true},
    {"IntBE", nullptr, true, false},
};

void InstallVariableAccessor(js::Vm& vm, js::Value proto, const VariableAccessor& v) {
  auto read = [v](js::NativeCall& call) {
    auto buf = This(call);
    if (!buf) return NotABuffer(call.vm);
    if (call.Arg(0).IsUndefined())
      return ThrowArgType(call.vm, "offset", "of type number", call.Arg(0));
    int size = 0;
    js::Completion ok = CheckByteLength(call.vm, call.Arg(1), &size);
    size_t at = 0;
    if (ok.ok()) ok = CheckOffset(call.vm, call.Arg(0), buf->bytes.size(), size, &at, true);
    if (!ok.ok()) return ok;
    NumberAccessor a{"", nullptr, size, v.is_signed, false, v.little_endian};
    return Ok(js::Value::Number(ReadNumber(buf->bytes.data() + at, a)));
  };
  auto write = [v](js::NativeCall& call) {
    auto buf = This(call);
    if (!buf) return NotABuffer(call.vm);
    int size = 0;
    js::Completion ok = CheckByteLength(call.vm, call.Arg(2), &size);
    if (!ok.ok()) return ok;
    if (call.Arg(0).IsBigInt()) return UnaryPlusOfBigInt(call.vm);
    double value = call.vm.ToNumber(call.Arg(0));
    if (!IntInRange(value, size, v.is_signed)) {
      return ThrowOutOfRange(call.vm, "value", IntRange(size, v.is_signed), value);
    }
    size_t at = 0;
    ok = CheckOffset(call.vm, call.Arg(1), buf->bytes.size(), size, &at, true);
    if (!ok.ok()) return ok;
    NumberAccessor a{"", nullptr, size, v.is_signed, false, v.little_endian};
    WriteNumber(buf->bytes.data() + at, a, value);
    return Ok(js::Value::Number(static_cast<double>(at + size)));
  };
  for (const char* spelling : {v.suffix, v.alias}) {
    if (!spelling) continue;
    SetHiddenMethod(vm, proto, std::string("read") + spelling, 2, read);
    SetHiddenMethod(vm, proto, std::string("write") + spelling, 3, write);
  }
}

void InstallAccessor(js::Vm& vm, js::Value proto, const NumberAccessor& a) {
  auto read = [a](js::NativeCall& call) {
    auto buf = This(call);
    if (!buf) return NotABuffer(call.vm);
    size_t at = 0;
    js::Completion ok = CheckOffset(call.vm, call.Arg(0), buf->bytes.size(), a.size, &at);
    if (!ok.ok()) return ok;
    return Ok(js::Value::Number(ReadNumber(buf->bytes.data() + at, a)));
  };
  auto write = [a](js::NativeCall& call) {
    auto buf = This(call);
    if (!buf) return NotABuffer(call.vm);
    if (call.Arg(0).IsBigInt()) return UnaryPlusOfBigInt(call.vm);
    double value = call.vm.ToNumber(call.Arg(0));
    if (!a.is_float && !IntInRange(value, a.size, a.is_signed)) {
      return ThrowOutOfRange(call.vm, "value", IntRange(a.size, a.is_signed), value);
    }
    size_t at = 0;
    js::Completion ok = CheckOffset(call.vm, call.Arg(1), buf->bytes.size(), a.size, &at);
    if (!ok.ok()) return ok;
    WriteNumber(buf->bytes.data() + at, a, value);
    return Ok(js::Value::Number(static_cast<double>(at + a.size)));
  };
  for (const char* spelling : {a.suffix, a.alias}) {
    if (!spelling) continue;
    SetHiddenMethod(vm, proto, std::string("read") + spelling, 1, read);
    SetHiddenMethod(vm, proto, std::string("write") + spelling, 2, write);
  }
}

// One row per 64-bit BigInt accessor: readBigInt64LE / writeBigInt64LE and the rest.
struct BigIntAccessor {
  const char* suffix;
  const char* alias;  // the lower-case "Uint" spelling
  bool is_signed;
  bool little_endian;
};
constexpr BigIntAccessor kBigIntAccessors[] = {
    {"BigUInt64LE", "BigUint64LE", false, true},
    {"BigUInt64BE", "BigUint64BE", false, false},
    {"BigInt64LE", nullptr, true, true},
    {"BigInt64BE", nullptr, true, false},
};

// lib/internal/buffer.js readBigUInt64LE & co.: the offset checked as for the fixed-width
// methods; writeBigU_Int64LE: checkInt's range (with BigInt bounds) first, then the offset,
// then `value & 0xffffffffn`, which is the mixing TypeError for a value that is no BigInt.
void InstallBigIntAccessor(js::Vm& vm, js::Value proto, const BigIntAccessor& b) {
  auto read = [b](js::NativeCall& call) {
    auto buf = This(call);
    if (!buf) return NotABuffer(call.vm);
    size_t at = 0;
    js::Completion ok = CheckOffset(call.vm, call.Arg(0), buf->bytes.size(), 8, &at);
    if (!ok.ok()) return ok;
    uint64_t bits = 0;
    for (int i = 0; i < 8; ++i)
      bits |= uint64_t{static_cast<uint8_t>(buf->bytes[at + (b.little_endian ? i : 7 - i)])}
              << (8 * i);
    return Ok(call.vm.NewBigInt64(bits, b.is_signed));
  };
  auto write = [b](js::NativeCall& call) {
    auto buf = This(call);
    if (!buf) return NotABuffer(call.vm);
    js::Value value = call.Arg(0);
    uint64_t bits = 0;
    bool fits = call.vm.BigIntFits64(value, b.is_signed, &bits);
    if (value.IsBigInt() && !fits) {
      return ThrowOutOfRange(
          call.vm, "value",
          b.is_signed ? ">= -(2n ** 63n) and < 2n ** 63n" : ">= 0n and < 2n ** 64n", value);
    }
    size_t at = 0;
    js::Completion ok = CheckOffset(call.vm, call.Arg(1), buf->bytes.size(), 8, &at);
    if (!ok.ok()) return ok;
    if (!fits) {
      return Throw(
          call.vm.MakeError(js::ErrorType::kTypeError,
                            "Cannot mix BigInt and other types, use explicit conversions"));
    }
    for (int i = 0; i < 8; ++i)
      buf->bytes[at + (b.little_endian ? i : 7 - i)] = static_cast<char>(bits >> (8 * i));
    return Ok(js::Value::Number(static_cast<double>(at + 8)));
  };
  for (const char* spelling : {b.suffix, b.alias}) {
    if (!spelling) continue;
    SetHiddenMethod(vm, proto, std::string("read") + spelling, 1, read);
    SetHiddenMethod(vm, proto, std::string("write") + spelling, 2, write);
  }
}

// Relative start/end as TypedArray.prototype.subarray reads them (negative from the end).
size_t RelativeIndex(js::Vm& vm, js::Value v, size_t length, size_t fallback) {
  if (v.IsUndefined()) return fallback;
  double d = vm.ToNumber(v);
  if (std::isnan(d)) return 0;
  d = std::trunc(d);
  auto len = static_cast<double>(length);
  if (d < 0) d = std::max(0.0, d + len);
  return static_cast<size_t>(std::min(d, len));
}

std::optional<Encoding> EncodingOf(js::Vm& vm, js::Value v) {
  if (v.IsUndefined()) return Encoding::kUtf8;
  if (!v.IsString()) return std::nullopt;
  return ParseEncoding(vm.StringView(v));
}

js::Completion UnknownEncoding(js::Vm& vm, js::Value v) {
  return Throw(MakeNodeError(vm, js::ErrorType::kTypeError, "ERR_UNKNOWN_ENCODING",
                             "Unknown encoding: " + vm.ToDisplayString(v)));
}

// The bytes of a fill or search value: a number is one byte, a string is encoded.
js::Completion NeedleBytes(js::Vm& vm, js::Value value, js::Value encoding, std::string* out) {
  if (value.IsNumber()) {
    double d = value.AsNumber();
    *out = std::string(1, ToUint8Byte(d));
    return Ok();
  }
  if (auto b = vm.IsUint8Array(value) ? BufferBytes(vm, value) : std::nullopt) {
    *out = b->bytes;
    return Ok();
  }
  if (!value.IsString()) {
    return ThrowArgType(
        vm, "value", "one of type number or string or an instance of Buffer or Uint8Array", value);
  }
  std::optional<Encoding> e = EncodingOf(vm, encoding);
  if (!e) return UnknownEncoding(vm, encoding);
  *out = Encode(vm.StringView(value), *e);
  return Ok();
}

js::Completion ToStringMethod(js::NativeCall& call) {
  auto buf = This(call);
  if (!buf) return NotABuffer(call.vm);
  std::optional<Encoding> e = EncodingOf(call.vm, call.Arg(0));
  if (!e) return UnknownEncoding(call.vm, call.Arg(0));
  size_t len = buf->bytes.size();
  // lib/buffer.js toString: start below 0 is 0, end past the length is the length.
  double start = call.Arg(1).IsUndefined() ? 0 : std::max(0.0, call.vm.ToNumber(call.Arg(1)));
  double end = call.Arg(2).IsUndefined()
                   ? static_cast<double>(len)
                   : std::min(static_cast<double>(len), call.vm.ToNumber(call.Arg(2)));
  if (std::isnan(start)) start = 0;
  if (!(end > start)) return Ok(call.vm.NewString(""));
  auto s = static_cast<size_t>(start);
  return Ok(call.vm.NewString(
      Decode(std::string_view(buf->bytes).substr(s, static_cast<size_t>(end) - s), *e)));
}

js::Completion IndexOf(js::NativeCall& call, bool last) {
  auto buf = This(call);
  if (!buf) return NotABuffer(call.vm);
  js::Value enc = call.Arg(1).IsString() ? call.Arg(1) : call.Arg(2);
  std::string needle;
  js::Completion ok = NeedleBytes(call.vm, call.Arg(0), enc, &needle);
  if (!ok.ok()) return ok;
  std::string_view hay = buf->bytes;
  auto len = static_cast<double>(hay.size());
  double from = call.Arg(1).IsNumber() ? std::trunc(call.Arg(1).AsNumber()) : (last ? len : 0);
  if (std::isnan(from)) from = last ? len : 0;
  if (from < 0) from += len;
  size_t found;
  if (last) {
    if (from < 0) return Ok(js::Value::Number(-1));
    found = hay.rfind(needle, static_cast<size_t>(std::min(from, len)));
  } else {
    found = hay.find(needle, static_cast<size_t>(std::clamp(from, 0.0, len)));
  }
  return Ok(js::Value::Number(found == std::string::npos ? -1 : static_cast<double>(found)));
}

js::Completion Fill(js::NativeCall& call) {
  auto buf = This(call);
  if (!buf) return NotABuffer(call.vm);
  // fill(value, encoding) and fill(value, offset, encoding) shift the arguments.
  js::Value offset_v = call.Arg(1), end_v = call.Arg(2), enc = call.Arg(3);
  if (offset_v.IsString()) {
    enc = offset_v;
    offset_v = end_v = js::Value::Undefined();
  } else if (end_v.IsString()) {
    enc = end_v;
    end_v = js::Value::Undefined();
  }
  size_t len = buf->bytes.size();
  double offset = offset_v.IsUndefined() ? 0 : call.vm.ToNumber(offset_v);
  double end = end_v.IsUndefined() ? static_cast<double>(len) : call.vm.ToNumber(end_v);
  if (!(offset >= 0 && offset <= static_cast<double>(len))) {
    return ThrowOutOfRange(call.vm, "offset", ">= 0 && <= " + std::to_string(len), offset);
  }
  if (!(end >= 0 && end <= static_cast<double>(len))) {
    return ThrowOutOfRange(call.vm, "end", ">= 0 && <= " + std::to_string(len), end);
  }
  std::string pattern;
  js::Completion ok = NeedleBytes(call.vm, call.Arg(0), enc, &pattern);
  if (!ok.ok()) return ok;
  if (pattern.empty()) pattern = std::string(1, '\0');
  for (auto i = static_cast<size_t>(offset), k = size_t{0}; i < static_cast<size_t>(end);
       ++i, ++k) {
    buf->bytes[i] = pattern[k % pattern.size()];
  }
  return Ok(call.this_value);
}

js::Completion Write(js::NativeCall& call) {
  auto buf = This(call);
  if (!buf) return NotABuffer(call.vm);
  if (!call.Arg(0).IsString())
    return ThrowArgType(call.vm, "string", "of type string", call.Arg(0));
  // write(string[, offset[, length]][, encoding]): the encoding may come in any later slot.
  js::Value enc = js::Value::Undefined();
  double numbers[2] = {0, -1};
  for (size_t i = 1, n = 0; i < call.args.size() && i < 4; ++i) {
    if (call.args[i].IsString())
      enc = call.args[i];
    else if (n < 2 && !call.args[i].IsUndefined())
      numbers[n++] = call.vm.ToNumber(call.args[i]);
  }
  std::optional<Encoding> e = EncodingOf(call.vm, enc);
  if (!e) return UnknownEncoding(call.vm, enc);
  size_t len = buf->bytes.size();
  if (!(numbers[0] >= 0 && numbers[0] <= static_cast<double>(len))) {
    return ThrowOutOfRange(call.vm, "offset", ">= 0 && <= " + std::to_string(len), numbers[0]);
  }
  auto offset = static_cast<size_t>(numbers[0]);
  size_t room = len - offset;
  if (numbers[1] >= 0) room = std::min(room, static_cast<size_t>(numbers[1]));
  std::string bytes = Encode(call.vm.StringView(call.Arg(0)), *e);
  size_t n = std::min(room, bytes.size());
  buf->bytes.replace(offset, n, bytes.substr(0, n));
  return Ok(js::Value::Number(static_cast<double>(n)));
}

js::Completion Copy(js::NativeCall& call) {
  auto src = This(call);
  if (!src) return NotABuffer(call.vm);
  auto dst = Uint8ArrayArg(call, call.Arg(0));
  if (!dst)
    return ThrowArgType(call.vm, "target", "an instance of Buffer or Uint8Array", call.Arg(0));
  size_t target_start = RelativeIndex(call.vm, call.Arg(1), dst->bytes.size(), 0);
  size_t source_start = RelativeIndex(call.vm, call.Arg(2), src->bytes.size(), 0);
  size_t source_end = RelativeIndex(call.vm, call.Arg(3), src->bytes.size(), src->bytes.size());
  if (source_end <= source_start || target_start >= dst->bytes.size())
    return Ok(js::Value::Number(0));
  size_t n = std::min(source_end - source_start, dst->bytes.size() - target_start);
  std::string part = src->bytes.substr(source_start, n);  // copy first: src may be dst
  dst->bytes.replace(target_start, n, part);
  return Ok(js::Value::Number(static_cast<double>(n)));
}

}  // namespace

void InstallBufferMethods(Process& p, js::Value proto) {
  js::Vm& vm = p.vm();
  SetHiddenMethod(vm, proto, "toString", 3, ToStringMethod);
  // slice is subarray in Node 20: a view sharing the parent's memory.
  for (const char* name : {"slice", "subarray"}) {
    SetHiddenMethod(vm, proto, name, 2, [&p](js::NativeCall& call) {
      auto buf = This(call);
      if (!buf) return NotABuffer(call.vm);
      size_t len = buf->bytes.size();
      size_t start = RelativeIndex(call.vm, call.Arg(0), len, 0);
      size_t end = std::max(start, RelativeIndex(call.vm, call.Arg(1), len, len));
      return Ok(NewBufferView(p, call.this_value, start, end - start));
    });
  }
  SetHiddenMethod(vm, proto, "equals", 1, [](js::NativeCall& call) {
    auto a = This(call);
    auto b = Uint8ArrayArg(call, call.Arg(0));
    if (!a) return NotABuffer(call.vm);
    if (!b)
      return ThrowArgType(call.vm, "otherBuffer", "an instance of Buffer or Uint8Array",
                          call.Arg(0));
    return Ok(js::Value::Boolean(a->bytes == b->bytes));
  });
  SetHiddenMethod(vm, proto, "compare", 1, [](js::NativeCall& call) {
    auto a = This(call);
    auto b = Uint8ArrayArg(call, call.Arg(0));
    if (!a) return NotABuffer(call.vm);
    if (!b)
      return ThrowArgType(call.vm, "target", "an instance of Buffer or Uint8Array", call.Arg(0));
    int c = a->bytes.compare(b->bytes);
    return Ok(js::Value::Number(c < 0 ? -1 : c > 0 ? 1 : 0));
  });
  SetHiddenMethod(vm, proto, "toJSON", 0, [](js::NativeCall& call) {
    auto buf = This(call);
    if (!buf) return NotABuffer(call.vm);
    std::vector<js::Value> data;
    for (unsigned char c : buf->bytes) data.push_back(js::Value::Number(c));
    js::Value out = call.vm.NewObject();
    call.vm.Set(out, "type", call.vm.NewString("Buffer"));
    call.vm.Set(out, "data", call.vm.NewArray(data));
    return Ok(out);
  });
  SetHiddenMethod(vm, proto, "indexOf", 3,
                  [](js::NativeCall& call) { return IndexOf(call, false); });
  SetHiddenMethod(vm, proto, "lastIndexOf", 3,
                  [](js::NativeCall& call) { return IndexOf(call, true); });
  SetHiddenMethod(vm, proto, "includes", 3, [](js::NativeCall& call) {
    js::Completion c = IndexOf(call, false);
    if (!c.ok()) return c;
    return Ok(js::Value::Boolean(c.value.AsNumber() >= 0));
  });
  SetHiddenMethod(vm, proto, "fill", 4, Fill);
  SetHiddenMethod(vm, proto, "write", 4, Write);
  SetHiddenMethod(vm, proto, "copy", 4, Copy);
  for (const NumberAccessor& a : kAccessors) InstallAccessor(vm, proto, a);
  for (const VariableAccessor& v : kVariableAccessors) InstallVariableAccessor(vm, proto, v);
  for (const BigIntAccessor& b : kBigIntAccessors) InstallBigIntAccessor(vm, proto, b);
}

}  // namespace loopscope::node
