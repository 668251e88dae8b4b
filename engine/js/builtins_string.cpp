// engine/js/builtins_string.cpp — String and String.prototype for the subset.
//
// Strings are stored as UTF-8; positions are UTF-16 code units as in JavaScript. ASCII
// text (the common case) is indexed directly; other text is converted to UTF-16 for the
// operation. Patterns are strings only (regular expressions are outside the subset).
// Where to look next: builtins.h, properties.cpp (length and indexing).
#include <algorithm>
#include <cctype>

#include "engine/js/builtins.h"
#include "engine/js/string_builder.h"
#include "engine/js/string_normalize.h"
#include "engine/js/unicode.h"
#include "engine/js/wrapper_objects.h"

namespace loopscope::js {
namespace {

// The receiver as text (ECMA-262 RequireObjectCoercible + ToString).
Completion ThisString(Runtime& rt, NativeCall& call, const char* method, std::string& out) {
  if (call.this_value.IsNullish())
    return rt.Throw(ErrorType::kTypeError,
                    std::string("String.prototype.") + method + " called on null or undefined");
  return rt.ToStringStd(call.this_value, out);
}
Completion ArgString(Runtime& rt, NativeCall& call, size_t i, std::string& out) {
  return rt.ToStringStd(call.Arg(i), out);
}
Completion ArgInt(Runtime& rt, NativeCall& call, size_t i, double dflt, double& out) {
  if (call.Arg(i).IsUndefined()) {
    out = dflt;
    return Ok();
  }
  LOOPSCOPE_TRY(rt.ToNumber(call.Arg(i), out));
  out = ToIntegerOrInfinity(out);
  return Ok();
}

// A method on the UTF-16 view copies the text, converts it and then works on it: measured at
// about 40 times the cost of copying the same bytes, which is what it reports as work. The
// UTF-16 copy is transient but real: reserved like any allocation the program sizes.
constexpr size_t kUtf16MethodWorkPerByte = 40;

#define THIS_U16(name)                                     \
  std::string self_text;                                   \
  LOOPSCOPE_TRY(ThisString(rt, call, name, self_text));    \
  LOOPSCOPE_TRY(rt.ReserveHeap(self_text.size() * 2));     \
  rt.NoteWork(self_text.size() * kUtf16MethodWorkPerByte); \
  std::u16string s = ToU16(self_text)

Completion CharAt(Runtime& rt, NativeCall& call, Native*) {
  THIS_U16("charAt");
  double i;
  LOOPSCOPE_TRY(ArgInt(rt, call, 0, 0, i));
  if (i < 0 || i >= static_cast<double>(s.size())) return Ok(rt.Str(""));
  return Ok(rt.Str(FromU16(s.substr(static_cast<size_t>(i), 1))));
}
Completion CharCodeAt(Runtime& rt, NativeCall& call, Native*) {
  THIS_U16("charCodeAt");
  double i;
  LOOPSCOPE_TRY(ArgInt(rt, call, 0, 0, i));
  if (i < 0 || i >= static_cast<double>(s.size())) return Ok(Value::Number(NAN));
  return Ok(Value::Number(s[static_cast<size_t>(i)]));
}
Completion CodePointAt(Runtime& rt, NativeCall& call, Native*) {
  THIS_U16("codePointAt");
  double i;
  LOOPSCOPE_TRY(ArgInt(rt, call, 0, 0, i));
  if (i < 0 || i >= static_cast<double>(s.size())) return Ok();
  size_t k = static_cast<size_t>(i);
  uint32_t cp = s[k];
  if (cp >= 0xD800 && cp < 0xDC00 && k + 1 < s.size())
    cp = 0x10000 + ((cp - 0xD800) << 10) + (s[k + 1] - 0xDC00);
  return Ok(Value::Number(cp));
}
Completion At(Runtime& rt, NativeCall& call, Native*) {
  THIS_U16("at");
  double i;
  LOOPSCOPE_TRY(ArgInt(rt, call, 0, 0, i));
  if (i < 0) i += static_cast<double>(s.size());
  if (i < 0 || i >= static_cast<double>(s.size())) return Ok();
  return Ok(rt.Str(FromU16(s.substr(static_cast<size_t>(i), 1))));
}
Completion IndexOf(Runtime& rt, NativeCall& call, Native*) {
  THIS_U16("indexOf");
  std::string needle;
  LOOPSCOPE_TRY(ArgString(rt, call, 0, needle));
  double from;
  LOOPSCOPE_TRY(ArgInt(rt, call, 1, 0, from));
  size_t start = ClampToSize(from, 0, s.size());
  size_t pos = s.find(ToU16(needle), start);
  return Ok(Value::Number(pos == std::u16string::npos ? -1 : static_cast<double>(pos)));
}
Completion LastIndexOf(Runtime& rt, NativeCall& call, Native*) {
  THIS_U16("lastIndexOf");
  std::string needle;
  LOOPSCOPE_TRY(ArgString(rt, call, 0, needle));
  // ECMA-262 22.1.3.11 steps 4-6: a position that is NaN (or absent) means +Infinity.
  double from = INFINITY;
  LOOPSCOPE_TRY(rt.ToNumber(call.Arg(1), from));
  if (!std::isnan(from))
    from = ToIntegerOrInfinity(from);
  else
    from = INFINITY;
  size_t start = ClampToSize(from, 0, s.size());
  size_t pos = s.rfind(ToU16(needle), start);
  return Ok(Value::Number(pos == std::u16string::npos ? -1 : static_cast<double>(pos)));
}
Completion Includes(Runtime& rt, NativeCall& call, Native*) {
  THIS_U16("includes");
  std::string needle;
  LOOPSCOPE_TRY(ArgString(rt, call, 0, needle));
  double from;
  LOOPSCOPE_TRY(ArgInt(rt, call, 1, 0, from));
  size_t start = ClampToSize(from, 0, s.size());
  return Ok(Value::Boolean(s.find(ToU16(needle), start) != std::u16string::npos));
}
Completion StartsWith(Runtime& rt, NativeCall& call, Native*) {
  THIS_U16("startsWith");
  std::string needle;
  LOOPSCOPE_TRY(ArgString(rt, call, 0, needle));
  double from;
  LOOPSCOPE_TRY(ArgInt(rt, call, 1, 0, from));
  size_t start = ClampToSize(from, 0, s.size());
  return Ok(Value::Boolean(std::u16string_view(s).substr(start).starts_with(ToU16(needle))));
}
Completion EndsWith(Runtime& rt, NativeCall& call, Native*) {
  THIS_U16("endsWith");
  std::string needle;
  LOOPSCOPE_TRY(ArgString(rt, call, 0, needle));
  double end;
  LOOPSCOPE_TRY(ArgInt(rt, call, 1, static_cast<double>(s.size()), end));
  size_t stop = ClampToSize(end, 0, s.size());
  return Ok(Value::Boolean(std::u16string_view(s).substr(0, stop).ends_with(ToU16(needle))));
}
Completion Slice(Runtime& rt, NativeCall& call, Native*) {
  THIS_U16("slice");
  double a, b;
  LOOPSCOPE_TRY(ArgInt(rt, call, 0, 0, a));
  LOOPSCOPE_TRY(ArgInt(rt, call, 1, static_cast<double>(s.size()), b));
  size_t from = RelativeIndex(a, s.size()), to = RelativeIndex(b, s.size());
  if (from >= to) return Ok(rt.Str(""));
  return Ok(rt.Str(FromU16(s.substr(from, to - from))));
}
Completion Substring(Runtime& rt, NativeCall& call, Native*) {
  THIS_U16("substring");
  double a, b;
  LOOPSCOPE_TRY(ArgInt(rt, call, 0, 0, a));
  LOOPSCOPE_TRY(ArgInt(rt, call, 1, static_cast<double>(s.size()), b));
  size_t from = ClampToSize(std::min(a, b), 0, s.size());
  size_t to = ClampToSize(std::max(a, b), 0, s.size());
  return Ok(rt.Str(FromU16(s.substr(from, to - from))));
}
Completion Substr(Runtime& rt, NativeCall& call, Native*) {
  THIS_U16("substr");
  double a, n;
  LOOPSCOPE_TRY(ArgInt(rt, call, 0, 0, a));
  LOOPSCOPE_TRY(ArgInt(rt, call, 1, static_cast<double>(s.size()), n));
  size_t from = RelativeIndex(a, s.size());
  size_t count = ClampToSize(n, 0, s.size() - from);
  return Ok(rt.Str(FromU16(s.substr(from, count))));
}
// Simple case mapping for ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic letters
// (the scripts puzzles use); other characters are left unchanged.
char16_t MapCase(char16_t c, bool upper) {
  if (c < 0x80) return static_cast<char16_t>(upper ? std::toupper(c) : std::tolower(c));
  if (upper) {
    if ((c >= 0xE0 && c <= 0xFE && c != 0xF7) || (c >= 0x3B1 && c <= 0x3C9 && c != 0x3C2) ||
        (c >= 0x430 && c <= 0x44F))
      return c - 0x20;
    if (c >= 0x450 && c <= 0x45F) return c - 0x50;
    if (c >= 0x100 && c <= 0x17F && (c & 1) && c != 0x131 && c != 0x149) return c - 1;
    return c;
  }
  if ((c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x391 && c <= 0x3A9) ||
      (c >= 0x410 && c <= 0x42F))
    return c + 0x20;
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;
  if (c >= 0x100 && c <= 0x17F && !(c & 1) && c != 0x130) return c + 1;
  return c;
}
Completion ChangeCase(Runtime& rt, NativeCall& call, bool upper) {
  THIS_U16(upper ? "toUpperCase" : "toLowerCase");
  for (char16_t& c : s) c = MapCase(c, upper);
  return Ok(rt.Str(FromU16(s)));
}
Completion ToUpper(Runtime& rt, NativeCall& call, Native*) {
  return ChangeCase(rt, call, true);
}
Completion ToLower(Runtime& rt, NativeCall& call, Native*) {
  return ChangeCase(rt, call, false);
}
bool IsSpace(char16_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0xA0 ||
         c == 0xFEFF || c == 0x2028 || c == 0x2029 || (c >= 0x2000 && c <= 0x200A) || c == 0x3000 ||
         c == 0x1680 || c == 0x202F || c == 0x205F;
}
Completion Trim(Runtime& rt, NativeCall& call, bool start, bool end) {
  THIS_U16("trim");
  size_t b = 0, e = s.size();
  if (start)
    while (b < e && IsSpace(s[b])) ++b;
  if (end)
    while (e > b && IsSpace(s[e - 1])) --e;
  return Ok(rt.Str(FromU16(s.substr(b, e - b))));
}
Completion TrimBoth(Runtime& rt, NativeCall& call, Native*) {
  return Trim(rt, call, true, true);
}
Completion TrimStart(Runtime& rt, NativeCall& call, Native*) {
  return Trim(rt, call, true, false);
}
Completion TrimEnd(Runtime& rt, NativeCall& call, Native*) {
  return Trim(rt, call, false, true);
}
// ECMA-262 22.1.3.17.2 StringPad. The padding is whole copies of the filler plus a cut
// one, built in UTF-8; a target past V8's length limit is refused before building.
Completion Pad(Runtime& rt, NativeCall& call, bool at_start) {
  std::string self_text;
  LOOPSCOPE_TRY(ThisString(rt, call, at_start ? "padStart" : "padEnd", self_text));
  double target;
  LOOPSCOPE_TRY(ArgInt(rt, call, 0, 0, target));
  std::string fill_text = " ";
  if (!call.Arg(1).IsUndefined()) LOOPSCOPE_TRY(ArgString(rt, call, 1, fill_text));
  size_t length = Utf16Units(self_text), fill_length = Utf16Units(fill_text);
  if (target <= static_cast<double>(length) || fill_length == 0) return Ok(rt.Str(self_text));
  if (target > static_cast<double>(Runtime::kMaxStringLength)) return rt.ThrowInvalidStringLength();
  size_t need = static_cast<size_t>(target) - length;
  LOOPSCOPE_TRY(rt.ReserveHeap(need / fill_length * fill_text.size() + self_text.size()));
  std::string pad;
  pad.reserve(need / fill_length * fill_text.size() + fill_text.size());
  for (size_t whole = need / fill_length; whole > 0; --whole) pad += fill_text;
  if (size_t rest = need % fill_length; rest > 0) pad += FromU16(ToU16(fill_text).substr(0, rest));
  return Ok(Value::FromCell(rt.NewString(at_start ? pad + self_text : self_text + pad)));
}
Completion PadStart(Runtime& rt, NativeCall& call, Native*) {
  return Pad(rt, call, true);
}
Completion PadEnd(Runtime& rt, NativeCall& call, Native*) {
  return Pad(rt, call, false);
}
Completion Repeat(Runtime& rt, NativeCall& call, Native*) {
  std::string s;
  LOOPSCOPE_TRY(ThisString(rt, call, "repeat", s));
  double n;
  LOOPSCOPE_TRY(ArgInt(rt, call, 0, 0, n));
  if (n < 0 || std::isinf(n))
    return rt.Throw(ErrorType::kRangeError, "Invalid count value: " + NumberToString(n));
  if (s.empty() || n == 0) return Ok(rt.Str(""));
  if (static_cast<double>(Utf16Units(s)) * n > static_cast<double>(Runtime::kMaxStringLength))
    return rt.ThrowInvalidStringLength();
  size_t bytes = s.size() * static_cast<size_t>(n);
  LOOPSCOPE_TRY(rt.ReserveHeap(bytes));
  std::string out;
  out.reserve(bytes);
  out += s;
  while (out.size() * 2 <= bytes) out += out;  // doubling: a few copies, not n appends
  out.append(out, 0, bytes - out.size());
  return Ok(Value::FromCell(rt.NewString(std::move(out))));
}
Completion Split(Runtime& rt, NativeCall& call, Native*) {
  THIS_U16("split");
  Array* out = rt.NewArray();
  TempRoot keep(rt, Value::FromCell(out));
  // ECMA-262 22.1.3.23 step 5: lim = ToUint32(limit), 2^32 - 1 when undefined.
  double limit = 4294967295.0;
  if (!call.Arg(1).IsUndefined()) {
    LOOPSCOPE_TRY(rt.ToNumber(call.Arg(1), limit));
    limit = ToUint32(limit);
  }
  if (limit == 0) return Ok(Value::FromCell(out));
  if (call.Arg(0).IsUndefined()) {
    out->elements.push_back(rt.Str(self_text));
    return Ok(Value::FromCell(out));
  }
  std::string sep_text;
  LOOPSCOPE_TRY(ArgString(rt, call, 0, sep_text));
  std::u16string sep = ToU16(sep_text);
  auto push = [&](std::u16string_view piece) {
    if (static_cast<double>(out->elements.size()) < limit)
      out->elements.push_back(rt.Str(FromU16(piece)));
  };
  // Every piece is a string cell and an element: reserved before the first is made, so
  // 'x'.repeat(5e8).split('') meets the heap limit here rather than the OOM killer.
  size_t pieces = 1;
  if (sep.empty())
    pieces = s.size();
  else
    for (size_t pos = 0; (pos = s.find(sep, pos)) != std::u16string::npos; pos += sep.size())
      ++pieces;
  pieces = std::min(pieces, static_cast<size_t>(limit));
  LOOPSCOPE_TRY(rt.ReserveHeap(pieces * (sizeof(String) + sizeof(Value)) + self_text.size()));
  if (sep.empty()) {
    for (size_t i = 0; i < s.size() && i < pieces; ++i) push(std::u16string_view(s).substr(i, 1));
    return Ok(Value::FromCell(out));
  }
  size_t start = 0;
  for (size_t pos; (pos = s.find(sep, start)) != std::u16string::npos; start = pos + sep.size())
    push(std::u16string_view(s).substr(start, pos - start));
  push(std::u16string_view(s).substr(start));
  return Ok(Value::FromCell(out));
}
// GetSubstitution (ECMA-262 22.1.3.19.1) for string patterns: $$, $&, $`, $'.
std::u16string Substitute(std::u16string_view replacement, std::u16string_view s, size_t pos,
                          size_t len) {
  std::u16string out;
  for (size_t i = 0; i < replacement.size(); ++i) {
    char16_t c = replacement[i];
    if (c == '$' && i + 1 < replacement.size()) {
      char16_t n = replacement[i + 1];
      if (n == '$') {
        out += u'$';
        ++i;
        continue;
      }
      if (n == '&') {
        out += s.substr(pos, len);
        ++i;
        continue;
      }
      if (n == '`') {
        out += s.substr(0, pos);
        ++i;
        continue;
      }
      if (n == '\'') {
        out += s.substr(pos + len);
        ++i;
        continue;
      }
    }
    out += c;
  }
  return out;
}
Completion Replace(Runtime& rt, NativeCall& call, bool all) {
  THIS_U16("replace");
  std::string pattern_text;
  LOOPSCOPE_TRY(ArgString(rt, call, 0, pattern_text));
  std::u16string pattern = ToU16(pattern_text);
  Value replacer = call.Arg(1);
  bool functional = rt.IsCallable(replacer);
  std::u16string replacement;
  if (!functional) {
    std::string r;
    LOOPSCOPE_TRY(rt.ToStringStd(replacer, r));
    replacement = ToU16(r);
  }
  std::u16string out;
  size_t start = 0;
  // Each piece is measured before it is added: a replacement may be much longer than what
  // it replaces.
  auto add = [&](std::u16string_view piece) {
    if (piece.size() > Runtime::kMaxStringLength - out.size()) return false;
    out += piece;
    return true;
  };
  while (true) {
    size_t pos = s.find(pattern, start);
    if (pos == std::u16string::npos || (pattern.empty() && pos > s.size())) break;
    if (!add(std::u16string_view(s).substr(start, pos - start)))
      return rt.ThrowInvalidStringLength();
    std::u16string piece;
    if (functional) {
      Value args[3] = {rt.Str(FromU16(s.substr(pos, pattern.size()))),
                       Value::Number(static_cast<double>(pos)), rt.Str(self_text)};
      Completion r = rt.Call(replacer, Value::Undefined(), args);
      if (!r.ok()) return r;
      std::string text;
      LOOPSCOPE_TRY(rt.ToStringStd(r.value, text));
      piece = ToU16(text);
    } else {
      piece = Substitute(replacement, s, pos, pattern.size());
    }
    if (!add(piece)) return rt.ThrowInvalidStringLength();
    start = pos + pattern.size();
    if (!all) break;
    if (pattern.empty()) {
      if (start >= s.size()) {
        start = s.size();
        break;
      }
      if (!add(std::u16string_view(s).substr(start, 1))) return rt.ThrowInvalidStringLength();
      ++start;
    }
  }
  if (!add(std::u16string_view(s).substr(std::min(start, s.size()))))
    return rt.ThrowInvalidStringLength();
  return Ok(rt.Str(FromU16(out)));
}
Completion ReplaceFirst(Runtime& rt, NativeCall& call, Native*) {
  return Replace(rt, call, false);
}
Completion ReplaceAll(Runtime& rt, NativeCall& call, Native*) {
  return Replace(rt, call, true);
}
// The pieces are measured before any text is copied.
Completion Concat(Runtime& rt, NativeCall& call, Native*) {
  if (call.this_value.IsNullish())
    return rt.Throw(ErrorType::kTypeError, "String.prototype.concat called on null or undefined");
  std::vector<Value> pieces;
  size_t units = 0;
  for (size_t i = 0; i <= call.args.size(); ++i) {
    Completion s = rt.ToStringValue(i == 0 ? call.this_value : call.args[i - 1]);
    if (!s.ok()) return s;
    pieces.push_back(s.value);
    units += static_cast<size_t>(Runtime::Utf16Length(s.value.As<String>()));
  }
  if (units > Runtime::kMaxStringLength) return rt.ThrowInvalidStringLength();
  StringBuilder out;
  for (Value piece : pieces)
    out.Append(piece.As<String>()->data,
               static_cast<size_t>(Runtime::Utf16Length(piece.As<String>())));
  return Ok(out.Finish(rt));
}
// ECMA-262 22.1.3.29 / 22.1.3.35 toString and valueOf: thisStringValue.
Completion ToStringMethod(Runtime& rt, NativeCall& call, Native* self) {
  Value v = UnwrapPrimitive(call.this_value);
  if (!v.IsString())
    return rt.Throw(ErrorType::kTypeError, "String.prototype." + std::string(self->name->data) +
                                               " requires that 'this' be a String");
  return Ok(v);
}
Completion LocaleCompare(Runtime& rt, NativeCall& call, Native*) {
  std::string a, b;
  LOOPSCOPE_TRY(ThisString(rt, call, "localeCompare", a));
  LOOPSCOPE_TRY(ArgString(rt, call, 0, b));
  int c = a.compare(b);
  return Ok(Value::Number(c < 0 ? -1 : c > 0 ? 1 : 0));
}
// ECMA-262 22.1.1.1 String(value): a primitive when called, a String object with `new`.
Completion StringCtor(Runtime& rt, NativeCall& call, Native*) {
  Value new_target = rt.current_new_target;  // ToString may run code that calls with `new`
  // ECMA-262 22.1.1.1 step 2.a: String(symbol) is SymbolDescriptiveString, not a TypeError.
  if (!call.args.empty() && call.args[0].IsSymbol() && !new_target.IsObject())
    return Ok(rt.Str(call.args[0].As<Symbol>()->data));
  std::string s;
  if (!call.args.empty()) LOOPSCOPE_TRY(rt.ToStringStd(call.args[0], s));
  rt.current_new_target = new_target;
  if (!new_target.IsObject()) return Ok(rt.Str(s));
  Object* proto;
  LOOPSCOPE_TRY(PrototypeForNew(rt, rt.realm.string_proto, proto));
  return Ok(NewPrimitiveWrapper(rt, rt.Str(s), proto));
}
Completion FromCharCode(Runtime& rt, NativeCall& call, Native*) {
  std::u16string s;
  for (Value v : call.args) {
    double d;
    LOOPSCOPE_TRY(rt.ToNumber(v, d));
    s += static_cast<char16_t>(ToUint32(d) & 0xFFFF);
  }
  return Ok(rt.Str(FromU16(s)));
}

// ECMA-262 22.1.2.2 String.fromCodePoint(...codePoints): each argument must be an integral
// Number in [0, 0x10FFFF]; V8 names the offending number in its RangeError.
Completion FromCodePoint(Runtime& rt, NativeCall& call, Native*) {
  std::u16string s;
  for (Value v : call.args) {
    double d;
    LOOPSCOPE_TRY(rt.ToNumber(v, d));
    if (!(d >= 0 && d <= 0x10FFFF) || d != std::trunc(d))
      return rt.Throw(ErrorType::kRangeError, "Invalid code point " + NumberToString(d));
    auto cp = static_cast<char32_t>(d);
    if (cp < 0x10000) {
      s += static_cast<char16_t>(cp);
    } else {
      s += static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10));
      s += static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF));
    }
    if (s.size() > Runtime::kMaxStringLength) return rt.ThrowInvalidStringLength();
  }
  return Ok(rt.Str(FromU16(s)));
}

// ECMA-262 22.1.2.4 String.raw(template, ...substitutions): the raw literals of
// template.raw interleaved with the substitutions, all through ToString.
Completion StringRaw(Runtime& rt, NativeCall& call, Native*) {
  Value cooked = call.Arg(0);
  if (cooked.IsNullish())
    return rt.Throw(ErrorType::kTypeError, "Cannot convert undefined or null to object");
  Completion literals = rt.GetProperty(cooked, rt.Intern("raw"));
  if (!literals.ok()) return literals;
  if (literals.value.IsNullish())
    return rt.Throw(ErrorType::kTypeError, "Cannot convert undefined or null to object");
  TempRoot root(rt, literals.value);
  Completion length = rt.GetProperty(literals.value, rt.key_length);
  if (!length.ok()) return length;
  double count = 0;
  LOOPSCOPE_TRY(ToLengthArg(rt, length.value, count));
  std::string out;
  for (double i = 0; i < count; ++i) {
    Completion literal = rt.GetElement(literals.value, Value::Number(i));
    if (!literal.ok()) return literal;
    std::string text;
    LOOPSCOPE_TRY(rt.ToStringStd(literal.value, text));
    out += text;
    if (i + 1 == count) break;
    if (i + 1 < static_cast<double>(call.args.size())) {
      LOOPSCOPE_TRY(rt.ToStringStd(call.args[static_cast<size_t>(i) + 1], text));
      out += text;
    }
  }
  return Ok(rt.Str(out));
}

}  // namespace

void InstallStringBuiltins(Runtime& rt) {
  Object* proto = rt.realm.string_proto;
  Native* ctor = DefineConstructor(rt, "String", 1, StringCtor, proto);
  rt.DefineNative(ctor, "fromCharCode", 1, FromCharCode);
  rt.DefineNative(ctor, "fromCodePoint", 1, FromCodePoint);
  rt.DefineNative(ctor, "raw", 1, StringRaw);
  struct Method {
    const char* name;
    int length;
    BuiltinFn fn;
  };
  const Method methods[] = {{"charAt", 1, CharAt},
                            {"charCodeAt", 1, CharCodeAt},
                            {"codePointAt", 1, CodePointAt},
                            {"at", 1, At},
                            {"indexOf", 1, IndexOf},
                            {"lastIndexOf", 1, LastIndexOf},
                            {"includes", 1, Includes},
                            {"startsWith", 1, StartsWith},
                            {"endsWith", 1, EndsWith},
                            {"slice", 2, Slice},
                            {"substring", 2, Substring},
                            {"substr", 2, Substr},
                            {"toUpperCase", 0, ToUpper},
                            {"toLowerCase", 0, ToLower},
                            {"toLocaleUpperCase", 0, ToUpper},
                            {"toLocaleLowerCase", 0, ToLower},
                            {"trim", 0, TrimBoth},
                            {"trimStart", 0, TrimStart},
                            {"trimEnd", 0, TrimEnd},
                            {"padStart", 2, PadStart},
                            {"padEnd", 2, PadEnd},
                            {"repeat", 1, Repeat},
                            {"split", 2, Split},
                            {"replace", 2, ReplaceFirst},
                            {"replaceAll", 2, ReplaceAll},
                            {"concat", 1, Concat},
                            {"toString", 0, ToStringMethod},
                            {"valueOf", 0, ToStringMethod},
                            {"localeCompare", 1, LocaleCompare},
                            {"normalize", 0, StringNormalize}};
  for (const Method& m : methods) rt.DefineNative(proto, m.name, m.length, m.fn);
}

}  // namespace loopscope::js
