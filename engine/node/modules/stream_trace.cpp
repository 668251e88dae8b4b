// engine/node/modules/stream_trace.cpp — `binding.trace` for lib/stream.js (stream_trace.h).
#include "engine/node/modules/stream_trace.h"

#include <cmath>

#include "engine/node/native.h"
#include "engine/node/process.h"

namespace loopscope::node {
namespace {

// A JavaScript number as an int64 (lengths and marks are small integers; anything else is 0).
int64_t ToInt(js::Vm& vm, js::Value v) {
  const double d = vm.ToNumber(v);
  return std::isfinite(d) && d >= 0 && d < 9e15 ? static_cast<int64_t>(d) : 0;
}

js::Value OpNames(js::Vm& vm) {
  js::Value ops = vm.NewObject();
  int index = 0;
#define X(e, json, display) vm.Set(ops, json, js::Value::Number(index++));
  LOOPSCOPE_STREAM_OPS(X)
#undef X
  return ops;
}

}  // namespace

js::Value BuildStreamTrace(Process& p) {
  if (!p.rec().enabled()) return js::Value::Undefined();
  js::Vm& vm = p.vm();
  js::Value trace = vm.NewObject();
  vm.Set(trace, "ops", OpNames(vm));
  SetMethod(vm, trace, "open", 3, [&p](js::NativeCall& call) {
    const uint64_t id = p.rec().NewId();
    const auto flags = static_cast<uint32_t>(ToInt(call.vm, call.Arg(1)));
    p.rec().Stream(id, trace::StreamOp::kOpen, ToInt(call.vm, call.Arg(2)),
                   call.vm.StringView(call.Arg(0)), flags);
    return Ok(js::Value::Number(static_cast<double>(id)));
  });
  SetMethod(vm, trace, "op", 3, [&p](js::NativeCall& call) {
    const int64_t op = ToInt(call.vm, call.Arg(1));
    if (op >= trace::kStreamOpCount) return Ok();
    p.rec().Stream(static_cast<uint64_t>(ToInt(call.vm, call.Arg(0))),
                   static_cast<trace::StreamOp>(op), ToInt(call.vm, call.Arg(2)));
    return Ok();
  });
  return trace;
}

}  // namespace loopscope::node
