// engine/node/worker_message.h — a message between two realms (a worker's postMessage).
//
// Each worker is a second js::Vm with its own heap, so a value cannot be handed over: the
// sender copies it with js::StructuredClone (getters run, uncloneable values are refused as
// V8's ValueSerializer refuses them), Encode turns that copy into this host-side tree, and
// the receiver rebuilds it in its own realm with Decode (V8's ValueDeserializer).
// Where to look next: engine/js/structured_clone.cpp, engine/node/worker_hub.h.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "engine/js/vm.h"

namespace loopscope::node {

struct MessageProp;

struct MessageNode {
  enum class Kind : uint8_t {
    kUndefined,
    kNull,
    kBoolean,
    kNumber,
    kString,
    kHole,
    kArray,
    kObject,
    kMap,
    kSet,
    kDate,
    kRegExp,
    kError,
    kArrayBuffer,  // text: the bytes
    kTypedArray,   // number: the js::ElementType; items[0]: its buffer
    kDataView,     // items[0]: its buffer
    kRef,          // an object met before (a cycle or a shared reference): `ref` is its number
  };
  Kind kind = Kind::kUndefined;
  double number = 0;  // kNumber, kBoolean (0/1), kDate (time value), kArray (length)
  std::string text;   // kString; kRegExp source; kError name
  std::string text2;  // kRegExp flags; kError message
  std::string text3;  // kError stack
  bool has_message = false;
  size_t ref = 0;
  // kArrayBuffer: resizable, max_byte_length in `length`. Views: length_tracking, the
  // byte offset, and the element count (a TypedArray) or byte length (a DataView).
  bool flag = false;
  uint64_t offset = 0;
  uint64_t length = 0;
  std::vector<MessageNode> items;  // elements, entries (k, v, ...)
  // Named properties. Not a std::pair: a pair of the still incomplete MessageNode is refused
  // by clang's libstdc++ checks (a vector of an incomplete struct is allowed).
  std::vector<MessageProp> props;
};

struct MessageProp {
  MessageProp(std::string key, MessageNode node) : first(std::move(key)), second(std::move(node)) {}
  std::string first;
  MessageNode second;
};

// Copies `value` out of `vm`'s realm. `uncloneable` set (V8's DataCloneError text) when the
// value cannot cross; a throw completion from a getter or a too-deep value.
js::Completion EncodeMessage(js::Vm& vm, js::Value value, MessageNode& out,
                             std::string& uncloneable);
// Rebuilds an encoded value in `vm`'s realm.
js::Value DecodeMessage(js::Vm& vm, const MessageNode& node);

}  // namespace loopscope::node
