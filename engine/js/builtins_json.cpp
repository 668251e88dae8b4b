// engine/js/builtins_json.cpp — JSON.stringify (replacer function or array, indent) and
// JSON.parse (with reviver), as ECMA-262 25.5 specifies them.
// Where to look next: builtins.h.
#include <algorithm>

#include "engine/js/bigint.h"
#include "engine/js/builtins.h"
#include "engine/js/lexer.h"
#include "engine/js/string_builder.h"
#include "engine/js/unicode.h"
#include "engine/js/wrapper_objects.h"

namespace loopscope::js {
namespace {

// A lone surrogate (ED A0..BF xx in the engine's WTF-8, unicode.h) at s[i].
bool LoneSurrogateAt(std::string_view s, size_t i) {
  return static_cast<unsigned char>(s[i]) == 0xED && i + 2 < s.size() &&
         static_cast<unsigned char>(s[i + 1]) >= 0xA0;
}

}  // namespace

// ECMA-262 25.5.2.3 QuoteJSONString: control characters and lone surrogates as \\uXXXX.
std::string QuoteJson(std::string_view s) {
  std::string out = "\"";
  out.reserve(s.size() + 2);
  for (size_t i = 0; i < s.size(); ++i) {
    // Runs of characters that need no escape are copied at once.
    size_t run = i;
    while (run < s.size() && static_cast<unsigned char>(s[run]) >= 0x20 && s[run] != '"' &&
           s[run] != '\\' && !LoneSurrogateAt(s, run))
      ++run;
    if (run > i) {
      out.append(s, i, run - i);
      i = run;
      if (i == s.size()) break;
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        if (c < 0x20 || LoneSurrogateAt(s, i)) {
          unsigned unit = c;
          if (c >= 0x20) {
            unit = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                   (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
            i += 2;
          }
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", unit);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
  return out;
}

namespace {

// ECMA-262 25.5.2 JSON.stringify's serialization, written straight into one StringBuilder:
// the text never exists twice, and it stops with V8's "Invalid string length" as soon as
// it would pass the limit (a huge holey array is measured before any of it is written).
class Serializer {
 public:
  Serializer(Runtime& rt, Value replacer, std::string gap)
      : rt_(rt), replacer_(replacer), gap_(std::move(gap)) {
    if (replacer.Is(CellKind::kArray)) {
      Array* list = replacer.As<Array>();
      for (uint32_t i = 0; Runtime::NextArrayIndex(list, i, i); ++i) {
        // ECMA-262 25.5.2.1 step 4.b: strings, numbers and their wrapper objects, each key
        // once.
        Value v = list->Get(i);
        Value item = UnwrapPrimitive(v);
        String* k = nullptr;
        if (!item.IsString() && !item.IsNumber()) continue;
        if (!rt.ToPropertyKey(v.IsObject() ? v : item, k).ok()) continue;
        if (std::find(allow_.begin(), allow_.end(), k) == allow_.end()) allow_.push_back(k);
      }
      has_allow_list_ = true;
    }
  }

  StringBuilder& out() { return out_; }

  // ECMA-262 25.5.2.2 SerializeJSONProperty; `wrote` is false when the value serializes to
  // nothing (undefined, functions). `key` is made only when toJSON or a replacer needs it.
  template <typename KeyFn>
  Completion Property(Value holder, KeyFn key, Value value, bool& wrote) {
    wrote = true;
    if (value.IsObject() || value.IsBigInt()) {  // step 2: GetV reads BigInt.prototype too
      Completion to_json = rt_.GetProperty(value, rt_.Intern("toJSON"));
      if (!to_json.ok()) return to_json;
      if (rt_.IsCallable(to_json.value)) {
        Value arg = Value::FromCell(key());
        Completion r = rt_.Call(to_json.value, value, std::span<const Value>(&arg, 1));
        if (!r.ok()) return r;
        value = r.value;
      }
    }
    if (rt_.IsCallable(replacer_)) {
      Value args[2] = {Value::FromCell(key()), value};
      Completion r = rt_.Call(replacer_, holder, args);
      if (!r.ok()) return r;
      value = r.value;
    }
    // Step 4: Number, String and Boolean objects serialize as their primitives.
    if (value.Is(CellKind::kPrimitiveWrapper)) {
      Value primitive = UnwrapPrimitive(value);
      if (primitive.IsNumber()) {
        double d;
        LOOPSCOPE_TRY(rt_.ToNumber(value, d));
        value = Value::Number(d);
      } else if (primitive.IsString()) {
        Completion s = rt_.ToStringValue(value);
        if (!s.ok()) return s;
        value = s.value;
      } else {
        value = primitive;
      }
    }
    if (value.IsNull()) return Write("null");
    if (value.IsBoolean()) return Write(value.AsBoolean() ? "true" : "false");
    if (value.IsString()) {
      // Quoting only lengthens: refused before the quoted copy is made when even the
      // unquoted text would not fit.
      if (!out_.Fits(static_cast<size_t>(Runtime::Utf16Length(value.As<String>())) + 2))
        return rt_.ThrowInvalidStringLength();
      return Write(QuoteJson(rt_.StringOf(value)));
    }
    if (value.IsNumber())
      return Write(std::isfinite(value.AsNumber()) ? NumberToString(value.AsNumber()) : "null");
    if (value.IsBigInt())  // step 10
      return rt_.Throw(ErrorType::kTypeError, "Do not know how to serialize a BigInt");
    if (value.IsObject() && !rt_.IsCallable(value)) {
      Object* o = value.As<Object>();
      if (std::find(stack_.begin(), stack_.end(), o) != stack_.end())
        return rt_.Throw(ErrorType::kTypeError, "Converting circular structure to JSON");
      if (stack_.size() > 2000)
        return rt_.Throw(ErrorType::kRangeError, "Maximum call stack size exceeded");
      stack_.push_back(o);
      TempRoot keep(rt_, value);
      Completion c =
          o->kind == CellKind::kArray ? SerializeArray(static_cast<Array*>(o)) : SerializeObject(o);
      stack_.pop_back();
      return c;
    }
    wrote = false;
    return Ok();
  }

 private:
  Completion Write(std::string_view text) {
    if (!out_.Append(text)) return rt_.ThrowInvalidStringLength();
    return Ok();
  }
  // The separator before an entry, and the line break and indent when there is a gap.
  Completion Separator(bool first) {
    if (!first) LOOPSCOPE_TRY(Write(","));
    if (!gap_.empty()) LOOPSCOPE_TRY(Write("\n" + indent_));
    return Ok();
  }
  Completion Close(bool empty, const std::string& stepback, const char* close) {
    if (!empty && !gap_.empty()) LOOPSCOPE_TRY(Write("\n" + stepback));
    return Write(close);
  }
  Completion SerializeObject(Object* o) {
    std::string stepback = indent_;
    indent_ += gap_;
    LOOPSCOPE_TRY(Write("{"));
    std::vector<String*> keys = has_allow_list_ ? allow_ : rt_.OwnKeys(o, true);
    bool empty = true;
    for (String* k : keys) {
      Completion v = rt_.GetProperty(Value::FromCell(o), k);
      if (!v.ok()) return v;
      // Written, then taken back if the value turns out to serialize to nothing.
      size_t mark_bytes = out_.text().size(), mark_units = out_.units();
      LOOPSCOPE_TRY(Separator(empty));
      LOOPSCOPE_TRY(Write(QuoteJson(k->data) + (gap_.empty() ? ":" : ": ")));
      bool wrote;
      LOOPSCOPE_TRY(Property(
          Value::FromCell(o), [k] { return k; }, v.value, wrote));
      if (wrote)
        empty = false;
      else
        out_.Truncate(mark_bytes, mark_units);
    }
    LOOPSCOPE_TRY(Close(empty, stepback, "}"));
    indent_ = stepback;
    return Ok();
  }
  Completion SerializeArray(Array* a) {
    uint32_t len = a->Length();
    // At least "[", "]", a comma between entries and one code unit per entry, four per
    // hole ("null"): measured before anything is written.
    size_t holes = len;
    for (uint32_t i = 0; Runtime::NextArrayIndex(a, i, i); ++i) --holes;
    if (len > 0 && !out_.Fits(size_t{2} + (len - 1) + (len - holes) + 4 * holes))
      return rt_.ThrowInvalidStringLength();
    std::string stepback = indent_;
    indent_ += gap_;
    LOOPSCOPE_TRY(Write("["));
    for (uint32_t i = 0; i < len; ++i) {
      LOOPSCOPE_TRY(Separator(i == 0));
      Value v = a->Get(i);
      if (v.IsHole() && a->has_special_props) {  // an element with attributes of its own
        Completion c = rt_.GetElement(Value::FromCell(a), Value::Number(i));
        if (!c.ok()) return c;
        v = c.value;
      }
      bool wrote;
      LOOPSCOPE_TRY(Property(
          Value::FromCell(a), [&] { return rt_.Intern(std::to_string(i)); },
          v.IsHole() ? Value::Undefined() : v, wrote));
      if (!wrote) LOOPSCOPE_TRY(Write("null"));
    }
    LOOPSCOPE_TRY(Close(len == 0, stepback, "]"));
    indent_ = stepback;
    return Ok();
  }

  Runtime& rt_;
  Value replacer_;
  std::string gap_;
  std::string indent_;
  StringBuilder out_;
  std::vector<Object*> stack_;
  std::vector<String*> allow_;
  bool has_allow_list_ = false;
};

Completion Stringify(Runtime& rt, NativeCall& call, Native*) {
  std::string gap;
  Value space = call.Arg(2);
  // ECMA-262 25.5.2.1 step 6: a Number or String object counts as its primitive.
  if (space.Is(CellKind::kPrimitiveWrapper) && UnwrapPrimitive(space).IsNumber()) {
    double d;
    LOOPSCOPE_TRY(rt.ToNumber(space, d));
    space = Value::Number(d);
  } else if (space.Is(CellKind::kPrimitiveWrapper) && UnwrapPrimitive(space).IsString()) {
    Completion s = rt.ToStringValue(space);
    if (!s.ok()) return s;
    space = s.value;
  }
  if (space.IsNumber()) {
    gap.assign(static_cast<size_t>(std::clamp(ToIntegerOrInfinity(space.AsNumber()), 0.0, 10.0)),
               ' ');
  } else if (space.IsString()) {
    gap = std::string(rt.StringOf(space)).substr(0, 10);
  }
  Serializer s(rt, call.Arg(1), gap);
  Object* wrapper = rt.NewPlainObject();
  TempRoot keep(rt, Value::FromCell(wrapper));
  wrapper->Put(rt.Intern(""), call.Arg(0));
  bool wrote;
  LOOPSCOPE_TRY(s.Property(
      Value::FromCell(wrapper), [&] { return rt.Intern(""); }, call.Arg(0), wrote));
  if (!wrote) return Ok();
  return Ok(s.out().Finish(rt));
}

// JSON.parse's grammar (ECMA-262 25.5.1) with V8's error messages: each place that expects
// something names it ("Expected ',' or ']' after array element in JSON at position 4");
// elsewhere the unexpected character is quoted with the text around it
// (v8/src/json/json-parser.cc ReportUnexpectedToken, LookUpErrorMessageForJsonToken).
class JsonParser {
 public:
  JsonParser(Runtime& rt, std::string_view text) : rt_(rt), s_(text) {}

  Completion Parse() {
    Value v;
    LOOPSCOPE_TRY(ParseValue(v, 0));
    SkipSpace();
    if (pos_ < s_.size()) return AtPosition("Unexpected non-whitespace character after JSON");
    return Ok(v);
  }

 private:
  // V8's kMaxContextCharacters and kMinOriginalSourceLengthForContext.
  static constexpr size_t kContextUnits = 10;
  static constexpr size_t kShortSourceUnits = 2 * kContextUnits + 1;

  bool At(char c) const { return pos_ < s_.size() && s_[pos_] == c; }
  bool AtDigit() const { return pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9'; }
  void SkipDigits() {
    while (AtDigit()) ++pos_;
  }
  void SkipSpace() {
    while (pos_ < s_.size() &&
           (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r'))
      ++pos_;
  }
  // "<message> at position N", N counted in UTF-16 units.
  Completion AtPosition(std::string_view message) {
    size_t at = Utf16Units(s_.substr(0, std::min(pos_, s_.size())));
    return rt_.Throw(ErrorType::kSyntaxError,
                     std::string(message) + " at position " + std::to_string(at));
  }
  Completion SyntaxErrorAt(std::string_view what) {
    return AtPosition(std::string(what) + " in JSON");
  }
  // The token at pos_ where nothing in particular was expected (a value, the end).
  Completion Unexpected() {
    if (pos_ >= s_.size())
      return rt_.Throw(ErrorType::kSyntaxError, "Unexpected end of JSON input");
    if (AtDigit() || At('-')) return SyntaxErrorAt("Unexpected number");
    if (At('"')) return SyntaxErrorAt("Unexpected string");
    for (std::string_view special : {"[object Object]", "undefined", "Infinity", "NaN"}) {
      if (s_ == special)
        return rt_.Throw(ErrorType::kSyntaxError, "\"" + std::string(s_) + "\" is not valid JSON");
    }
    const std::u16string text = ToU16(s_);
    const size_t at = Utf16Units(s_.substr(0, pos_));
    const std::string token = FromU16(std::u16string_view(text).substr(at, 1));
    std::string shown;
    if (text.size() < kShortSourceUnits) {
      shown = "\"" + std::string(s_) + "\"";
    } else {
      const size_t from = at < kContextUnits ? 0 : at - kContextUnits;
      const size_t to = std::min(text.size(), at + kContextUnits);
      shown = (from > 0 ? "...\"" : "\"") +
              FromU16(std::u16string_view(text).substr(from, to - from)) +
              (to < text.size() ? "\"..." : "\"");
    }
    return rt_.Throw(ErrorType::kSyntaxError,
                     "Unexpected token '" + token + "', " + shown + " is not valid JSON");
  }
  // The four hex digits of a \\u escape, at pos_; V8's error at the first bad one.
  Completion Hex4(uint32_t& cp) {
    for (int i = 0; i < 4; ++i, ++pos_) {
      int digit = pos_ < s_.size() ? HexDigit(s_[pos_]) : -1;
      if (digit < 0) return SyntaxErrorAt("Bad Unicode escape");
      cp = cp * 16 + static_cast<uint32_t>(digit);
    }
    return Ok();
  }
  bool PeekHex4(size_t at, uint32_t& cp) const {
    for (size_t i = at; i < at + 4; ++i) {
      int digit = i < s_.size() ? HexDigit(s_[i]) : -1;
      if (digit < 0) return false;
      cp = cp * 16 + static_cast<uint32_t>(digit);
    }
    return true;
  }
  static int HexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
    return -1;
  }
  Completion ParseValue(Value& out, int depth) {
    if (depth > 1000) return rt_.Throw(ErrorType::kRangeError, "Maximum call stack size exceeded");
    SkipSpace();
    if (pos_ >= s_.size()) return Unexpected();
    char c = s_[pos_];
    if (c == '{') return ParseObject(out, depth);
    if (c == '[') return ParseArray(out, depth);
    if (c == '"') {
      std::string str;
      LOOPSCOPE_TRY(ParseString(str));
      out = rt_.Str(str);
      return Ok();
    }
    for (auto [word, v] : {std::pair{std::string_view("true"), Value::Boolean(true)},
                           {std::string_view("false"), Value::Boolean(false)},
                           {std::string_view("null"), Value::Null()}}) {
      if (c == word[0]) return ScanLiteral(word, v, out);
    }
    if (c == '-' || (c >= '0' && c <= '9')) return ParseNumber(out);
    return Unexpected();
  }
  // A literal chosen by its first character: a wrong character is unexpected, and so is
  // the end of the text ("tru").
  Completion ScanLiteral(std::string_view word, Value v, Value& out) {
    for (size_t i = 1; i < word.size(); ++i) {
      if (pos_ + i >= s_.size() || s_[pos_ + i] != word[i]) {
        pos_ = std::min(pos_ + i, s_.size());
        return Unexpected();
      }
    }
    pos_ += word.size();
    out = v;
    return Ok();
  }
  // ECMA-262 25.5.1 JSONNumber: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
  Completion ParseNumber(Value& out) {
    const size_t start = pos_;
    if (At('-')) {
      ++pos_;
      if (!AtDigit()) return SyntaxErrorAt("No number after minus sign");
    }
    if (At('0')) {
      ++pos_;
      if (AtDigit()) return Unexpected();  // a leading zero: "Unexpected number"
    } else {
      SkipDigits();
    }
    if (At('.')) {
      ++pos_;
      if (!AtDigit()) return SyntaxErrorAt("Unterminated fractional number");
      SkipDigits();
    }
    if (At('e') || At('E')) {
      ++pos_;
      if (At('+') || At('-')) ++pos_;
      if (!AtDigit()) return SyntaxErrorAt("Exponent part is missing a number");
      SkipDigits();
    }
    out = Value::Number(std::strtod(std::string(s_.substr(start, pos_ - start)).c_str(), nullptr));
    return Ok();
  }
  Completion ParseString(std::string& out) {
    ++pos_;
    while (pos_ < s_.size() && s_[pos_] != '"') {
      char c = s_[pos_++];
      if (static_cast<unsigned char>(c) < 0x20) {
        --pos_;
        return SyntaxErrorAt("Bad control character in string literal");
      }
      if (c != '\\') {
        out += c;
        continue;
      }
      if (pos_ >= s_.size()) return Unexpected();
      char e = s_[pos_++];
      switch (e) {
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        case 'r':
          out += '\r';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'u': {
          uint32_t cp = 0;
          LOOPSCOPE_TRY(Hex4(cp));
          // A high surrogate escape followed by a low one is one code point.
          uint32_t low = 0;
          if (cp >= 0xD800 && cp < 0xDC00 && s_.substr(pos_, 2) == "\\u" &&
              PeekHex4(pos_ + 2, low) && low >= 0xDC00 && low < 0xE000) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            pos_ += 6;
          }
          AppendUtf8(out, cp);
          break;
        }
        case '"':
        case '\\':
        case '/':
          out += e;
          break;
        default:
          --pos_;
          return SyntaxErrorAt("Bad escaped character");
      }
    }
    if (pos_ >= s_.size()) return SyntaxErrorAt("Unterminated string");
    ++pos_;
    return Ok();
  }
  Completion ParseArray(Value& out, int depth) {
    ++pos_;
    Array* a = rt_.NewArray();
    out = Value::FromCell(a);
    TempRoot keep(rt_, out);
    SkipSpace();
    if (At(']')) {
      ++pos_;
      return Ok();
    }
    while (true) {
      Value v;
      LOOPSCOPE_TRY(ParseValue(v, depth + 1));
      a->elements.push_back(v);
      SkipSpace();
      if (At(',')) {
        ++pos_;
        continue;
      }
      if (At(']')) {
        ++pos_;
        return Ok();
      }
      return SyntaxErrorAt("Expected ',' or ']' after array element");
    }
  }
  Completion ParseObject(Value& out, int depth) {
    ++pos_;
    Object* o = rt_.NewPlainObject();
    out = Value::FromCell(o);
    TempRoot keep(rt_, out);
    SkipSpace();
    if (At('}')) {
      ++pos_;
      return Ok();
    }
    // V8 words the first property's errors apart from a later one's, and a later key's
    // missing ':' is a plain unexpected token.
    bool first = true;
    while (true) {
      SkipSpace();
      if (!At('"'))
        return SyntaxErrorAt(first ? "Expected property name or '}'"
                                   : "Expected double-quoted property name");
      std::string key;
      LOOPSCOPE_TRY(ParseString(key));
      SkipSpace();
      if (!At(':')) return first ? SyntaxErrorAt("Expected ':' after property name") : Unexpected();
      ++pos_;
      Value v;
      LOOPSCOPE_TRY(ParseValue(v, depth + 1));
      // CreateDataProperty: "__proto__" is an own property here, and a later duplicate wins.
      out.As<Object>()->Put(rt_.Intern(key), v);
      SkipSpace();
      first = false;
      if (At(',')) {
        ++pos_;
        continue;
      }
      if (At('}')) {
        ++pos_;
        return Ok();
      }
      return SyntaxErrorAt("Expected ',' or '}' after property value");
    }
  }

  Runtime& rt_;
  std::string_view s_;
  size_t pos_ = 0;
};

// ECMA-262 25.5.1.1 InternalizeJSONProperty.
Completion Revive(Runtime& rt, Value holder, String* key, Value reviver) {
  Completion val = rt.GetProperty(holder, key);
  if (!val.ok()) return val;
  if (val.value.IsObject()) {
    TempRoot keep(rt, val.value);
    for (String* k : rt.OwnKeys(val.value.As<Object>(), true)) {
      Completion r = Revive(rt, val.value, k, reviver);
      if (!r.ok()) return r;
      if (r.value.IsUndefined()) {
        LOOPSCOPE_TRY(rt.DeleteElement(val.value, Value::FromCell(k)));
        continue;
      }
      // CreateDataProperty(val, k, newElement): refused quietly by a non-configurable one.
      PropertyDescriptor desc;
      desc.value = r.value;
      desc.has_value = desc.has_writable = desc.has_enumerable = desc.has_configurable = true;
      desc.writable = desc.enumerable = desc.configurable = true;
      bool done;
      LOOPSCOPE_TRY(rt.DefineOwnProperty(val.value.As<Object>(), k, desc, done));
    }
  }
  Value args[2] = {Value::FromCell(key), val.value};
  return rt.Call(reviver, holder, args);
}

Completion ParseJson(Runtime& rt, NativeCall& call, Native*) {
  std::string text;
  LOOPSCOPE_TRY(rt.ToStringStd(call.Arg(0), text));
  Completion v = JsonParser(rt, text).Parse();
  if (!v.ok() || !rt.IsCallable(call.Arg(1))) return v;
  Object* root = rt.NewPlainObject();
  TempRoot keep(rt, Value::FromCell(root));
  root->Put(rt.Intern(""), v.value);
  return Revive(rt, Value::FromCell(root), rt.Intern(""), call.Arg(1));
}

}  // namespace

void InstallJsonBuiltins(Runtime& rt) {
  Object* json = rt.NewPlainObject();
  rt.realm.global->Put(rt.Intern("JSON"), Value::FromCell(json), false);
  rt.DefineNative(json, "stringify", 3, Stringify);
  rt.DefineNative(json, "parse", 2, ParseJson);
  DefineToStringTag(rt, json, "JSON");
}

}  // namespace loopscope::js
