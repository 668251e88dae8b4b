// engine/js/builtins_json.cpp — JSON.stringify (replacer function or array, indent) and
// JSON.parse (with reviver), as ECMA-262 25.5 specifies them.
// Where to look next: builtins.h.
#include <algorithm>

#include "engine/js/builtins.h"
#include "engine/js/lexer.h"

namespace loopscope::js {
namespace {

std::string QuoteJson(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

class Serializer {
 public:
  Serializer(Runtime& rt, Value replacer, std::string gap) : rt_(rt), replacer_(replacer), gap_(std::move(gap)) {
    if (replacer.Is(CellKind::kArray)) {
      for (Value v : replacer.As<Array>()->elements) {
        String* k = nullptr;
        if ((v.IsString() || v.IsNumber()) && rt.ToPropertyKey(v, k).ok()) allow_.push_back(k);
      }
      has_allow_list_ = true;
    }
  }

  // ECMA-262 25.5.2.2 SerializeJSONProperty; `out_undefined` when nothing is produced.
  Completion Property(Value holder, String* key, Value value, std::string& out, bool& out_undefined) {
    out_undefined = false;
    if (value.IsObject()) {
      Completion to_json = rt_.GetProperty(value, rt_.Intern("toJSON"));
      if (!to_json.ok()) return to_json;
      if (rt_.IsCallable(to_json.value)) {
        Value arg = Value::FromCell(key);
        Completion r = rt_.Call(to_json.value, value, std::span<const Value>(&arg, 1));
        if (!r.ok()) return r;
        value = r.value;
      }
    }
    if (rt_.IsCallable(replacer_)) {
      Value args[2] = {Value::FromCell(key), value};
      Completion r = rt_.Call(replacer_, holder, args);
      if (!r.ok()) return r;
      value = r.value;
    }
    if (value.IsNull()) { out += "null"; return Ok(); }
    if (value.IsBoolean()) { out += value.AsBoolean() ? "true" : "false"; return Ok(); }
    if (value.IsString()) { out += QuoteJson(rt_.StringOf(value)); return Ok(); }
    if (value.IsNumber()) {
      out += std::isfinite(value.AsNumber()) ? NumberToString(value.AsNumber()) : "null";
      return Ok();
    }
    if (value.IsObject() && !rt_.IsCallable(value)) {
      Object* o = value.As<Object>();
      if (std::find(stack_.begin(), stack_.end(), o) != stack_.end())
        return rt_.Throw(ErrorType::kTypeError, "Converting circular structure to JSON");
      if (stack_.size() > 2000) return rt_.Throw(ErrorType::kRangeError, "Maximum call stack size exceeded");
      stack_.push_back(o);
      TempRoot keep(rt_, value);
      Completion c = o->kind == CellKind::kArray ? SerializeArray(static_cast<Array*>(o), out) : SerializeObject(o, out);
      stack_.pop_back();
      return c;
    }
    out_undefined = true;
    return Ok();
  }

 private:
  Completion SerializeObject(Object* o, std::string& out) {
    std::string stepback = indent_;
    indent_ += gap_;
    std::vector<std::string> parts;
    std::vector<String*> keys = has_allow_list_ ? allow_ : rt_.OwnKeys(o, true);
    for (String* k : keys) {
      Completion v = rt_.GetProperty(Value::FromCell(o), k);
      if (!v.ok()) return v;
      std::string item;
      bool undefined_value;
      LOOPSCOPE_TRY(Property(Value::FromCell(o), k, v.value, item, undefined_value));
      if (undefined_value) continue;
      parts.push_back(QuoteJson(k->data) + (gap_.empty() ? ":" : ": ") + item);
    }
    Join(parts, "{", "}", stepback, out);
    indent_ = stepback;
    return Ok();
  }
  Completion SerializeArray(Array* a, std::string& out) {
    std::string stepback = indent_;
    indent_ += gap_;
    std::vector<std::string> parts;
    for (size_t i = 0; i < a->elements.size(); ++i) {
      Value v = a->elements[i].IsHole() ? Value::Undefined() : a->elements[i];
      std::string item;
      bool undefined_value;
      LOOPSCOPE_TRY(Property(Value::FromCell(a), rt_.Intern(std::to_string(i)), v, item, undefined_value));
      parts.push_back(undefined_value ? "null" : item);
    }
    Join(parts, "[", "]", stepback, out);
    indent_ = stepback;
    return Ok();
  }
  void Join(const std::vector<std::string>& parts, const char* open, const char* close,
            const std::string& stepback, std::string& out) {
    out += open;
    if (!parts.empty()) {
      for (size_t i = 0; i < parts.size(); ++i) {
        if (i) out += ",";
        if (!gap_.empty()) out += "\n" + indent_;
        out += parts[i];
      }
      if (!gap_.empty()) out += "\n" + stepback;
    }
    out += close;
  }

  Runtime& rt_;
  Value replacer_;
  std::string gap_;
  std::string indent_;
  std::vector<Object*> stack_;
  std::vector<String*> allow_;
  bool has_allow_list_ = false;
};

Completion Stringify(Runtime& rt, NativeCall& call, Native*) {
  std::string gap;
  Value space = call.Arg(2);
  if (space.IsNumber()) {
    gap.assign(static_cast<size_t>(std::clamp(ToIntegerOrInfinity(space.AsNumber()), 0.0, 10.0)), ' ');
  } else if (space.IsString()) {
    gap = std::string(rt.StringOf(space)).substr(0, 10);
  }
  Serializer s(rt, call.Arg(1), gap);
  Object* wrapper = rt.NewPlainObject();
  TempRoot keep(rt, Value::FromCell(wrapper));
  wrapper->Put(rt.Intern(""), call.Arg(0));
  std::string out;
  bool undefined_value;
  LOOPSCOPE_TRY(s.Property(Value::FromCell(wrapper), rt.Intern(""), call.Arg(0), out, undefined_value));
  if (undefined_value) return Ok();
  return Ok(rt.Str(out));
}

class JsonParser {
 public:
  JsonParser(Runtime& rt, std::string_view text) : rt_(rt), s_(text) {}

  Completion Parse() {
    Value v;
    LOOPSCOPE_TRY(ParseValue(v, 0));
    SkipSpace();
    if (pos_ < s_.size()) return Unexpected();
    return Ok(v);
  }

 private:
  void SkipSpace() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }
  Completion Unexpected() {
    if (pos_ >= s_.size()) return rt_.Throw(ErrorType::kSyntaxError, "Unexpected end of JSON input");
    std::string shown = s_.size() <= 30 ? "\"" + std::string(s_) + "\"" : "\"" + std::string(s_.substr(0, 30)) + "\"...";
    return rt_.Throw(ErrorType::kSyntaxError, "Unexpected token '" + std::string(1, s_[pos_]) + "', " + shown + " is not valid JSON");
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
    for (auto [word, v] : {std::pair{"true", Value::Boolean(true)}, {"false", Value::Boolean(false)}, {"null", Value::Null()}}) {
      if (s_.substr(pos_).starts_with(word)) {
        pos_ += std::string_view(word).size();
        out = v;
        return Ok();
      }
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      size_t start = pos_;
      if (s_[pos_] == '-') ++pos_;
      while (pos_ < s_.size() && ((s_[pos_] >= '0' && s_[pos_] <= '9') || s_[pos_] == '.' || s_[pos_] == 'e' ||
                                  s_[pos_] == 'E' || s_[pos_] == '+' || s_[pos_] == '-'))
        ++pos_;
      out = Value::Number(std::strtod(std::string(s_.substr(start, pos_ - start)).c_str(), nullptr));
      return Ok();
    }
    return Unexpected();
  }
  Completion ParseString(std::string& out) {
    ++pos_;
    while (pos_ < s_.size() && s_[pos_] != '"') {
      char c = s_[pos_++];
      if (static_cast<unsigned char>(c) < 0x20) { --pos_; return Unexpected(); }
      if (c != '\\') { out += c; continue; }
      if (pos_ >= s_.size()) return Unexpected();
      char e = s_[pos_++];
      switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u': {
          if (pos_ + 4 > s_.size()) return Unexpected();
          uint32_t cp = static_cast<uint32_t>(std::stoul(std::string(s_.substr(pos_, 4)), nullptr, 16));
          pos_ += 4;
          AppendUtf8(out, cp);
          break;
        }
        default: out += e;
      }
    }
    if (pos_ >= s_.size()) return Unexpected();
    ++pos_;
    return Ok();
  }
  Completion ParseArray(Value& out, int depth) {
    ++pos_;
    Array* a = rt_.NewArray();
    out = Value::FromCell(a);
    TempRoot keep(rt_, out);
    SkipSpace();
    if (pos_ < s_.size() && s_[pos_] == ']') { ++pos_; return Ok(); }
    while (true) {
      Value v;
      LOOPSCOPE_TRY(ParseValue(v, depth + 1));
      a->elements.push_back(v);
      SkipSpace();
      if (pos_ < s_.size() && s_[pos_] == ',') { ++pos_; continue; }
      if (pos_ < s_.size() && s_[pos_] == ']') { ++pos_; return Ok(); }
      return Unexpected();
    }
  }
  Completion ParseObject(Value& out, int depth) {
    ++pos_;
    Object* o = rt_.NewPlainObject();
    out = Value::FromCell(o);
    TempRoot keep(rt_, out);
    SkipSpace();
    if (pos_ < s_.size() && s_[pos_] == '}') { ++pos_; return Ok(); }
    while (true) {
      SkipSpace();
      if (pos_ >= s_.size() || s_[pos_] != '"') return Unexpected();
      std::string key;
      LOOPSCOPE_TRY(ParseString(key));
      SkipSpace();
      if (pos_ >= s_.size() || s_[pos_] != ':') return Unexpected();
      ++pos_;
      Value v;
      LOOPSCOPE_TRY(ParseValue(v, depth + 1));
      LOOPSCOPE_TRY(rt_.SetProperty(out, rt_.Intern(key), v));
      SkipSpace();
      if (pos_ < s_.size() && s_[pos_] == ',') { ++pos_; continue; }
      if (pos_ < s_.size() && s_[pos_] == '}') { ++pos_; return Ok(); }
      return Unexpected();
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
      if (r.value.IsUndefined()) LOOPSCOPE_TRY(rt.DeleteElement(val.value, Value::FromCell(k)));
      else LOOPSCOPE_TRY(rt.SetProperty(val.value, k, r.value));
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
}

}  // namespace loopscope::js
