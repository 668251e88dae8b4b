// engine/js/inspect.cpp — util.inspect and util.format for the subset's values, ported
// from Node 20's lib/internal/util/inspect.js (formatValue, formatRaw, formatProperty,
// reduceToSingleString, groupArrayElements, isBelowBreakLength, strEscape) with Node's
// defaults: depth 2, breakLength 80, compact 3, no colours.
// [SECTION] index: strings and keys, util.inspect.custom, functions and errors, objects, line
// breaking, format.
// Where to look next: runtime.h (Runtime::Inspect / Format), vm.h.
#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_map>

#include "engine/js/bigint.h"
#include "engine/js/runtime.h"
#include "engine/js/vm.h"
#include "engine/js/weak_collections.h"
#include "engine/js/wrapper_objects.h"

namespace loopscope::js {
namespace {

constexpr int kMinLineLength = 16;
constexpr size_t kMaxArrayLength = 100;
constexpr size_t kMaxStringLength = 10000;

enum class Extras { kObject, kArray };

// [SECTION] strings and keys

// strEscape: single quotes unless the text has one; then double quotes, then backticks.
std::string QuoteString(std::string_view s) {
  char quote = '\'';
  if (s.find('\'') != std::string_view::npos) {
    if (s.find('"') == std::string_view::npos)
      quote = '"';
    else if (s.find('`') == std::string_view::npos && s.find("${") == std::string_view::npos)
      quote = '`';
  }
  std::string out(1, quote);
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    // A lone surrogate (stored as its 3-byte encoding: a pair is always one 4-byte code
    // point) prints as Node escapes it, "\ud83d".
    if (c == 0xED && i + 2 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xE0) == 0xA0) {
      char buf[8];
      unsigned unit = 0xD000 | ((static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
                      (static_cast<unsigned char>(s[i + 2]) & 0x3F);
      std::snprintf(buf, sizeof buf, "\\u%04x", unit);
      out += buf;
      i += 2;
      continue;
    }
    switch (c) {
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\v':
        out += "\\v";
        break;
      case '\\':
        out += "\\\\";
        break;
      default:
        if (c == static_cast<unsigned char>(quote)) {
          out += '\\';
          out += static_cast<char>(c);
        } else if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02X", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += quote;
  return out;
}

bool IsIdentifierKey(std::string_view k) {
  if (k.empty()) return false;
  auto start = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
  if (!start(k[0])) return false;
  return std::all_of(k.begin(), k.end(),
                     [&](char c) { return start(c) || (c >= '0' && c <= '9'); });
}

size_t DisplayWidth(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

class Inspector {
 public:
  explicit Inspector(Runtime& rt, int depth = 2, bool show_hidden = false)
      : rt_(rt), depth_(depth), show_hidden_(show_hidden) {}
  Inspector(Runtime& rt, const InspectOptions& o)
      : rt_(rt),
        depth_(o.depth),
        show_hidden_(o.show_hidden),
        break_length_(o.break_length),
        compact_(o.compact),
        sorted_(o.sorted),
        compact_mode_true_(o.compact_true),
        custom_inspect_(o.custom_inspect) {}

  // The entry point: a custom inspector that throws stops the whole call, and the error is
  // left on the runtime for the embedder (Vm::TakeInspectError).
  std::string Run(Value v) {
    rt_.inspect_threw = false;
    rt_.inspect_error = Value::Undefined();
    std::string out = FormatValue(v, 0);
    if (!threw_) return out;
    rt_.inspect_threw = true;
    rt_.inspect_error = thrown_;
    return {};
  }

  std::string FormatValue(Value v, int recurse_times) {
    if (threw_) return {};
    if (!v.IsObject()) return FormatPrimitive(v);
    if (custom_inspect_) {
      if (std::optional<std::string> custom = CustomInspect(v, recurse_times)) return *custom;
    }
    return FormatObject(v.As<Object>(), recurse_times);
  }

 private:
  // [SECTION] util.inspect.custom

  // formatValue: maybeCustom = value[inspect.custom]; called as (depth, options, inspect)
  // unless it is util.inspect itself or the value is its constructor's prototype. A result
  // other than the value itself is printed instead: a string as it is (its lines indented
  // to the current level), anything else formatted.
  std::optional<std::string> CustomInspect(Value v, int recurse_times) {
    auto it = rt_.symbol_registry.find("nodejs.util.inspect.custom");
    if (it == rt_.symbol_registry.end()) return std::nullopt;
    Completion fn = rt_.GetProperty(v, it->second);
    if (!fn.ok()) return Fail(fn.value);
    if (!rt_.IsCallable(fn.value) || fn.value.bits() == rt_.inspect_function.bits())
      return std::nullopt;
    Completion ctor = rt_.GetProperty(v, rt_.key_constructor);
    if (!ctor.ok()) return Fail(ctor.value);
    if (ctor.value.IsObject()) {
      Completion proto = rt_.GetProperty(ctor.value, rt_.key_prototype);
      if (!proto.ok()) return Fail(proto.value);
      if (proto.value.bits() == v.bits()) return std::nullopt;
    }
    double depth = depth_ >= (1 << 29) ? INFINITY : depth_ - recurse_times;
    Value args[] = {Value::Number(depth), UserOptions(), rt_.inspect_function};
    Completion r = rt_.Call(fn.value, v, args);
    if (!r.ok()) return Fail(r.value);
    if (r.value.bits() == v.bits()) return std::nullopt;
    if (!r.value.IsString()) return FormatValue(r.value, recurse_times);
    std::string text(rt_.StringOf(r.value));
    std::string indented;
    for (char c : text) {
      indented += c;
      if (c == '\n') indented.append(static_cast<size_t>(indentation_), ' ');
    }
    return indented;
  }

  std::optional<std::string> Fail(Value error) {
    if (!threw_) thrown_ = error;
    threw_ = true;
    return std::string();
  }

  // getUserOptions: the context's options, in Node's order, with a stylize that adds no
  // colour (colors is always false here).
  Value UserOptions() {
    Object* o = rt_.NewPlainObject();
    Value opts = Value::FromCell(o);
    auto set = [&](std::string_view key, Value v) { o->Put(rt_.Intern(key), v); };
    set("stylize",
        Value::FromCell(rt_.NewNative("stylize", 2, [](Runtime& rt, NativeCall& call, Native*) {
          return rt.ToStringValue(call.Arg(0));
        })));
    set("showHidden", Value::Boolean(show_hidden_));
    set("depth", Value::Number(depth_ >= (1 << 29) ? INFINITY : depth_));
    set("colors", Value::Boolean(false));
    set("customInspect", Value::Boolean(true));
    set("showProxy", Value::Boolean(false));
    set("maxArrayLength", Value::Number(kMaxArrayLength));
    set("maxStringLength", Value::Number(kMaxStringLength));
    set("breakLength", Value::Number(break_length_ >= (1 << 29) ? INFINITY : break_length_));
    set("compact", compact_mode_true_ ? Value::Boolean(true)
                   : compact_ == 0    ? Value::Boolean(false)
                                      : Value::Number(compact_));
    set("sorted", Value::Boolean(sorted_));
    set("getters", Value::Boolean(false));
    set("numericSeparator", Value::Boolean(false));
    return opts;
  }

  // util.inspect's maxStringLength (10,000 code units): cuts `s` to that many and says how
  // many more there were, so inspecting a huge string stays small.
  static std::string StringTrailer(String* str, std::string_view& s) {
    size_t units = static_cast<size_t>(Runtime::Utf16Length(str));
    if (units <= kMaxStringLength) return "";
    size_t cut = 0;
    for (size_t kept = 0; cut < s.size();) {
      auto c = static_cast<unsigned char>(s[cut]);
      size_t width = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      size_t w16 = width == 4 ? 2 : 1;
      if (kept + w16 > kMaxStringLength) break;
      kept += w16;
      cut += width;
    }
    s = s.substr(0, cut);
    size_t remaining = units - kMaxStringLength;
    return "... " + std::to_string(remaining) + " more character" + (remaining > 1 ? "s" : "");
  }

  std::string FormatPrimitive(Value v) {
    if (v.IsString()) {
      std::string_view s = rt_.StringOf(v);
      std::string trailer = StringTrailer(v.As<String>(), s);
      if (s.size() > kMinLineLength &&
          static_cast<int>(s.size()) > break_length_ - indentation_ - 4 &&
          s.find('\n') != std::string_view::npos && s.find('\n') + 1 < s.size()) {
        // Long multi-line strings are printed one quoted line per source line.
        std::string out;
        size_t start = 0;
        while (start < s.size()) {
          size_t nl = s.find('\n', start);
          size_t end = nl == std::string_view::npos ? s.size() : nl + 1;
          if (!out.empty()) out += " +\n" + std::string(static_cast<size_t>(indentation_ + 2), ' ');
          out += QuoteString(s.substr(start, end - start));
          start = end;
        }
        return out + trailer;
      }
      return QuoteString(s) + trailer;
    }
    if (v.IsNumber()) {
      double d = v.AsNumber();
      if (d == 0 && std::signbit(d)) return "-0";
      return NumberToString(d);
    }
    if (v.IsBigInt()) return BigIntToString(v.As<BigInt>()) + "n";  // formatBigInt
    return rt_.ToDisplayString(v);
  }

  // getConstructorName: the name of the first `constructor` found on the prototype chain
  // that `o` is an instance of (so a function's prototype object is an Object).
  std::string ConstructorName(Object* o, bool& null_proto) {
    null_proto = false;
    for (Object* p = o; p; p = p->prototype) {
      Property* c = p->Find(rt_.key_constructor);
      if (c && !c->accessor && rt_.IsCallable(c->value) && IsInstance(o, c->value.As<Object>())) {
        Value name = rt_.GetOwnProperty(c->value.As<Object>(), rt_.key_name);
        if (name.IsString() && !rt_.StringOf(name).empty()) return std::string(rt_.StringOf(name));
      }
    }
    if (!o->prototype) null_proto = true;
    return "";
  }

  bool IsInstance(Object* o, Object* ctor) {
    Value proto = rt_.GetOwnProperty(ctor, rt_.key_prototype);
    return proto.IsObject() && Runtime::InheritsFrom(o->prototype, proto.As<Object>());
  }

  // [SECTION] functions and errors
  std::string FunctionBase(Object* f) {
    if (f->kind == CellKind::kClosure) {
      Proto* p = static_cast<Closure*>(f)->proto;
      if (p->is_class) {
        std::string base = "[class " + (p->name.empty() ? std::string("(anonymous)") : p->name);
        if (p->is_derived && f->prototype) {
          Value parent_name = rt_.GetOwnProperty(f->prototype, rt_.key_name);
          if (parent_name.IsString() && !rt_.StringOf(parent_name).empty())
            base += " extends " + std::string(rt_.StringOf(parent_name));
        }
        return base + "]";
      }
    }
    bool is_async = f->kind == CellKind::kClosure && static_cast<Closure*>(f)->proto->is_async;
    bool is_generator =
        f->kind == CellKind::kClosure && static_cast<Closure*>(f)->proto->is_generator;
    Value name = rt_.GetOwnProperty(f, rt_.key_name);
    std::string base = is_generator && is_async ? "[AsyncGeneratorFunction"
                       : is_generator           ? "[GeneratorFunction"
                       : is_async               ? "[AsyncFunction"
                                                : "[Function";
    if (!name.IsString() || rt_.StringOf(name).empty())
      base += " (anonymous)";
    else
      base += ": " + std::string(rt_.StringOf(name));
    return base + "]";
  }

  // formatError with improveStack: a subclass's name replaces "Error" in the first line.
  std::string ErrorBase(Object* err, std::vector<String*>& keys) {
    std::string stack = rt_.ErrorStack(Value::FromCell(err));
    Completion name_c = rt_.GetProperty(Value::FromCell(err), rt_.key_name);
    std::string name =
        name_c.ok() && name_c.value.IsString() ? std::string(rt_.StringOf(name_c.value)) : "Error";
    bool null_proto;
    std::string ctor = ConstructorName(err, null_proto);
    std::erase_if(keys, [&](String* k) {
      return (k == rt_.key_name || k == rt_.key_message || k == rt_.key_stack) &&
             stack.find(rt_.ToDisplayString(rt_.GetOwnProperty(err, k))) != std::string::npos;
    });
    size_t len = name.size();
    if (name.size() >= 5 && name.ends_with("Error") && stack.starts_with(name) &&
        (stack.size() == len || stack[len] == ':' || stack[len] == '\n') && !ctor.empty() &&
        ctor != name) {
      if (ctor.find(name) != std::string::npos)
        stack = ctor + stack.substr(len);
      else
        stack = ctor + " [" + name + "]" + stack.substr(len);
    }
    Completion msg = rt_.GetProperty(Value::FromCell(err), rt_.key_message);
    size_t pos = std::string::npos;
    if (msg.ok() && msg.value.IsString() && !rt_.StringOf(msg.value).empty()) {
      pos = stack.find(rt_.StringOf(msg.value));
      if (pos != std::string::npos) pos += rt_.StringOf(msg.value).size();
    }
    if (stack.find("\n    at", pos == std::string::npos ? 0 : pos) == std::string::npos)
      stack = "[" + stack + "]";
    if (indentation_ != 0) {
      std::string indent = "\n" + std::string(static_cast<size_t>(indentation_), ' ');
      std::string out;
      for (char c : stack) {
        if (c == '\n')
          out += indent;
        else
          out += c;
      }
      stack = out;
    }
    Property* cause = err->Find(rt_.key_cause);
    if (cause && std::find(keys.begin(), keys.end(), rt_.key_cause) == keys.end())
      keys.push_back(rt_.key_cause);
    return stack;
  }

  // [SECTION] objects
  // A module namespace object: the embedder's host object of class "Module" (node's ES
  // module loader, engine/node/esm_loader.cpp).
  static bool IsNamespace(const Object* o) {
    return o->kind == CellKind::kHost && static_cast<const HostObject*>(o)->class_name == "Module";
  }
  std::string FormatObject(Object* o, int recurse_times) {
    if (o->kind == CellKind::kHost) {
      auto* host = static_cast<HostObject*>(o);
      if (host->inspector) return host->inspector(rt_.vm(), Value::FromCell(o));
    }
    if (o->kind == CellKind::kTypedArray && InheritsFrom(o, rt_.realm.buffer_proto))
      return FormatBuffer(static_cast<TypedArrayObject*>(o), recurse_times);
    if (std::find(seen_.begin(), seen_.end(), o) != seen_.end()) {
      auto it = circular_.find(o);
      size_t index = it == circular_.end()
                         ? circular_.emplace(o, circular_.size() + 1).first->second
                         : it->second;
      return "[Circular *" + std::to_string(index) + "]";
    }
    bool null_proto;
    std::string ctor = ConstructorName(o, null_proto);
    std::vector<String*> keys;
    std::string base;
    std::string brace_open = "{", brace_close = "}";
    Extras extras = Extras::kObject;
    std::vector<std::string> output;
    std::string tag = ToStringTag(o);
    // getPrefix: the constructor's name, then the @@toStringTag when it says more.
    auto prefix = [&](const std::string& fallback, const std::string& size) {
      std::string shown_tag =
          tag.empty() || tag == (null_proto ? fallback : ctor) ? "" : "[" + tag + "] ";
      if (null_proto) return "[" + fallback + size + ": null prototype] " + shown_tag;
      return ctor + size + " " + shown_tag;
    };
    bool callable = rt_.IsCallable(Value::FromCell(o));
    if (o->kind == CellKind::kArray) {
      keys = NonIndexKeys(o);
      std::string pre =
          ctor != "Array"
              ? prefix("Array", "(" + std::to_string(static_cast<Array*>(o)->Length()) + ")")
              : "";
      brace_open = pre + "[";
      brace_close = "]";
      if (static_cast<Array*>(o)->Length() == 0 && keys.empty()) return brace_open + "]";
      extras = Extras::kArray;
    } else if (o->kind == CellKind::kTypedArray) {
      // formatRaw's typed arrays: `Uint8Array(3) [ 1, 2, 3 ]`, tagged by their type (a
      // subclass prints `Foo(2) [Uint8Array] [ 0, 0 ]`).
      auto* ta = static_cast<TypedArrayObject*>(o);
      tag = InfoOf(ta->type).name;
      keys = NonIndexKeys(o);
      size_t length = TypedArrayLength(ta);
      brace_open = prefix(tag, "(" + std::to_string(length) + ")") + "[";
      brace_close = "]";
      if (length == 0 && keys.empty()) return brace_open + "]";
      extras = Extras::kArray;
    } else if (o->kind == CellKind::kArrayBuffer || o->kind == CellKind::kDataView) {
      // formatRaw's ArrayBuffer and DataView: their entries come from FormatEntries.
      keys = rt_.OwnPropertyKeys(o, true);
      brace_open = prefix(o->kind == CellKind::kDataView ? "DataView" : "ArrayBuffer", "") + "{";
    } else if (o->kind == CellKind::kMap || o->kind == CellKind::kSet) {
      keys = rt_.OwnPropertyKeys(o, true);
      auto* c = static_cast<Collection*>(o);
      std::string pre =
          prefix(o->kind == CellKind::kMap ? "Map" : "Set", "(" + std::to_string(c->size) + ")");
      if (c->size == 0 && keys.empty()) return pre + "{}";
      brace_open = pre + "{";
    } else {
      keys = rt_.OwnPropertyKeys(o, true);
      // formatValue's weak collections: their entries are never listed.
      if (const char* weak = WeakCollectionName(o)) {
        brace_open = prefix(weak, "") + "{";
        output.push_back("<items unknown>");  // formatValue without showHidden
      } else if (callable) {
        base = FunctionBase(o);
        if (keys.empty()) return base;
      } else if (o->kind == CellKind::kError) {
        base = ErrorBase(o, keys);
        if (keys.empty()) return base;
      } else if (o->kind == CellKind::kPrimitiveWrapper) {
        // formatValue's boxed primitives: "[Number: 2]", "[String: 'a']" (whose indices
        // are not listed again), then any other keys.
        Value primitive = UnwrapPrimitive(Value::FromCell(o));
        const char* type = primitive.IsNumber()   ? "Number"
                           : primitive.IsString() ? "String"
                           : primitive.IsBigInt() ? "BigInt"
                                                  : "Boolean";
        base = std::string("[") + type + ": " + FormatPrimitive(primitive) + "]";
        if (primitive.IsString()) {
          auto length = static_cast<uint32_t>(Runtime::Utf16Length(primitive.As<String>()));
          std::erase_if(keys, [&](String* k) {
            uint32_t index;
            return Runtime::IsArrayIndex(k->data, index) && index < length;
          });
        }
        if (keys.empty()) return base;
      } else if (o->kind == CellKind::kArguments) {
        if (keys.empty()) return "[Arguments] {}";
        brace_open = "[Arguments] {";
      } else if (o->kind == CellKind::kPromise) {
        brace_open = prefix("Promise", "") + "{";
      } else if (IsNamespace(o)) {
        // formatRaw: `[Module: null prototype]` (isModuleNamespaceObject).
        if (keys.empty()) return "[Module: null prototype] {}";
        brace_open = "[Module: null prototype] {";
      } else if (o->kind == CellKind::kHost) {
        std::string name = static_cast<HostObject*>(o)->class_name;
        if (keys.empty()) return name + " {}";
        brace_open = name + " {";
      } else if (std::string entries = IteratorEntries(o, recurse_times); !entries.empty()) {
        return entries;
      } else {
        std::string style =
            null_proto ? prefix("Object", "") : (ctor.empty() ? "" : prefix("", ""));
        if (ctor == "Object" && !null_proto && tag.empty()) style = "";
        if (keys.empty()) return style + "{}";
        brace_open = style + "{";
      }
    }
    if (recurse_times > depth_) {
      std::string name = o->kind == CellKind::kArray ? "Array"
                         : null_proto                ? "Object: null prototype"
                         : ctor.empty()              ? "Object"
                                                     : ctor;
      if (o->kind == CellKind::kHost) name = static_cast<HostObject*>(o)->class_name;
      return "[" + name + "]";
    }
    ++recurse_times;
    seen_.push_back(o);
    current_depth_ = recurse_times;
    FormatEntries(o, recurse_times, output);
    for (String* k : keys) output.push_back(FormatProperty(o, k, recurse_times, Extras::kObject));
    // inspect.js formatRaw: `sorted` orders the formatted properties (after any entries).
    if (sorted_ && keys.size() > 1)
      std::sort(output.end() - static_cast<long>(keys.size()), output.end());
    if (auto it = circular_.find(o); it != circular_.end()) {
      std::string ref = "<ref *" + std::to_string(it->second) + ">";
      base = base.empty() ? ref : ref + " " + base;
    }
    seen_.pop_back();
    return ReduceToSingleString(output, base, brace_open, brace_close, extras, recurse_times, o);
  }

  static bool InheritsFrom(Object* o, Object* proto) {
    if (!proto) return false;
    for (Object* p = o->prototype; p; p = p->prototype)
      if (p == proto) return true;
    return false;
  }

  // lib/buffer.js Buffer.prototype[customInspectSymbol]: at most 50 bytes in hex, then the
  // own enumerable non-index properties as a compact object would list them.
  std::string FormatBuffer(TypedArrayObject* ta, int recurse_times) {
    static constexpr char kHex[] = "0123456789abcdef";
    constexpr size_t kInspectMaxBytes = 50;
    size_t length = TypedArrayLength(ta);
    const uint8_t* bytes = ElementData(ta);
    std::string str;
    for (size_t i = 0; i < std::min(length, kInspectMaxBytes); ++i) {
      if (i > 0) str += ' ';
      str += kHex[bytes[i] >> 4];
      str += kHex[bytes[i] & 15];
    }
    if (length > kInspectMaxBytes) {
      size_t remaining = length - kInspectMaxBytes;
      str += " ... " + std::to_string(remaining) + " more byte" + (remaining > 1 ? "s" : "");
    }
    std::string extras;
    for (String* key : NonIndexKeys(ta))
      extras += (extras.empty() ? "" : ", ") +
                FormatProperty(ta, key, recurse_times + 1, Extras::kObject);
    if (!extras.empty()) str += (length != 0 ? ", " : "") + extras;
    bool null_proto;
    return "<" + ConstructorName(ta, null_proto) + " " + str + ">";
  }

  std::vector<String*> NonIndexKeys(Object* o) {
    std::vector<String*> keys;
    uint32_t index;
    for (const Property& p : o->props)
      if (p.enumerable && p.key->kind == CellKind::kString &&
          !Runtime::IsArrayIndex(p.key->data, index))
        keys.push_back(p.key);
    for (String* k : rt_.OwnSymbolKeys(o, true)) keys.push_back(k);
    return keys;
  }

  // formatRaw's `tag`: value[Symbol.toStringTag] when it is a non-empty string that is not
  // an own enumerable property (those are printed as keys already). Read without running
  // user code (an accessor would be skipped).
  std::string ToStringTag(Object* o) {
    String* key = rt_.WellKnownSymbol(WellKnown::kToStringTag);
    if (Property* own = o->Find(key); own && own->enumerable) return "";
    for (Object* p = o; p; p = p->prototype) {
      Value v = rt_.GetOwnProperty(p, key);
      if (v.IsHole()) continue;
      if (!v.IsString() || rt_.StringOf(v).empty()) return "";
      return std::string(rt_.StringOf(v));
    }
    return "";
  }

  // formatIterator for the engine's Map and Set iterators: `[Map Entries] { [ 1, 2 ] }`,
  // `[Set Iterator] { 1 }` (the entries still ahead, without consuming them). Array and
  // String iterators print as plain objects with their tag (`Object [Array Iterator] {}`).
  std::string IteratorEntries(Object* o, int recurse_times) {
    if (o->kind != CellKind::kIterator) return "";
    auto* it = static_cast<Iterator*>(o);
    bool is_map = it->target.Is(CellKind::kMap);
    if (!is_map && !it->target.Is(CellKind::kSet)) return "";
    auto* c = it->target.As<Collection>();
    bool entries = it->kind == IterKind::kEntries;
    std::string open =
        std::string("[") + (is_map ? "Map" : "Set") + (entries ? " Entries] {" : " Iterator] {");
    std::vector<std::string> output;
    indentation_ += 2;
    for (size_t i = it->position; i < c->keys.size(); ++i) {
      if (c->keys[i].IsHole()) continue;
      Value key = c->keys[i];
      Value val = is_map ? c->values[i] : key;
      if (entries) {
        output.push_back("[ " + FormatValue(key, recurse_times + 1) + ", " +
                         FormatValue(val, recurse_times + 1) + " ]");
      } else {
        output.push_back(FormatValue(it->kind == IterKind::kKeys ? key : val, recurse_times + 1));
      }
    }
    indentation_ -= 2;
    if (output.empty()) return open + "}";
    return ReduceToSingleString(output, "", open, "}", Extras::kObject, recurse_times + 1, o);
  }

  void FormatEntries(Object* o, int recurse_times, std::vector<std::string>& output) {
    if (o->kind == CellKind::kArray) {
      // formatArray and formatSpecialArray: at most 100 entries, each run of holes one
      // "<n empty items>" entry, visiting only the elements there are.
      auto* a = static_cast<Array*>(o);
      size_t length = a->Length();
      size_t max = std::min(length, kMaxArrayLength);
      auto empty_items = [](size_t n) {
        return "<" + std::to_string(n) + " empty item" + (n > 1 ? "s" : "") + ">";
      };
      // Elements given attributes of their own (defineProperty) are in `props`: they are
      // merged in index order and printed as properties ([Getter] and all).
      std::vector<uint32_t> own_props;
      uint32_t prop_index;
      for (const Property& p : a->props)
        if (Runtime::IsArrayIndex(p.key->data, prop_index)) own_props.push_back(prop_index);
      std::sort(own_props.begin(), own_props.end());
      auto next_own = [&](size_t from, uint32_t& out) {
        bool found = Runtime::NextArrayIndex(a, from, out);
        auto it = std::lower_bound(own_props.begin(), own_props.end(), from);
        if (it != own_props.end() && (!found || *it < out)) {
          out = *it;
          return true;
        }
        return found;
      };
      size_t index = 0;
      for (uint32_t key; output.size() < max && next_own(index, key);) {
        if (key != index) {
          output.push_back(empty_items(key - index));
          index = key;
          if (output.size() == max) break;
        }
        Value element = a->Get(key);
        if (element.IsHole()) {
          output.push_back(
              FormatProperty(o, rt_.Intern(std::to_string(key)), recurse_times, Extras::kArray));
        } else {
          indentation_ += 2;
          output.push_back(FormatValue(element, recurse_times));
          indentation_ -= 2;
        }
        ++index;
      }
      size_t remaining = length - index;
      if (output.size() != max && remaining > 0)
        output.push_back(empty_items(remaining));
      else if (remaining > 0)
        output.push_back("... " + std::to_string(remaining) + " more item" +
                         (remaining > 1 ? "s" : ""));
      if (show_hidden_)
        output.push_back("[length]: " + NumberToString(static_cast<double>(length)));
      return;
    }
    if (o->kind == CellKind::kTypedArray) {  // formatTypedArray
      auto* ta = static_cast<TypedArrayObject*>(o);
      size_t length = TypedArrayLength(ta);
      for (size_t i = 0; i < std::min(length, kMaxArrayLength); ++i)
        output.push_back(FormatPrimitive(TypedArrayGetElement(rt_, ta, static_cast<double>(i))));
      if (length > kMaxArrayLength) {
        size_t remaining = length - kMaxArrayLength;
        output.push_back("... " + std::to_string(remaining) + " more item" +
                         (remaining > 1 ? "s" : ""));
      }
      if (show_hidden_) {  // formatTypedArray's hidden keys; the buffer without its bytes
        auto number = [](size_t n) { return NumberToString(static_cast<double>(n)); };
        output.push_back("[BYTES_PER_ELEMENT]: " + number(ta->ElementSize()));
        output.push_back("[length]: " + number(length));
        output.push_back("[byteLength]: " + number(length * ta->ElementSize()));
        output.push_back("[byteOffset]: " + number(ta->byte_offset));
        output.push_back("[buffer]: ArrayBuffer { byteLength: " + number(ta->buffer->bytes.size()) +
                         " }");
      }
      return;
    }
    if (o->kind == CellKind::kArrayBuffer) {  // formatArrayBuffer, then byteLength
      const auto& bytes = static_cast<ArrayBufferObject*>(o)->bytes;
      if (static_cast<ArrayBufferObject*>(o)->detached) {
        output.push_back("(detached)");
        output.push_back("byteLength: 0");
        return;
      }
      static constexpr char kHex[] = "0123456789abcdef";
      std::string contents = "[Uint8Contents]: <";
      for (size_t i = 0; i < std::min(bytes.size(), kMaxArrayLength); ++i) {
        if (i) contents += ' ';
        contents += kHex[bytes[i] >> 4];
        contents += kHex[bytes[i] & 15];
      }
      if (bytes.size() > kMaxArrayLength) {
        size_t remaining = bytes.size() - kMaxArrayLength;
        contents += " ... " + std::to_string(remaining) + " more byte" + (remaining > 1 ? "s" : "");
      }
      output.push_back(contents + ">");
      output.push_back("byteLength: " + NumberToString(static_cast<double>(bytes.size())));
      return;
    }
    if (o->kind == CellKind::kDataView) {  // formatRaw: byteLength, byteOffset, buffer first
      auto* dv = static_cast<DataViewObject*>(o);
      output.push_back("byteLength: " + NumberToString(static_cast<double>(ViewByteLength(dv))));
      output.push_back("byteOffset: " + NumberToString(static_cast<double>(dv->byte_offset)));
      indentation_ += 2;
      output.push_back("buffer: " + FormatValue(Value::FromCell(dv->buffer), recurse_times));
      indentation_ -= 2;
      return;
    }
    if (o->kind == CellKind::kMap || o->kind == CellKind::kSet) {
      auto* c = static_cast<Collection*>(o);
      indentation_ += 2;
      for (size_t i = 0; i < c->keys.size(); ++i) {
        if (c->keys[i].IsHole()) continue;
        std::string entry = FormatValue(c->keys[i], recurse_times);
        if (o->kind == CellKind::kMap) entry += " => " + FormatValue(c->values[i], recurse_times);
        output.push_back(entry);
      }
      indentation_ -= 2;
      return;
    }
    if (o->kind == CellKind::kPromise) {
      auto* p = static_cast<Promise*>(o);
      if (p->state == PromiseState::kPending) {
        output.push_back("<pending>");
        return;
      }
      indentation_ += 2;
      std::string str = FormatValue(p->result, recurse_times);
      indentation_ -= 2;
      output.push_back(p->state == PromiseState::kRejected ? "<rejected> " + str : str);
    }
  }

  std::string FormatProperty(Object* o, String* key, int recurse_times, Extras type) {
    Value v = rt_.GetOwnProperty(o, key);
    if (v.IsHole()) v = Value::Undefined();
    std::string str;
    if (v.Is(CellKind::kAccessor) && IsNamespace(o)) {
      // formatNamespaceObject: a namespace shows its bindings' values, `<uninitialized>` for
      // one in its dead zone (the loader's namespaces read bindings through getters).
      Completion c = rt_.Call(v.As<Accessor>()->getter, Value::FromCell(o), {});
      indentation_ += 2;
      str = c.ok() ? FormatValue(c.value, recurse_times) : "<uninitialized>";
      indentation_ -= 2;
    } else if (v.Is(CellKind::kAccessor)) {
      // formatProperty: accessors are labelled, never called (util.inspect's default).
      const Accessor* a = v.As<Accessor>();
      str = !a->getter.IsUndefined()   ? (a->setter.IsUndefined() ? "[Getter]" : "[Getter/Setter]")
            : !a->setter.IsUndefined() ? "[Setter]"
                                       : "undefined";
    } else {
      indentation_ += 2;
      str = FormatValue(v, recurse_times);
      indentation_ -= 2;
    }
    if (type == Extras::kArray) return str;
    if (key->kind == CellKind::kSymbol) return "[" + key->data + "]: " + str;
    std::string name = IsIdentifierKey(key->data) ? key->data : QuoteString(key->data);
    return name + ": " + str;
  }

  // [SECTION] line breaking
  bool IsBelowBreakLength(const std::vector<std::string>& output, size_t start,
                          const std::string& base) {
    size_t total = output.size() + start;
    if (total + output.size() > static_cast<size_t>(break_length_)) return false;
    for (const std::string& s : output) {
      total += DisplayWidth(s);
      if (total > static_cast<size_t>(break_length_)) return false;
    }
    return base.empty() || base.find('\n') == std::string::npos;
  }

  std::vector<std::string> GroupArrayElements(const std::vector<std::string>& output,
                                              Object* value) {
    size_t total_length = 0, max_length = 0;
    size_t output_length = output.size();
    if (output_length > 0 && output.back().starts_with("... ")) --output_length;
    const size_t separator_space = 2;
    std::vector<size_t> data_len(output_length);
    for (size_t i = 0; i < output_length; ++i) {
      size_t len = DisplayWidth(output[i]);
      data_len[i] = len;
      total_length += len + separator_space;
      max_length = std::max(max_length, len);
    }
    size_t actual_max = max_length + separator_space;
    if (actual_max * 3 + static_cast<size_t>(indentation_) < static_cast<size_t>(break_length_) &&
        (static_cast<double>(total_length) / static_cast<double>(actual_max) > 5 ||
         max_length <= 6)) {
      double approx_char_heights = 2.5,
             average_bias = std::sqrt(actual_max - static_cast<double>(total_length) /
                                                       static_cast<double>(output.size()));
      double biased_max = std::max(static_cast<double>(actual_max) - 3 - average_bias, 1.0);
      double columns = std::min({std::round(std::sqrt(approx_char_heights * biased_max *
                                                      static_cast<double>(output_length)) /
                                            biased_max),
                                 std::floor(static_cast<double>(break_length_ - indentation_) /
                                            static_cast<double>(actual_max)),
                                 static_cast<double>(compact_ * 4), 15.0});
      if (columns <= 1) return output;
      size_t cols = static_cast<size_t>(columns);
      std::vector<size_t> max_line_length;
      for (size_t i = 0; i < cols; ++i) {
        size_t line_max = 0;
        for (size_t j = i; j < output_length; j += cols) line_max = std::max(line_max, data_len[j]);
        max_line_length.push_back(line_max + separator_space);
      }
      bool pad_start = true;  // a TypedArray holds only numbers
      auto* array = value->kind == CellKind::kArray ? static_cast<Array*>(value) : nullptr;
      for (size_t i = 0; array && i < output_length && i < array->Length(); ++i)
        if (!array->Get(static_cast<uint32_t>(i)).IsNumber()) {
          pad_start = false;
          break;
        }
      std::vector<std::string> tmp;
      for (size_t i = 0; i < output_length; i += cols) {
        size_t max = std::min(i + cols, output_length);
        std::string str;
        size_t j = i;
        for (; j < max - 1; ++j) {
          std::string cell = output[j] + ", ";
          size_t pad = max_line_length[j - i];
          std::string fill(pad > DisplayWidth(cell) ? pad - DisplayWidth(cell) : 0, ' ');
          str += pad_start ? fill + cell : cell + fill;
        }
        if (pad_start) {
          size_t pad = max_line_length[j - i] - separator_space;
          str += std::string(pad > data_len[j] ? pad - data_len[j] : 0, ' ') + output[j];
        } else {
          str += output[j];
        }
        tmp.push_back(str);
      }
      if (output_length < output.size()) tmp.push_back(output.back());
      return tmp;
    }
    return output;
  }

  std::string ReduceToSingleString(std::vector<std::string> output, const std::string& base,
                                   const std::string& open, const std::string& close, Extras extras,
                                   int recurse_times, Object* value) {
    // inspect.js reduceToSingleString: compact === true puts entries on one line while they
    // fit, else one per line after the opening brace; a number (3 by default, 0 for false)
    // groups arrays and keeps the innermost `compact` levels on one line.
    if (compact_mode_true_) {
      std::string with_base = base.empty() ? "" : " " + base;
      if (IsBelowBreakLength(output, 0, base)) {
        std::string joined;
        for (size_t i = 0; i < output.size(); ++i) joined += (i ? ", " : "") + output[i];
        return open + with_base + " " + joined + " " + close;
      }
      std::string indentation(static_cast<size_t>(indentation_), ' ');
      std::string ln =
          base.empty() && open.size() == 1 ? " " : with_base + "\n" + indentation + "  ";
      std::string out = open + ln;
      for (size_t i = 0; i < output.size(); ++i)
        out += (i ? ",\n" + indentation + "  " : "") + output[i];
      return out + " " + close;
    }
    size_t entries = output.size();
    if (compact_ >= 1 && extras == Extras::kArray && entries > 6)
      output = GroupArrayElements(output, value);
    if (compact_ >= 1 && current_depth_ - recurse_times < compact_ && entries == output.size()) {
      size_t start =
          output.size() + static_cast<size_t>(indentation_) + open.size() + base.size() + 10;
      if (IsBelowBreakLength(output, start, base)) {
        std::string joined;
        for (size_t i = 0; i < output.size(); ++i) joined += (i ? ", " : "") + output[i];
        if (joined.find('\n') == std::string::npos)
          return (base.empty() ? "" : base + " ") + open + " " + joined + " " + close;
      }
    }
    std::string indentation = "\n" + std::string(static_cast<size_t>(indentation_), ' ');
    std::string out = (base.empty() ? "" : base + " ") + open + indentation + "  ";
    for (size_t i = 0; i < output.size(); ++i)
      out += (i ? "," + indentation + "  " : "") + output[i];
    return out + indentation + close;
  }

  Runtime& rt_;
  int depth_;
  bool show_hidden_;  // %o: also non-enumerable properties (only an array's length here)
  int break_length_ = 80;
  int compact_ = 3;
  bool sorted_ = false;
  bool compact_mode_true_ = false;
  bool custom_inspect_ = true;
  bool threw_ = false;  // a custom inspector threw thrown_: everything after returns ""
  Value thrown_;
  int indentation_ = 0;
  int current_depth_ = 0;
  std::vector<Object*> seen_;
  std::unordered_map<Object*, size_t> circular_;
};

// [SECTION] format

std::string FormatNumberArg(Runtime& rt, Value v, bool integer, bool is_float) {
  // Number(v): a TypedArray reads as its joined elements ('4'); other objects are left as
  // NaN without running their valueOf.
  if (v.IsObject() && !v.Is(CellKind::kTypedArray)) return "NaN";
  if (v.IsBigInt()) {  // formatWithOptionsInternal: %d and %i print a BigInt as formatBigInt
    if (!is_float) return BigIntToString(v.As<BigInt>()) + "n";
    return NumberToString(BigIntToNumber(v.As<BigInt>()));  // parseFloat(String(v))
  }
  double d;
  if (!rt.ToNumber(v, d).ok()) return "NaN";
  if (integer) d = std::trunc(d);
  if (is_float && v.IsString()) {
    // parseFloat semantics for strings.
    d = std::strtod(std::string(rt.StringOf(v)).c_str(), nullptr);
  }
  if (d == 0 && std::signbit(d)) return "-0";
  return NumberToString(d);
}

}  // namespace

std::string Runtime::Inspect(Value v) {
  return Inspector(*this).Run(v);
}

std::string Runtime::Inspect(Value v, const InspectOptions& options) {
  return Inspector(*this, options).Run(v);
}

// util.format (lib/internal/util/inspect.js formatWithOptionsInternal).
std::string Runtime::Format(std::span<const Value> args) {
  inspect_threw = false;
  std::string out;
  size_t next = 0;
  if (!args.empty() && args[0].IsString()) {
    std::string_view f = StringOf(args[0]);
    next = 1;
    size_t last = 0;
    for (size_t i = 0; i + 1 < f.size(); ++i) {
      if (f[i] != '%') continue;
      char c = f[i + 1];
      std::string piece;
      bool consumed = true;
      if (c == '%') {
        out += f.substr(last, i - last);
        out += "%";
        last = i + 2;
        ++i;
        continue;
      }
      if (next >= args.size() || std::string_view("sdifjoOc").find(c) == std::string_view::npos)
        continue;
      Value a = args[next];
      switch (c) {
        case 's':
          if (a.IsString())
            piece = StringOf(a);
          else if (std::string text; a.Is(CellKind::kTypedArray) && ToStringStd(a, text).ok())
            piece = text;  // hasBuiltInToString: %TypedArray% is no global, so String(a)
          else if (a.IsObject() && !IsCallable(a) && a.As<Object>()->kind != CellKind::kError)
            piece = Inspector(*this, 0).Run(a);
          else if (a.IsNumber() && a.AsNumber() == 0 && std::signbit(a.AsNumber()))
            piece = "-0";
          else if (a.IsBigInt())
            piece = BigIntToString(a.As<BigInt>()) + "n";
          else
            piece = a.IsObject() ? Inspect(a) : ToDisplayString(a);
          break;
        case 'd':
          piece = FormatNumberArg(*this, a, false, false);
          break;
        case 'i':
          piece = FormatNumberArg(*this, a, true, false);
          break;
        case 'f':
          piece = FormatNumberArg(*this, a, false, true);
          break;
        case 'j': {
          Completion s =
              Invoke(Value::FromCell(realm.global->Find(Intern("JSON"))->value.As<Object>()),
                     "stringify", std::span<const Value>(&a, 1));
          piece = s.ok() && s.value.IsString() ? std::string(StringOf(s.value))
                  : s.ok()                     ? "undefined"
                                               : "[Circular]";
          break;
        }
        case 'o':
          piece = Inspector(*this, 4, true).Run(a);
          break;
        case 'O':
          piece = Inspect(a);
          break;
        case 'c':
          piece = "";
          break;
        default:
          consumed = false;
      }
      if (!consumed) continue;
      if (inspect_threw) return {};  // a custom inspector threw: util.format throws it
      out += f.substr(last, i - last);
      out += piece;
      last = i + 2;
      ++i;
      ++next;
    }
    out += f.substr(last);
  }
  for (size_t i = next; i < args.size(); ++i) {
    if (!out.empty() || i > 0) out += ' ';
    out += args[i].IsString() ? std::string(StringOf(args[i])) : Inspect(args[i]);
    if (inspect_threw) return {};
  }
  NoteWork(out.size());
  return out;
}

}  // namespace loopscope::js
