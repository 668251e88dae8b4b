// engine/node/text_coding_global.cpp — the native half of TextEncoder and TextDecoder: label
// lookup (WHATWG Encoding §4.2 "get an encoding"), the decoder's state across `stream: true`
// chunks, UTF-8 encoding (encode, encodeInto) and decoding with replacement or, when fatal,
// refusal. Node 20 decodes UTF-8 in src/encoding_binding.cc and the rest with ICU (lib/
// internal/encoding.js); the argument checks and errors are lib/text_coding.js's.
// Where to look next: well_formed.h (UTF-8 both ways), engine/node/lib/text_coding.js.
#include "engine/node/text_coding_global.h"

#include <algorithm>
#include <string>

#include "engine/js/unicode.h"
#include "engine/node/host_record.h"
#include "engine/node/modules.h"
#include "engine/node/native.h"
#include "engine/node/well_formed.h"

namespace loopscope::node {
namespace {

enum class Charset { kUtf8, kUtf16le, kUtf16be, kLatin1 };

// WHATWG Encoding §4.2's label table for the encodings decoded here; node's other ICU
// converters (iso-8859-2, shift_jis, ...) are not modelled and read as unsupported.
struct Label {
  std::string_view label;
  Charset charset;
};
constexpr Label kLabels[] = {
    {"unicode-1-1-utf-8", Charset::kUtf8},
    {"unicode11utf8", Charset::kUtf8},
    {"unicode20utf8", Charset::kUtf8},
    {"utf-8", Charset::kUtf8},
    {"utf8", Charset::kUtf8},
    {"x-unicode20utf8", Charset::kUtf8},
    {"csunicode", Charset::kUtf16le},
    {"iso-10646-ucs-2", Charset::kUtf16le},
    {"ucs-2", Charset::kUtf16le},
    {"unicode", Charset::kUtf16le},
    {"unicodefeff", Charset::kUtf16le},
    {"utf-16", Charset::kUtf16le},
    {"utf-16le", Charset::kUtf16le},
    {"unicodefffe", Charset::kUtf16be},
    {"utf-16be", Charset::kUtf16be},
    {"ansi_x3.4-1968", Charset::kLatin1},
    {"ascii", Charset::kLatin1},
    {"cp1252", Charset::kLatin1},
    {"cp819", Charset::kLatin1},
    {"csisolatin1", Charset::kLatin1},
    {"ibm819", Charset::kLatin1},
    {"iso-8859-1", Charset::kLatin1},
    {"iso-ir-100", Charset::kLatin1},
    {"iso8859-1", Charset::kLatin1},
    {"iso88591", Charset::kLatin1},
    {"iso_8859-1", Charset::kLatin1},
    {"iso_8859-1:1987", Charset::kLatin1},
    {"l1", Charset::kLatin1},
    {"latin1", Charset::kLatin1},
    {"us-ascii", Charset::kLatin1},
    {"windows-1252", Charset::kLatin1},
    {"x-cp1252", Charset::kLatin1},
};
// The `encoding` each charset reports, indexed by Charset.
constexpr std::string_view kCharsetNames[] = {"utf-8", "utf-16le", "utf-16be", "windows-1252"};

std::string_view NameOf(Charset c) {
  return kCharsetNames[static_cast<size_t>(c)];
}

// §4.2 "get an encoding": strip ASCII whitespace, compare ASCII case-insensitively.
const Label* FindLabel(std::string_view label) {
  constexpr std::string_view kWhitespace = "\t\n\f\r ";
  size_t first = label.find_first_not_of(kWhitespace);
  if (first == std::string_view::npos) return nullptr;
  label = label.substr(first, label.find_last_not_of(kWhitespace) - first + 1);
  std::string lower(label);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
  for (const Label& l : kLabels)
    if (l.label == lower) return &l;
  return nullptr;
}

struct EncoderRecord : HostRecord {
  static constexpr HostKind kKind = HostKind::kTextEncoder;
  EncoderRecord() : HostRecord(kKind) {}
};

struct DecoderRecord : HostRecord {
  static constexpr HostKind kKind = HostKind::kTextDecoder;
  DecoderRecord(Charset c, bool f, bool i)
      : HostRecord(kKind), charset(c), fatal(f), ignore_bom(i) {}
  Charset charset;
  bool fatal;
  bool ignore_bom;
  std::string pending;        // the start of a character split across `stream: true` chunks
  bool stream_begun = false;  // past the stream's first character (where a BOM is dropped)
  bool streamed = false;      // node leaves its UTF-8 fast path at the first `stream: true`
};

// How many bytes at the end of `bytes` begin a UTF-8 sequence that later bytes may complete
// (the decoder's "bytes needed" state, §9.1.1 UTF-8 decoder, with its second-byte ranges).
size_t Utf8IncompleteTail(std::string_view bytes) {
  for (size_t back = 1; back <= std::min<size_t>(3, bytes.size()); ++back) {
    auto lead = static_cast<uint8_t>(bytes[bytes.size() - back]);
    if ((lead & 0xC0) == 0x80) continue;
    size_t need = lead >= 0xC2 && lead <= 0xDF   ? 2
                  : lead >= 0xE0 && lead <= 0xEF ? 3
                  : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                 : 0;
    if (need <= back) return 0;
    if (back >= 2) {
      auto second = static_cast<uint8_t>(bytes[bytes.size() - back + 1]);
      uint8_t low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
      uint8_t high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
      if (second < low || second > high) return 0;
    }
    return back;
  }
  return 0;
}

// UTF-16 of either byte order: lone surrogates become U+FFFD (or fail when fatal), an odd
// final byte too. With `flush` false, a trailing odd byte or high surrogate waits in `keep`.
bool DecodeUtf16(std::string_view bytes, bool big_endian, bool flush, bool fatal, std::string& keep,
                 std::u16string& out) {
  size_t n = bytes.size();
  auto unit = [&](size_t i) {
    auto a = static_cast<uint8_t>(bytes[i]), b = static_cast<uint8_t>(bytes[i + 1]);
    return static_cast<char16_t>(big_endian ? (a << 8 | b) : (b << 8 | a));
  };
  size_t i = 0;
  for (; i + 1 < n; i += 2) {
    char16_t u = unit(i);
    bool high = u >= 0xD800 && u <= 0xDBFF, low = u >= 0xDC00 && u <= 0xDFFF;
    if (high && i + 3 < n && unit(i + 2) >= 0xDC00 && unit(i + 2) <= 0xDFFF) {
      out += u;
      out += unit(i + 2);
      i += 2;
    } else if (high && i + 3 >= n && !flush) {
      break;  // its low half may come in the next chunk
    } else if (high || low) {
      if (fatal) return false;
      out += u'\uFFFD';
    } else {
      out += u;
    }
  }
  keep.assign(bytes.substr(i));
  if (flush && !keep.empty()) {
    if (fatal) return false;
    out += u'\uFFFD';
    keep.clear();
  }
  return true;
}

// One decode() call: the held-back bytes, then `input`. False for invalid data when fatal.
bool Decode(DecoderRecord& d, std::string_view input, bool flush, std::string& text) {
  std::string bytes = d.pending + std::string(input);
  d.pending.clear();
  switch (d.charset) {
    case Charset::kUtf8: {
      size_t tail = flush ? 0 : Utf8IncompleteTail(bytes);
      d.pending = bytes.substr(bytes.size() - tail);
      bytes.resize(bytes.size() - tail);
      text = DecodeUtf8(bytes);
      // Valid UTF-8 decodes to itself; anything else gained a U+FFFD.
      if (d.fatal && text != bytes) return false;
      break;
    }
    case Charset::kUtf16le:
    case Charset::kUtf16be: {
      std::u16string units;
      if (!DecodeUtf16(bytes, d.charset == Charset::kUtf16be, flush, d.fatal, d.pending, units))
        return false;
      text = js::FromU16(units);
      break;
    }
    case Charset::kLatin1: {  // node decodes windows-1252 as latin1: byte n is U+00nn
      std::u16string units(bytes.begin(), bytes.end());
      for (size_t i = 0; i < bytes.size(); ++i) units[i] = static_cast<uint8_t>(bytes[i]);
      text = js::FromU16(units);
      break;
    }
  }
  // §10.1 "serialize I/O queue": a stream's leading U+FEFF is dropped unless ignoreBOM.
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  bool begun = d.stream_begun || !text.empty();
  bool utf = d.charset != Charset::kLatin1;
  if (utf && !d.ignore_bom && !d.stream_begun && text.compare(0, kBom.size(), kBom) == 0)
    text.erase(0, kBom.size());
  d.stream_begun = !flush && begun;  // a flush ends the stream: the next call starts anew
  return true;
}

// TextEncoder.prototype.encodeInto: whole characters while they fit; `read` counts UTF-16
// code units of `source`, `written` bytes (a lone surrogate is written as U+FFFD).
std::pair<size_t, size_t> EncodeInto(std::string_view source, std::span<char> dest) {
  std::u16string units = js::ToU16(source);
  size_t read = 0, written = 0;
  while (read < units.size()) {
    char16_t u = units[read];
    bool pair = u >= 0xD800 && u <= 0xDBFF && read + 1 < units.size() &&
                units[read + 1] >= 0xDC00 && units[read + 1] <= 0xDFFF;
    std::string bytes = EncodeUtf8(js::FromU16(units.substr(read, pair ? 2 : 1)));
    if (written + bytes.size() > dest.size()) break;
    std::copy(bytes.begin(), bytes.end(), dest.begin() + static_cast<std::ptrdiff_t>(written));
    written += bytes.size();
    read += pair ? 2 : 1;
  }
  return {read, written};
}

std::string Quoted(std::string_view s) {
  return "'" + std::string(s) + "'";
}

void DefineDecoderMethods(js::Vm& vm, js::Value binding) {
  // newDecoder(prototype, className, encoding, fatal, ignoreBOM): the checks are the lib's.
  SetMethod(vm, binding, "newDecoder", 5, [](js::NativeCall& call) {
    js::Vm& v = call.vm;
    const Label* label = FindLabel(v.ToDisplayString(call.Arg(2)));
    auto record = std::make_shared<DecoderRecord>(label->charset, v.ToBoolean(call.Arg(3)),
                                                  v.ToBoolean(call.Arg(4)));
    js::Value obj = NewHostObjectFor(v, "TextDecoder", record, call.Arg(0));
    std::string cls = v.ToDisplayString(call.Arg(1));
    v.SetInspector(obj, [record, cls](js::Vm&, js::Value) {
      return cls + " { encoding: " + Quoted(NameOf(record->charset)) +
             ", fatal: " + (record->fatal ? "true" : "false") +
             ", ignoreBOM: " + (record->ignore_bom ? "true" : "false") + " }";
    });
    return Ok(obj);
  });
  // decoderState(v): [encoding, fatal, ignoreBOM], or undefined if `v` is no TextDecoder.
  SetMethod(vm, binding, "decoderState", 1, [](js::NativeCall& call) {
    auto d = HostAs<DecoderRecord>(call.vm, call.Arg(0));
    if (!d) return Ok();
    js::Value items[] = {call.vm.NewString(NameOf(d->charset)), js::Value::Boolean(d->fatal),
                         js::Value::Boolean(d->ignore_bom)};
    return Ok(call.vm.NewArray(items));
  });
  // leaveFastPath(decoder, stream): whether node's UTF-8 decoder has left its fast path
  // (lib/internal/encoding.js kUTF8FastPath &&= !stream), which changes its error texts.
  SetMethod(vm, binding, "leaveFastPath", 2, [](js::NativeCall& call) {
    auto d = HostAs<DecoderRecord>(call.vm, call.Arg(0));
    d->streamed = d->streamed || call.vm.ToBoolean(call.Arg(1));
    return Ok(js::Value::Boolean(d->streamed));
  });
  // decode(decoder, bufferSource, flush): the text, or null when fatal and the data is bad.
  SetMethod(vm, binding, "decode", 3, [](js::NativeCall& call) {
    auto d = HostAs<DecoderRecord>(call.vm, call.Arg(0));
    auto view = call.vm.ViewSpan(call.Arg(1), /*array_buffer=*/true);
    std::string text;
    if (!Decode(*d, std::string_view(view->data(), view->size()), call.vm.ToBoolean(call.Arg(2)),
                text)) {
      d->pending.clear();
      d->stream_begun = false;
      return Ok(js::Value::Null());
    }
    return Ok(call.vm.NewString(text));
  });
}

void DefineEncoderMethods(js::Vm& vm, js::Value binding) {
  SetMethod(vm, binding, "newEncoder", 1, [](js::NativeCall& call) {
    js::Value obj =
        NewHostObjectFor(call.vm, "TextEncoder", std::make_shared<EncoderRecord>(), call.Arg(0));
    // lib/internal/encoding.js prints a plain object holding the encoding.
    call.vm.SetInspector(obj,
                         [](js::Vm&, js::Value) { return std::string("{ encoding: 'utf-8' }"); });
    return Ok(obj);
  });
  SetMethod(vm, binding, "isEncoder", 1, [](js::NativeCall& call) {
    return Ok(js::Value::Boolean(HostAs<EncoderRecord>(call.vm, call.Arg(0)) != nullptr));
  });
  // encode(string): an ArrayBuffer of its UTF-8 bytes (the lib wraps it in a Uint8Array).
  SetMethod(vm, binding, "encode", 1, [](js::NativeCall& call) {
    return Ok(call.vm.NewArrayBuffer(EncodeUtf8(call.vm.StringView(call.Arg(0)))));
  });
  // encodeInto(string, uint8Array): [read, written].
  SetMethod(vm, binding, "encodeInto", 2, [](js::NativeCall& call) {
    std::string source(call.vm.StringView(call.Arg(0)));
    auto [read, written] = EncodeInto(source, *call.vm.ViewSpan(call.Arg(1)));
    js::Value items[] = {js::Value::Number(static_cast<double>(read)),
                         js::Value::Number(static_cast<double>(written))};
    return Ok(call.vm.NewArray(items));
  });
}

}  // namespace

js::Value InstallTextCoding(Modules& modules, js::Vm& vm, js::Value global) {
  js::Value binding = modules.NewBinding();
  SetMethod(vm, binding, "isSupported", 1, [](js::NativeCall& call) {
    return Ok(js::Value::Boolean(FindLabel(call.vm.ToDisplayString(call.Arg(0))) != nullptr));
  });
  SetMethod(vm, binding, "isBufferSource", 1, [](js::NativeCall& call) {
    return Ok(js::Value::Boolean(call.vm.ViewSpan(call.Arg(0), true).has_value()));
  });
  SetMethod(vm, binding, "isUint8Array", 1, [](js::NativeCall& call) {
    return Ok(js::Value::Boolean(call.vm.IsUint8Array(call.Arg(0))));
  });
  DefineDecoderMethods(vm, binding);
  DefineEncoderMethods(vm, binding);
  js::Value exports = modules.RunLib("text_coding", binding);
  for (const char* name : {"TextEncoder", "TextDecoder"})
    vm.SetHidden(global, name, vm.GetOwn(exports, name));
  return exports;
}

}  // namespace loopscope::node
