// engine/node/host_record.h — the C++ side of JavaScript objects the runtime hands out.
//
// Timeout, Immediate, sockets and servers are js host objects whose data is a
// HostRecord subclass. The kind tag lets a binding check that `this` really is what it
// expects before casting (a script can call `clearTimeout(someBuffer)`).
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>

#include "engine/js/vm.h"

namespace loopscope::node {

enum class HostKind : uint8_t {
  kTimeout,
  kImmediate,
  kServer,
  kSocket,
  kRequest,
  kHash,
  kTextEncoder,
  kTextDecoder,
  kZlib,
};

struct HostRecord {
  explicit HostRecord(HostKind k) : kind(k) {}
  virtual ~HostRecord() = default;
  HostKind kind;
};

// The record behind `v` if it is a host object of kind `T::kKind`, else null.
template <typename T>
std::shared_ptr<T> HostAs(js::Vm& vm, js::Value v) {
  if (!v.IsObject()) return nullptr;
  std::shared_ptr<void> data = vm.HostData(v);
  if (!data) return nullptr;
  // NewHostObjectFor stores a HostRecord* as the void pointer, so this cast is exact.
  auto record = std::static_pointer_cast<HostRecord>(data);
  if (record->kind != T::kKind) return nullptr;
  return std::static_pointer_cast<T>(record);
}

// Wraps `record` in a new host object printed as `class_name`.
inline js::Value NewHostObjectFor(js::Vm& vm, std::string_view class_name,
                                  std::shared_ptr<HostRecord> record) {
  return vm.NewHostObject(class_name, std::shared_ptr<void>(std::move(record)));
}

// The same with its own prototype (Timeout and Immediate: lib/timer_objects.js).
inline js::Value NewHostObjectFor(js::Vm& vm, std::string_view class_name,
                                  std::shared_ptr<HostRecord> record, js::Value prototype) {
  return vm.NewHostObject(class_name, std::shared_ptr<void>(std::move(record)), prototype);
}

}  // namespace loopscope::node
