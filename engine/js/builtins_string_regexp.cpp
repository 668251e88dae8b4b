// engine/js/builtins_string_regexp.cpp — the String methods that take a regular expression:
// match, matchAll, search, and replace, replaceAll and split given a RegExp (ECMA-262
// 22.2.6 RegExp.prototype[@@match], [@@matchAll], [@@search], [@@replace], [@@split]).
//
// replace, replaceAll and split keep their string-pattern bodies (builtins_string.cpp):
// the versions installed here take the RegExp case and hand anything else to the original
// native, kept in their first internal slot. A RegExp's own [@@replace] and friends are not
// looked up (no Symbol yet): the built-in algorithms always run (docs/js-subset.md).
// Where to look next: builtins_regexp.cpp (exec and the match array), regexp_object.h.
#include <algorithm>

#include "engine/js/builtins.h"
#include "engine/js/regexp_object.h"
#include "engine/js/unicode.h"

namespace loopscope::js {

namespace {

// One match of a search: the offsets of the match and of each group (-1 = no match).
struct Found {
  std::vector<int64_t> captures;
};

Completion ThisText(Runtime& rt, NativeCall& call, const char* method, Value& out) {
  if (call.this_value.IsNullish())
    return rt.Throw(ErrorType::kTypeError,
                    std::string("String.prototype.") + method + " called on null or undefined");
  Completion s = rt.ToStringValue(call.this_value);
  if (!s.ok()) return s;
  out = s.value;
  return Ok();
}

// The RegExp a method works with: the argument itself, or one made from it (`match` and
// `search` read a string as a pattern: ECMA-262 22.1.3.13 step 4).
Completion RegExpArg(Runtime& rt, Value arg, std::string_view flags, Value& out) {
  if (AsRegExp(arg)) {
    out = arg;
    return Ok();
  }
  std::string pattern;
  if (!arg.IsUndefined()) LOOPSCOPE_TRY(rt.ToStringStd(arg, pattern));
  Completion re = NewRegExpObject(rt, pattern, flags, rt.realm.regexp_proto);
  if (!re.ok()) return re;
  out = re.value;
  return Ok();
}

// Every match from the start, as a global search finds them (an empty match moves the
// search on by one character), then lastIndex = 0 as the failing exec leaves it.
Completion AllMatches(Runtime& rt, Value regexp, std::u16string_view s, std::vector<Found>& out) {
  const RegExpData& data = *AsRegExp(regexp);
  const bool unicode = data.re->flags().unicode;
  size_t at = 0;
  while (at <= s.size()) {
    Found f;
    bool matched = false;
    LOOPSCOPE_TRY(RegExpMatchAt(rt, data, s, at, data.re->flags().sticky, f.captures, matched));
    if (!matched) break;
    size_t end = static_cast<size_t>(f.captures[1]);
    at = end == static_cast<size_t>(f.captures[0]) ? AdvanceStringIndex(s, end, unicode) : end;
    out.push_back(std::move(f));
  }
  return rt.SetProperty(regexp, rt.Intern("lastIndex"), Value::Number(0));
}

Value Slice(Runtime& rt, std::u16string_view s, int64_t b, int64_t e) {
  if (b < 0) return Value::Undefined();
  return rt.Str(FromU16(s.substr(static_cast<size_t>(b), static_cast<size_t>(e - b))));
}

// ECMA-262 22.1.3.13 String.prototype.match.
Completion Match(Runtime& rt, NativeCall& call, Native*) {
  Value text, regexp;
  LOOPSCOPE_TRY(ThisText(rt, call, "match", text));
  TempRoot keep_text(rt, text);
  LOOPSCOPE_TRY(RegExpArg(rt, call.Arg(0), "", regexp));
  TempRoot keep_re(rt, regexp);
  if (!AsRegExp(regexp)->re->flags().global) {
    Value out;
    LOOPSCOPE_TRY(RegExpBuiltinExec(rt, regexp.As<Object>(), text, out));
    return Ok(out);
  }
  std::u16string s = ToU16(rt.StringOf(text));
  std::vector<Found> found;
  LOOPSCOPE_TRY(AllMatches(rt, regexp, s, found));
  if (found.empty()) return Ok(Value::Null());
  Array* result = rt.NewArray();
  TempRoot keep(rt, Value::FromCell(result));
  for (const Found& f : found)
    result->elements.push_back(Slice(rt, s, f.captures[0], f.captures[1]));
  return Ok(Value::FromCell(result));
}

// ECMA-262 22.1.3.14 String.prototype.matchAll: the matches are found up front and handed
// out by an array iterator (the spec's iterator finds each one when asked).
Completion MatchAll(Runtime& rt, NativeCall& call, Native*) {
  Value text, regexp;
  LOOPSCOPE_TRY(ThisText(rt, call, "matchAll", text));
  TempRoot keep_text(rt, text);
  RegExpData* given = AsRegExp(call.Arg(0));
  if (given && !given->re->flags().global)
    return rt.Throw(ErrorType::kTypeError,
                    "String.prototype.matchAll called with a non-global RegExp argument");
  LOOPSCOPE_TRY(RegExpArg(rt, call.Arg(0), "g", regexp));
  TempRoot keep_re(rt, regexp);
  std::u16string s = ToU16(rt.StringOf(text));
  std::vector<Found> found;
  LOOPSCOPE_TRY(AllMatches(rt, regexp, s, found));
  Array* result = rt.NewArray();
  TempRoot keep(rt, Value::FromCell(result));
  for (const Found& f : found)
    result->elements.push_back(RegExpMatchArray(rt, *AsRegExp(regexp), text, s, f.captures));
  return Ok(Value::FromCell(rt.Alloc<Iterator>(rt.realm.array_iterator_proto,
                                               Value::FromCell(result), IterKind::kValues)));
}

// ECMA-262 22.1.3.23 String.prototype.search: the first match's index, lastIndex untouched.
Completion Search(Runtime& rt, NativeCall& call, Native*) {
  Value text, regexp;
  LOOPSCOPE_TRY(ThisText(rt, call, "search", text));
  TempRoot keep_text(rt, text);
  LOOPSCOPE_TRY(RegExpArg(rt, call.Arg(0), "", regexp));
  TempRoot keep_re(rt, regexp);
  const RegExpData& data = *AsRegExp(regexp);
  std::u16string s = ToU16(rt.StringOf(text));
  std::vector<int64_t> captures;
  bool matched = false;
  LOOPSCOPE_TRY(RegExpMatchAt(rt, data, s, 0, data.re->flags().sticky, captures, matched));
  return Ok(Value::Number(matched ? static_cast<double>(captures[0]) : -1));
}

// ECMA-262 22.1.3.19.1 GetSubstitution: $$, $&, $`, $', $n, $nn and $<name>.
Completion Substitute(Runtime& rt, std::u16string_view replacement, std::u16string_view s,
                      const std::vector<int64_t>& captures, const RegExpData& data,
                      std::u16string& out) {
  const size_t m = captures.size() / 2 - 1;
  const size_t pos = static_cast<size_t>(captures[0]), end = static_cast<size_t>(captures[1]);
  auto capture = [&](size_t k) {
    if (captures[2 * k] < 0) return std::u16string_view();
    return s.substr(static_cast<size_t>(captures[2 * k]),
                    static_cast<size_t>(captures[2 * k + 1] - captures[2 * k]));
  };
  auto digit = [](char16_t c) { return c >= '0' && c <= '9'; };
  for (size_t i = 0; i < replacement.size(); ++i) {
    char16_t c = replacement[i];
    char16_t n = i + 1 < replacement.size() ? replacement[i + 1] : u'\0';
    if (c != '$' || i + 1 >= replacement.size()) {
      out += c;
    } else if (n == '$') {
      out += u'$';
      ++i;
    } else if (n == '&') {
      out += s.substr(pos, end - pos);
      ++i;
    } else if (n == '`') {
      out += s.substr(0, pos);
      ++i;
    } else if (n == '\'') {
      out += s.substr(std::min(end, s.size()));
      ++i;
    } else if (digit(n)) {
      size_t one = n - '0';
      char16_t n2 = i + 2 < replacement.size() ? replacement[i + 2] : u'\0';
      size_t two = digit(n2) ? one * 10 + (n2 - '0') : 0;
      if (two >= 1 && two <= m) {
        out += capture(two);
        i += 2;
      } else if (one >= 1 && one <= m) {
        out += capture(one);
        i += 1;
      } else {
        out += c;
      }
    } else if (n == '<' && !data.re->names().empty()) {
      size_t close = replacement.find(u'>', i + 2);
      if (close == std::u16string_view::npos) {
        out += c;
        continue;
      }
      std::string name = FromU16(replacement.substr(i + 2, close - i - 2));
      for (auto& [group, index] : data.re->names())
        if (group == name) out += capture(index);
      i = close;
    } else {
      out += c;
    }
    if (out.size() > Runtime::kMaxStringLength) return rt.ThrowInvalidStringLength();
  }
  return Ok();
}

// The replacement for one match: the callback's answer, or the substituted template.
Completion Replacement(Runtime& rt, Value replacer, std::u16string_view tmpl, Value text,
                       std::u16string_view s, const std::vector<int64_t>& captures,
                       const RegExpData& data, std::u16string& out) {
  if (!rt.IsCallable(replacer)) return Substitute(rt, tmpl, s, captures, data, out);
  std::vector<Value> args;
  const size_t m = captures.size() / 2;
  for (size_t k = 0; k < m; ++k) args.push_back(Slice(rt, s, captures[2 * k], captures[2 * k + 1]));
  args.push_back(Value::Number(static_cast<double>(captures[0])));
  args.push_back(text);
  if (!data.re->names().empty()) {
    Object* groups = rt.NewObject(nullptr);
    for (auto& [name, index] : data.re->names()) groups->Put(rt.Intern(name), args[index]);
    args.push_back(Value::FromCell(groups));
  }
  Array* keep_args = rt.NewArray();  // the arguments stay reachable while the callback runs
  keep_args->elements.assign(args.begin(), args.end());
  TempRoot keep(rt, Value::FromCell(keep_args));
  Completion r = rt.Call(replacer, Value::Undefined(), args);
  if (!r.ok()) return r;
  std::string piece;
  LOOPSCOPE_TRY(rt.ToStringStd(r.value, piece));
  out += ToU16(piece);
  if (out.size() > Runtime::kMaxStringLength) return rt.ThrowInvalidStringLength();
  return Ok();
}

// ECMA-262 22.2.6.11 RegExp.prototype[@@replace], reached from replace and replaceAll.
Completion ReplaceWithRegExp(Runtime& rt, NativeCall& call, Value text) {
  Value regexp = call.Arg(0), replacer = call.Arg(1);
  const RegExpData& data = *AsRegExp(regexp);
  std::u16string tmpl;
  if (!rt.IsCallable(replacer)) {
    std::string r;
    LOOPSCOPE_TRY(rt.ToStringStd(replacer, r));
    tmpl = ToU16(r);
  }
  std::u16string s = ToU16(rt.StringOf(text));
  std::vector<Found> found;
  if (data.re->flags().global) {
    LOOPSCOPE_TRY(AllMatches(rt, regexp, s, found));
  } else {
    Value match;
    LOOPSCOPE_TRY(RegExpBuiltinExec(rt, regexp.As<Object>(), text, match));
    if (!match.IsNull()) {
      // The match's offsets again, from its index and strings (exec returned no offsets).
      Found f;
      bool matched = false;
      double index = rt.GetOwnProperty(match.As<Object>(), rt.Intern("index")).AsNumber();
      LOOPSCOPE_TRY(
          RegExpMatchAt(rt, data, s, static_cast<size_t>(index), true, f.captures, matched));
      if (matched) found.push_back(std::move(f));
    }
  }
  std::u16string out;
  size_t next = 0;
  for (const Found& f : found) {
    size_t pos = static_cast<size_t>(f.captures[0]);
    out += std::u16string_view(s).substr(next, pos - next);
    LOOPSCOPE_TRY(Replacement(rt, replacer, tmpl, text, s, f.captures, data, out));
    next = static_cast<size_t>(f.captures[1]);
  }
  out += std::u16string_view(s).substr(std::min(next, s.size()));
  if (out.size() > Runtime::kMaxStringLength) return rt.ThrowInvalidStringLength();
  return Ok(rt.Str(FromU16(out)));
}

// The string-pattern native this one extends (see the header).
Completion Original(Runtime& rt, NativeCall& call, Native* self) {
  Native* original = self->slots[0].As<Native>();
  return original->builtin(rt, call, original);
}

Completion Replace(Runtime& rt, NativeCall& call, Native* self) {
  if (!AsRegExp(call.Arg(0))) return Original(rt, call, self);
  Value text;
  LOOPSCOPE_TRY(ThisText(rt, call, "replace", text));
  TempRoot keep(rt, text);
  return ReplaceWithRegExp(rt, call, text);
}

Completion ReplaceAll(Runtime& rt, NativeCall& call, Native* self) {
  RegExpData* data = AsRegExp(call.Arg(0));
  if (!data) return Original(rt, call, self);
  if (!data->re->flags().global)
    return rt.Throw(ErrorType::kTypeError,
                    "String.prototype.replaceAll called with a non-global RegExp argument");
  Value text;
  LOOPSCOPE_TRY(ThisText(rt, call, "replaceAll", text));
  TempRoot keep(rt, text);
  return ReplaceWithRegExp(rt, call, text);
}

// ECMA-262 22.2.6.14 RegExp.prototype[@@split]. The spec tries a sticky match at every
// position; a search from the position finds the same first match in one call.
Completion Split(Runtime& rt, NativeCall& call, Native* self) {
  if (!AsRegExp(call.Arg(0))) return Original(rt, call, self);
  Value text;
  LOOPSCOPE_TRY(ThisText(rt, call, "split", text));
  TempRoot keep_text(rt, text);
  const RegExpData& data = *AsRegExp(call.Arg(0));
  double limit_d = 4294967295.0;
  if (!call.Arg(1).IsUndefined()) {
    LOOPSCOPE_TRY(rt.ToNumber(call.Arg(1), limit_d));
    limit_d = ToUint32(limit_d);
  }
  const size_t limit = static_cast<size_t>(limit_d);
  Array* result = rt.NewArray();
  TempRoot keep(rt, Value::FromCell(result));
  if (limit == 0) return Ok(Value::FromCell(result));
  std::u16string s = ToU16(rt.StringOf(text));
  std::vector<int64_t> captures;
  bool matched = false;
  if (s.empty()) {
    LOOPSCOPE_TRY(RegExpMatchAt(rt, data, s, 0, true, captures, matched));
    if (!matched) result->elements.push_back(text);
    return Ok(Value::FromCell(result));
  }
  const bool unicode = data.re->flags().unicode;
  size_t p = 0, q = 0;
  while (q < s.size()) {
    LOOPSCOPE_TRY(RegExpMatchAt(rt, data, s, q, false, captures, matched));
    if (!matched || static_cast<size_t>(captures[0]) >= s.size()) break;
    q = static_cast<size_t>(captures[0]);
    size_t e = std::min(static_cast<size_t>(captures[1]), s.size());
    if (e == p) {
      q = AdvanceStringIndex(s, q, unicode);
      continue;
    }
    result->elements.push_back(Slice(rt, s, static_cast<int64_t>(p), static_cast<int64_t>(q)));
    if (result->elements.size() == limit) return Ok(Value::FromCell(result));
    for (size_t k = 1; k < captures.size() / 2; ++k) {
      result->elements.push_back(Slice(rt, s, captures[2 * k], captures[2 * k + 1]));
      if (result->elements.size() == limit) return Ok(Value::FromCell(result));
    }
    p = q = e;
  }
  result->elements.push_back(Slice(rt, s, static_cast<int64_t>(p), static_cast<int64_t>(s.size())));
  return Ok(Value::FromCell(result));
}

}  // namespace

void InstallStringRegExpBuiltins(Runtime& rt) {
  Object* proto = rt.realm.string_proto;
  rt.DefineNative(proto, "match", 1, Match);
  rt.DefineNative(proto, "matchAll", 1, MatchAll);
  rt.DefineNative(proto, "search", 1, Search);
  struct Extended {
    const char* name;
    BuiltinFn fn;
  };
  for (auto [name, fn] : {Extended{"replace", Replace}, Extended{"replaceAll", ReplaceAll},
                          Extended{"split", Split}}) {
    Value original = proto->Find(rt.Intern(name))->value;
    Native* extended = rt.DefineNative(proto, name, 2, fn);
    extended->slots[0] = original;
  }
}

}  // namespace loopscope::js
