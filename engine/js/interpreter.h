// engine/js/interpreter.h — one activation of the dispatch loop.
//
// An Interpreter is a short-lived helper over a Runtime: Runtime::Call and the job runner
// create one, set up a frame, and Run() until that frame is done. Nested runs (a native
// such as Array.prototype.map calling back into JavaScript) create their own.
// Where to look next: interpreter.cpp (calls, await), dispatch.cpp (the loop).
#pragma once

#include <string_view>

#include "engine/js/runtime.h"

namespace loopscope::js {

// The prefix of an ArraySpread's text that marks the spread of a call's arguments
// (compiler.cpp); the source of the spread expression follows.
inline constexpr std::string_view kCallSpreadText = "(...)";

enum class CallResult : uint8_t { kPushedFrame, kDone, kThrew, kTerminated };

class Interpreter {
 public:
  explicit Interpreter(Runtime& rt) : rt_(rt) {}
  CallResult SetupCall(uint32_t argc, bool construct, Value new_target,
                       std::string_view callee_text, std::string_view frame_name);
  // Runs until frames.size() drops to `entry_depth` (the entry frame returned or
  // suspended). With `start_throw`, begins by throwing `exception` in the top frame.
  Completion Run(size_t entry_depth, bool start_throw = false,
                 Value exception = Value::Undefined());
  const Completion& pending() const { return pending_; }

 private:
  void AdjustArguments(Proto* proto, uint32_t base, uint32_t argc);
  static uint32_t OperandLimit(const Frame& f);  // one past the frame's last operand slot
  void PopFrame(const AsyncState* parked = nullptr);
  bool Unwind(Value thrown, Frame*& frame, const uint8_t*& code, uint32_t& ip, Completion& done);
  Completion Suspend(Value awaited);
  void SaveFrame(AsyncState* state);
  Completion YieldDelegate(Value record, Value received, ResumeKind kind, Value& out,
                           int& done_kind);  // generator.cpp
  // Async iteration steps (async_dispatch.cpp): a next/throw/return call of async yield*,
  // and the reading of an awaited iter result.
  Completion AsyncDelegate(Value record, Value received, ResumeKind kind, Value& result,
                           int& missing);
  Completion IterResultStep(Value record, Value result, Value& value, bool& done);
  Completion AsyncIterReturn(Value record, Value& result, bool& called);
  Completion StackOverflow();
  Completion Terminate(size_t entry_depth);
  bool SafePoint();  // GC and step budget; false when the embedder terminates
  Completion Binary(uint8_t op, Value a, Value b, Value& out);
  Completion InstanceOf(Value v, Value target, bool& out);
  Completion MakeClass(bool has_super);
  Completion DefineMethod(Value target_cls, Value key, Value fn, bool is_static);
  Completion DefineAccessor(Value target, Value key, Value fn, uint32_t flags);
  Completion SuperCall(std::span<const Value> args, Value& this_out);
  Completion InitThisEnv(Env* env, uint32_t hops, uint32_t slot, Value v);  // Op::kInitThisEnv
  Completion ArraySpread(Array* target, Value iterable, Value text);
  Completion ForInKeys(Value v, Value& out);
  // [k1..kn src -> rest]: ECMA-262 7.3.25 CopyDataProperties(rest, ToObject(src), the keys
  // the pattern read, each already a property key).
  Completion ObjectRest(std::span<const Value> excluded, Value src, Value& out);
  Completion ToPropertyKeyInPlace(Value& v);

  Runtime& rt_;
  Completion pending_;
};

}  // namespace loopscope::js
