// engine/node/worker_message.cpp — a worker message's copy across realms (see the header).
// The sender's js::StructuredClone decides what may cross and runs the getters; what it
// returns holds only data properties, so encoding it runs no program code.
#include "engine/node/worker_message.h"

#include <unordered_map>

#include "engine/js/builtins.h"
#include "engine/js/collection_entries.h"
#include "engine/js/regexp_object.h"
#include "engine/js/runtime.h"
#include "engine/js/structured_clone.h"
#include "engine/js/typed_array.h"

namespace loopscope::node {
namespace {

using Kind = MessageNode::Kind;

#define TRY_ENCODE(expr)             \
  do {                               \
    js::Completion try_c_ = (expr);  \
    if (!try_c_.ok()) return try_c_; \
  } while (0)

// Realm::error_protos' indices by name, as structured_clone.cpp chooses them.
size_t ErrorProtoIndex(const std::string& name) {
  static constexpr std::pair<const char*, size_t> kProtos[] = {
      {"EvalError", 6},   {"RangeError", 2}, {"ReferenceError", 3},
      {"SyntaxError", 4}, {"TypeError", 1},  {"URIError", 7}};
  for (const auto& [n, index] : kProtos)
    if (name == n) return index;
  return 0;
}

class Encoder {
 public:
  explicit Encoder(js::Vm& vm) : vm_(vm), rt_(vm.runtime()) {}

  js::Completion Encode(js::Value v, MessageNode& out) {
    if (v.IsUndefined()) return Set(out, Kind::kUndefined);
    if (v.IsNull()) return Set(out, Kind::kNull);
    if (v.IsHole()) return Set(out, Kind::kHole);
    if (v.IsBoolean()) {
      out.number = v.AsBoolean() ? 1 : 0;
      return Set(out, Kind::kBoolean);
    }
    if (v.IsNumber()) {
      out.number = v.AsNumber();
      return Set(out, Kind::kNumber);
    }
    if (v.IsString()) {
      out.text = std::string(vm_.StringView(v));
      return Set(out, Kind::kString);
    }
    if (!v.IsObject()) return Unsupported(v);
    js::Object* o = v.As<js::Object>();
    if (auto it = seen_.find(o); it != seen_.end()) {
      out.ref = it->second;
      return Set(out, Kind::kRef);
    }
    seen_.emplace(o, seen_.size());
    return EncodeObject(v, o, out);
  }

 private:
  js::Completion EncodeObject(js::Value v, js::Object* o, MessageNode& out) {
    switch (o->kind) {
      case js::CellKind::kArray:
        out.number = static_cast<js::Array*>(o)->Length();
        out.kind = Kind::kArray;
        return EncodeProps(o, out);
      case js::CellKind::kObject:
        out.kind = Kind::kObject;
        return EncodeProps(o, out);
      case js::CellKind::kMap:
      case js::CellKind::kSet: {
        auto* c = static_cast<js::Collection*>(o);
        bool is_map = o->kind == js::CellKind::kMap;
        out.kind = is_map ? Kind::kMap : Kind::kSet;
        for (size_t i = 0; i < c->keys.size(); ++i) {
          if (c->keys[i].IsHole()) continue;
          out.items.emplace_back();
          TRY_ENCODE(Encode(c->keys[i], out.items.back()));
          if (!is_map) continue;
          out.items.emplace_back();
          TRY_ENCODE(Encode(c->values[i], out.items.back()));
        }
        return Ok();
      }
      case js::CellKind::kError:
        return EncodeError(v, out);
      case js::CellKind::kArrayBuffer: {
        auto* buffer = static_cast<js::ArrayBufferObject*>(o);
        out.text.assign(buffer->bytes.begin(), buffer->bytes.end());
        out.flag = buffer->resizable;
        out.length = buffer->max_byte_length;
        return Set(out, Kind::kArrayBuffer);
      }
      case js::CellKind::kTypedArray: {
        auto* view = static_cast<js::TypedArrayObject*>(o);
        out.number = static_cast<double>(view->type);
        out.length = view->array_length;
        return EncodeView(view->buffer, view->length_tracking, view->byte_offset, Kind::kTypedArray,
                          out);
      }
      case js::CellKind::kDataView: {
        auto* view = static_cast<js::DataViewObject*>(o);
        out.length = view->byte_length;
        return EncodeView(view->buffer, view->length_tracking, view->byte_offset, Kind::kDataView,
                          out);
      }
      case js::CellKind::kHost:
        if (js::IsDateObject(v)) {
          js::Completion get_time = vm_.Get(v, "getTime");
          if (!get_time.ok()) return get_time;
          js::Completion time = vm_.Call(get_time.value, v, {});
          if (!time.ok()) return time;
          out.number = time.value.AsNumber();
          return Set(out, Kind::kDate);
        }
        if (js::RegExpData* re = js::AsRegExp(v)) {
          out.text = re->source;
          out.text2 = re->flags;
          return Set(out, Kind::kRegExp);
        }
        return Unsupported(v);
      default:
        return Unsupported(v);
    }
  }

  js::Completion EncodeView(js::ArrayBufferObject* buffer, bool tracking, size_t offset, Kind kind,
                            MessageNode& out) {
    out.flag = tracking;
    out.offset = offset;
    out.items.emplace_back();
    TRY_ENCODE(Encode(js::Value::FromCell(buffer), out.items.back()));
    return Set(out, kind);
  }

  js::Completion EncodeProps(js::Object* o, MessageNode& out) {
    for (js::String* key : rt_.OwnKeys(o, /*only_enumerable=*/true)) {
      js::Completion got = rt_.GetProperty(js::Value::FromCell(o), key);
      if (!got.ok()) return got;
      out.props.emplace_back(key->data, MessageNode{});
      TRY_ENCODE(Encode(got.value, out.props.back().second));
    }
    return Ok();
  }

  // The clone holds an Error as V8's ReadJSError builds it: name from the prototype, then
  // own `message` and `stack` (cause is not carried: a known gap).
  js::Completion EncodeError(js::Value v, MessageNode& out) {
    out.kind = Kind::kError;
    js::Completion name = vm_.Get(v, "name");
    if (!name.ok()) return name;
    if (name.value.IsString()) out.text = std::string(vm_.StringView(name.value));
    js::Value message = vm_.GetOwn(v, "message");
    out.has_message = message.IsString();
    if (out.has_message) out.text2 = std::string(vm_.StringView(message));
    js::Value stack = vm_.GetOwn(v, "stack");
    if (stack.IsString()) out.text3 = std::string(vm_.StringView(stack));
    return Ok();
  }

  js::Completion Set(MessageNode& out, Kind kind) {
    out.kind = kind;
    return Ok();
  }
  // Values the structured clone lets through but this copy does not carry yet (BigInt,
  // primitive wrappers): a clear error rather than a silently different value.
  js::Completion Unsupported(js::Value v) {
    return {js::Completion::Type::kThrow,
            vm_.MakeError(js::ErrorType::kTypeError,
                          "Loopscope cannot send " + vm_.TypeOf(v) +
                              " values between threads yet (worker_threads messages carry "
                              "primitives, arrays, plain objects, Map, Set, Date, RegExp, "
                              "Error, ArrayBuffers and their views)")};
  }
  static js::Completion Ok() { return {js::Completion::Type::kNormal, js::Value::Undefined()}; }

  js::Vm& vm_;
  js::Runtime& rt_;
  std::unordered_map<js::Object*, size_t> seen_;
};

class Decoder {
 public:
  explicit Decoder(js::Vm& vm)
      : vm_(vm), rt_(vm.runtime()), keep_(vm.NewArray()), keep_root_(rt_, keep_) {}

  js::Value Decode(const MessageNode& n) {
    switch (n.kind) {
      case Kind::kUndefined:
        return js::Value::Undefined();
      case Kind::kNull:
        return js::Value::Null();
      case Kind::kHole:
        return js::Value::Hole();
      case Kind::kBoolean:
        return js::Value::Boolean(n.number != 0);
      case Kind::kNumber:
        return js::Value::Number(n.number);
      case Kind::kString:
        return vm_.NewString(n.text);
      case Kind::kRef:
        return made_.at(n.ref);
      case Kind::kArray:
      case Kind::kObject: {
        js::Value o = Remember(n.kind == Kind::kArray ? vm_.NewArray() : vm_.NewObject());
        if (n.kind == Kind::kArray) vm_.Set(o, "length", js::Value::Number(n.number));
        for (const auto& [key, value] : n.props) vm_.Set(o, key, Decode(value));
        return o;
      }
      case Kind::kMap:
      case Kind::kSet:
        return DecodeCollection(n);
      case Kind::kDate: {
        js::Value args[] = {js::Value::Number(n.number)};
        js::Completion d = vm_.Construct(vm_.GetOwn(vm_.global(), "Date"), args);
        return Remember(d.ok() ? d.value : js::Value::Undefined());
      }
      case Kind::kRegExp: {
        js::Completion re = js::NewRegExpObject(rt_, n.text, n.text2, rt_.realm.regexp_proto);
        return Remember(re.ok() ? re.value : js::Value::Undefined());
      }
      case Kind::kError:
        return DecodeError(n);
      case Kind::kArrayBuffer: {
        auto* buffer = rt_.Alloc<js::ArrayBufferObject>(rt_.realm.array_buffer_proto);
        js::Value v = Remember(js::Value::FromCell(buffer));
        buffer->bytes.assign(n.text.begin(), n.text.end());
        buffer->resizable = n.flag;
        buffer->max_byte_length = n.length;
        return v;
      }
      case Kind::kTypedArray:
      case Kind::kDataView:
        return DecodeView(n);
    }
    return js::Value::Undefined();
  }

 private:
  js::Value DecodeCollection(const MessageNode& n) {
    bool is_map = n.kind == Kind::kMap;
    auto* c = rt_.Alloc<js::Collection>(is_map ? rt_.realm.map_proto : rt_.realm.set_proto,
                                        is_map ? js::CellKind::kMap : js::CellKind::kSet);
    js::Value v = Remember(js::Value::FromCell(c));
    size_t step = is_map ? 2 : 1;
    for (size_t i = 0; i + step <= n.items.size(); i += step) {
      js::Value key = Decode(n.items[i]);
      Keep(key);
      js::Value value = is_map ? Decode(n.items[i + 1]) : js::Value::Undefined();
      Keep(value);
      js::AddToCollection(rt_, c, key, value);
    }
    return v;
  }

  // The view is numbered before its buffer, as the encoder met them.
  js::Value DecodeView(const MessageNode& n) {
    const size_t slot = made_.size();
    Remember(js::Value::Undefined());
    js::Value buffer = n.items.empty() ? js::Value::Undefined() : Decode(n.items[0]);
    if (!buffer.Is(js::CellKind::kArrayBuffer)) return js::Value::Undefined();
    js::Value v;
    if (n.kind == Kind::kTypedArray) {
      auto type = static_cast<js::ElementType>(n.number);
      auto* view = rt_.Alloc<js::TypedArrayObject>(
          rt_.realm.typed_array_protos[static_cast<size_t>(type)], type);
      view->buffer = buffer.As<js::ArrayBufferObject>();
      view->length_tracking = n.flag;
      view->byte_offset = n.offset;
      view->array_length = n.length;
      v = js::Value::FromCell(view);
    } else {
      auto* view = rt_.Alloc<js::DataViewObject>(rt_.realm.data_view_proto);
      view->buffer = buffer.As<js::ArrayBufferObject>();
      view->length_tracking = n.flag;
      view->byte_offset = n.offset;
      view->byte_length = n.length;
      v = js::Value::FromCell(view);
    }
    made_[slot] = v;
    Keep(v);
    return v;
  }

  js::Value DecodeError(const MessageNode& n) {
    auto* e = rt_.Alloc<js::Object>(rt_.realm.error_protos[ErrorProtoIndex(n.text)],
                                    js::CellKind::kError);
    js::Value v = Remember(js::Value::FromCell(e));
    e->Put(rt_.key_stack, n.text3.empty() ? js::Value::Undefined() : rt_.Str(n.text3), false);
    if (n.has_message) e->Put(rt_.key_message, rt_.Str(n.text2), false);
    for (const auto& [key, value] : n.props) vm_.Set(v, key, Decode(value));
    return v;
  }

  js::Value Remember(js::Value v) {
    made_.push_back(v);
    Keep(v);
    return v;
  }
  void Keep(js::Value v) { keep_.As<js::Array>()->elements.push_back(v); }

  js::Vm& vm_;
  js::Runtime& rt_;
  std::vector<js::Value> made_;  // decoded objects in encoding order (kRef's numbers)
  js::Value keep_;               // roots everything decoded until the message is whole
  js::TempRoot keep_root_;
};

#undef TRY_ENCODE

}  // namespace

js::Completion EncodeMessage(js::Vm& vm, js::Value value, MessageNode& out,
                             std::string& uncloneable) {
  js::Value copy;
  js::Completion c = js::StructuredClone(vm.runtime(), value, copy, uncloneable);
  if (!c.ok() || !uncloneable.empty()) return c;
  js::TempRoot keep(vm.runtime(), copy);
  Encoder encoder(vm);
  return encoder.Encode(copy, out);
}

js::Value DecodeMessage(js::Vm& vm, const MessageNode& node) {
  Decoder decoder(vm);
  return decoder.Decode(node);
}

}  // namespace loopscope::node
