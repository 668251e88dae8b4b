// engine/js/builtins_regexp.cpp — the RegExp constructor and RegExp.prototype (ECMA-262 22.2):
// exec, test, toString, and the objects' flags, source and lastIndex.
//
// The matching itself is PCRE2's (regexp_engine.h); this file keeps JavaScript's side of it:
// lastIndex under `g` and `y` (22.2.7.2 RegExpBuiltinExec), the match array with index,
// input, groups and indices, and the step budget's share of every match.
// Where to look next: regexp_object.h, builtins_string_regexp.cpp (match, replace, split).
#include <algorithm>
#include <unordered_map>

#include "engine/js/builtins.h"
#include "engine/js/regexp_object.h"
#include "engine/js/unicode.h"

namespace loopscope::js {

namespace {

constexpr std::string_view kRegExpClass = "RegExp";
// Compiled patterns kept for reuse (a literal in a loop makes a new object every time).
constexpr size_t kMaxCachedPatterns = 256;

// ECMA-262 22.2.6.13.1 EscapeRegExpPattern: `source` reads back as the same literal.
std::string EscapeSource(std::string_view source) {
  if (source.empty()) return "(?:)";
  std::string out;
  bool in_class = false;
  for (size_t i = 0; i < source.size(); ++i) {
    char c = source[i];
    if (c == '\\' && i + 1 < source.size()) {
      out += c;
      out += source[++i];
      continue;
    }
    if (c == '[') in_class = true;
    if (c == ']') in_class = false;
    if (c == '/' && !in_class) {
      out += "\\/";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else {
      out += c;
    }
  }
  return out;
}

std::string Display(const RegExpData& data) {
  return "/" + EscapeSource(data.source) + "/" + data.flags;
}

// Each RegExp carries its flag getters' answers as own properties (no accessors yet).
void DefineFlagProperties(Runtime& rt, Object* obj, const RegExpData& data) {
  const RegExpFlags& f = data.re->flags();
  obj->Put(rt.Intern("lastIndex"), Value::Number(0), false);
  obj->Put(rt.Intern("source"), rt.Str(EscapeSource(data.source)), false);
  obj->Put(rt.Intern("flags"), rt.Str(data.flags), false);
  const std::pair<const char*, bool> kFlags[] = {
      {"hasIndices", f.has_indices}, {"global", f.global},  {"ignoreCase", f.ignore_case},
      {"multiline", f.multiline},    {"dotAll", f.dot_all}, {"unicode", f.unicode},
      {"sticky", f.sticky}};
  for (auto [name, on] : kFlags) obj->Put(rt.Intern(name), Value::Boolean(on), false);
}

Completion ThisRegExp(Runtime& rt, NativeCall& call, const char* method, Object*& out) {
  if (!AsRegExp(call.this_value))
    return rt.Throw(ErrorType::kTypeError, std::string("Method RegExp.prototype.") + method +
                                               " called on incompatible receiver " +
                                               rt.ToDisplayString(call.this_value));
  out = call.this_value.As<Object>();
  return Ok();
}

// ECMA-262 22.2.4.1 RegExp(pattern, flags).
Completion RegExpCtor(Runtime& rt, NativeCall& call, Native*) {
  Value pattern = call.Arg(0), flags = call.Arg(1);
  RegExpData* source_re = AsRegExp(pattern);
  // Step 4.b: RegExp(re) without new and without flags is `re` itself.
  if (!rt.current_new_target.IsObject() && source_re && flags.IsUndefined()) return Ok(pattern);
  std::string p, f;
  if (source_re) {
    p = source_re->source;
    f = source_re->flags;
  } else if (!pattern.IsUndefined()) {
    LOOPSCOPE_TRY(rt.ToStringStd(pattern, p));
  }
  if (!flags.IsUndefined()) LOOPSCOPE_TRY(rt.ToStringStd(flags, f));
  Object* proto;
  LOOPSCOPE_TRY(PrototypeForNew(rt, rt.realm.regexp_proto, proto));
  return NewRegExpObject(rt, p, f, proto);
}

Completion Exec(Runtime& rt, NativeCall& call, Native*) {
  Object* re;
  LOOPSCOPE_TRY(ThisRegExp(rt, call, "exec", re));
  Completion s = rt.ToStringValue(call.Arg(0));
  if (!s.ok()) return s;
  TempRoot keep(rt, s.value);
  Value out;
  LOOPSCOPE_TRY(RegExpBuiltinExec(rt, re, s.value, out));
  return Ok(out);
}

Completion Test(Runtime& rt, NativeCall& call, Native*) {
  Object* re;
  LOOPSCOPE_TRY(ThisRegExp(rt, call, "test", re));
  Completion s = rt.ToStringValue(call.Arg(0));
  if (!s.ok()) return s;
  TempRoot keep(rt, s.value);
  Value out;
  LOOPSCOPE_TRY(RegExpBuiltinExec(rt, re, s.value, out));
  return Ok(Value::Boolean(!out.IsNull()));
}

// ECMA-262 22.2.6.17 RegExp.prototype.toString: "/" + source + "/" + flags, read as properties.
Completion ToString(Runtime& rt, NativeCall& call, Native*) {
  if (!call.this_value.IsObject())
    return rt.Throw(ErrorType::kTypeError,
                    "RegExp.prototype.toString requires that 'this' be an Object");
  std::string source, flags;
  Completion s = rt.GetProperty(call.this_value, rt.Intern("source"));
  if (!s.ok()) return s;
  LOOPSCOPE_TRY(rt.ToStringStd(s.value, source));
  Completion f = rt.GetProperty(call.this_value, rt.Intern("flags"));
  if (!f.ok()) return f;
  LOOPSCOPE_TRY(rt.ToStringStd(f.value, flags));
  return Ok(rt.Str("/" + source + "/" + flags));
}

}  // namespace

RegExpData* AsRegExp(Value v) {
  if (!v.Is(CellKind::kHost)) return nullptr;
  auto* host = v.As<HostObject>();
  if (host->class_name != kRegExpClass) return nullptr;
  return static_cast<RegExpData*>(host->data.get());
}

Completion NewRegExpObject(Runtime& rt, std::string_view source, std::string_view flags,
                           Object* prototype) {
  RegExpFlags parsed;
  if (!ParseRegExpFlags(flags, parsed))
    return rt.Throw(ErrorType::kSyntaxError,
                    "Invalid flags supplied to RegExp constructor '" + std::string(flags) + "'");
  auto data = std::make_shared<RegExpData>();
  data->source = source;
  data->flags = RegExpFlagsText(parsed);
  std::string key = data->flags + "/" + data->source;
  auto& cache = rt.regexp_cache;
  if (auto it = cache.find(key); it != cache.end()) {
    data->re = it->second;
  } else {
    std::string error;
    std::shared_ptr<CompiledRegExp> re = CompiledRegExp::Compile(source, parsed, error);
    if (!re) return rt.Throw(ErrorType::kSyntaxError, RegExpErrorMessage(source, flags, error));
    if (cache.size() >= kMaxCachedPatterns) cache.clear();
    cache.emplace(key, re);
    data->re = std::move(re);
  }
  auto* obj = rt.Alloc<HostObject>(prototype, std::string(kRegExpClass), data);
  obj->inspector = [data](Vm&, Value) { return Display(*data); };
  DefineFlagProperties(rt, obj, *data);
  return Ok(Value::FromCell(obj));
}

const std::u16string& RegExpSubject(Runtime& rt, Value input) {
  if (input.bits() != rt.regexp_subject.bits()) {
    std::string_view text = rt.StringOf(input);
    rt.NoteWork(text.size() * 2);
    rt.regexp_subject_units = ToU16(text);
    rt.regexp_subject = input;
  }
  return rt.regexp_subject_units;
}

size_t AdvanceStringIndex(std::u16string_view s, size_t index, bool unicode) {
  if (!unicode || index + 1 >= s.size()) return index + 1;
  bool pair =
      s[index] >= 0xD800 && s[index] < 0xDC00 && s[index + 1] >= 0xDC00 && s[index + 1] < 0xE000;
  return index + (pair ? 2 : 1);
}

// The work of a match is charged to the step budget as native work: the text it scanned,
// and, when it needed more than a short budget of backtracking, that budget. PCRE2 does not
// count its own steps, so a match that runs out of a small limit is retried with a larger
// one: the charge is deterministic and within a factor of the real work.
Completion RegExpMatchAt(Runtime& rt, const RegExpData& data, std::u16string_view subject,
                         size_t start, bool sticky, std::vector<int64_t>& captures, bool& matched) {
  static constexpr uint32_t kBudgets[] = {10'000, 1'000'000, CompiledRegExp::kMatchLimit};
  static constexpr size_t kBytesPerBacktrack = 32;  // one interpreter step each
  uint32_t spent = 0;
  for (uint32_t budget : kBudgets) {
    MatchStatus status = data.re->Match(subject, start, sticky, budget, captures);
    if (status != MatchStatus::kLimit) {
      size_t end =
          status == MatchStatus::kMatch ? static_cast<size_t>(captures[1]) : subject.size();
      rt.NoteWork(2 * (std::max(end, start) - start) + size_t{spent} * kBytesPerBacktrack);
      matched = status == MatchStatus::kMatch;
      return Ok();
    }
    spent = budget;
  }
  rt.NoteWork(size_t{spent} * kBytesPerBacktrack);
  if (!rt.hooks().OnRegExpLimitReached(Display(data)))
    return {Completion::Type::kTerminated, Value::Undefined()};
  return rt.Throw(ErrorType::kRangeError,
                  "Regular expression " + Display(data) + " backtracked too much");
}

Value RegExpMatchArray(Runtime& rt, const RegExpData& data, Value input,
                       std::u16string_view subject, const std::vector<int64_t>& captures) {
  Array* result = rt.NewArray();
  TempRoot keep(rt, Value::FromCell(result));
  const uint32_t n = data.re->group_count();
  for (uint32_t k = 0; k <= n; ++k) {
    int64_t b = captures[2 * k], e = captures[2 * k + 1];
    result->elements.push_back(b < 0 ? Value::Undefined()
                                     : rt.Str(FromU16(subject.substr(static_cast<size_t>(b),
                                                                     static_cast<size_t>(e - b)))));
  }
  result->Put(rt.Intern("index"), Value::Number(static_cast<double>(captures[0])));
  result->Put(rt.Intern("input"), input);
  // ECMA-262 22.2.7.8 MakeMatchIndicesIndexPairArray and the groups object: null-prototype
  // objects keyed by group name, in the order the groups appear.
  auto groups_of = [&](auto value_of) {
    if (data.re->names().empty()) return Value::Undefined();
    Object* groups = rt.NewObject(nullptr);
    TempRoot keep_groups(rt, Value::FromCell(groups));
    for (auto& [name, index] : data.re->names()) groups->Put(rt.Intern(name), value_of(index));
    return Value::FromCell(groups);
  };
  result->Put(rt.Intern("groups"), groups_of([&](uint32_t k) { return result->elements[k]; }));
  if (data.re->flags().has_indices) {
    Array* indices = rt.NewArray();
    TempRoot keep_indices(rt, Value::FromCell(indices));
    auto pair_of = [&](uint32_t k) {
      if (captures[2 * k] < 0) return Value::Undefined();
      Array* pair = rt.NewArray();
      pair->elements.push_back(Value::Number(static_cast<double>(captures[2 * k])));
      pair->elements.push_back(Value::Number(static_cast<double>(captures[2 * k + 1])));
      return Value::FromCell(pair);
    };
    for (uint32_t k = 0; k <= n; ++k) indices->elements.push_back(pair_of(k));
    indices->Put(rt.Intern("groups"), groups_of([&](uint32_t k) { return indices->elements[k]; }));
    result->Put(rt.Intern("indices"), Value::FromCell(indices));
  }
  return Value::FromCell(result);
}

Completion RegExpBuiltinExec(Runtime& rt, Object* regexp, Value input, Value& out) {
  const RegExpData& data = *AsRegExp(Value::FromCell(regexp));
  String* last_index_key = rt.Intern("lastIndex");
  Completion li = rt.GetProperty(Value::FromCell(regexp), last_index_key);
  if (!li.ok()) return li;
  double last_index;
  LOOPSCOPE_TRY(ToLengthArg(rt, li.value, last_index));
  const RegExpFlags& f = data.re->flags();
  const bool keeps_index = f.global || f.sticky;
  if (!keeps_index) last_index = 0;
  // No JavaScript runs from here on, so the cached text cannot change under the match.
  const std::u16string& subject = RegExpSubject(rt, input);
  out = Value::Null();
  bool matched = false;
  std::vector<int64_t> captures;
  if (last_index <= static_cast<double>(subject.size())) {
    LOOPSCOPE_TRY(RegExpMatchAt(rt, data, subject, static_cast<size_t>(last_index), f.sticky,
                                captures, matched));
  }
  if (!matched) {
    if (keeps_index)
      LOOPSCOPE_TRY(rt.SetProperty(Value::FromCell(regexp), last_index_key, Value::Number(0)));
    return Ok();
  }
  if (keeps_index) {
    LOOPSCOPE_TRY(rt.SetProperty(Value::FromCell(regexp), last_index_key,
                                 Value::Number(static_cast<double>(captures[1]))));
  }
  out = RegExpMatchArray(rt, data, input, subject, captures);
  return Ok();
}

void InstallRegExpBuiltins(Runtime& rt) {
  Object* proto = rt.realm.regexp_proto = rt.NewPlainObject();
  DefineConstructor(rt, "RegExp", 2, RegExpCtor, proto);
  rt.DefineNative(proto, "exec", 1, Exec);
  rt.DefineNative(proto, "test", 1, Test);
  rt.DefineNative(proto, "toString", 0, ToString);
}

}  // namespace loopscope::js
