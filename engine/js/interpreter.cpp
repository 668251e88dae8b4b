// engine/js/interpreter.cpp — the bytecode dispatch loop, calls, returns and unwinding.
//
// Run() executes frames until the frame it was entered for returns (a native caller is
// waiting) or the program suspends at `await`. Frames live in Runtime::frames with their
// registers and operand stack on Runtime::stack; an awaiting async function's slice of the
// stack is copied into its AsyncState and back on resume (ResumeAsync).
// [SECTION] index: frames and calls, the dispatch loop, await and resume.
// Where to look next: promise.cpp (await's reactions), properties.cpp, conversions.cpp.
#include "engine/js/interpreter.h"

#include <cassert>
#include <cmath>
#include <cstring>

#include "engine/js/bytecode.h"
#include "engine/js/vm.h"
#include "engine/js/wrapper_objects.h"

namespace loopscope::js {

namespace {
constexpr uint32_t kMaxNativeDepth = 400;

std::string DisplayName(const Proto* p) {
  if (p->is_script) return "<main>";
  return p->name.empty() ? "(anonymous)" : p->name;
}

// Tells the hooks a frame parked at an `await` or `yield`. Out of line: keeping it out of
// PopFrame keeps the common path, which every return takes, short.
[[gnu::noinline]] void HookSuspend(Hooks& hooks, const Proto* proto, const AsyncState& parked) {
  SourceLoc at = proto->LocAt(parked.ip > 0 ? parked.ip - 1 : 0);
  hooks.OnFrameSuspend(DisplayName(proto), at, parked.activation);
}
}  // namespace

// [SECTION] frames and calls

SourceLoc Runtime::CurrentLoc() const {
  if (frames.empty()) return {};
  const Frame& f = frames.back();
  return f.proto->LocAt(f.ip > 0 ? f.ip - 1 : 0);
}

SourceLoc Runtime::CallSite() const {
  for (auto f = frames.rbegin(); f != frames.rend(); ++f)
    if (!f->proto->internal) return f->proto->LocAt(f->ip > 0 ? f->ip - 1 : 0);
  return {};
}

const std::shared_ptr<const std::string>* Runtime::CallSiteFile() const {
  for (auto f = frames.rbegin(); f != frames.rend(); ++f)
    if (!f->proto->internal) return &f->proto->file;
  return nullptr;
}

Completion Interpreter::StackOverflow() {
  return rt_.Throw(ErrorType::kRangeError, "Maximum call stack size exceeded");
}

// Sets up a call whose callee, receiver and `argc` arguments are on top of the stack.
// Pushes a frame for closures; runs natives to completion (their result replaces the
// call's stack slots). `callee_text` names the callee in "x is not a function".
CallResult Interpreter::SetupCall(uint32_t argc, bool construct, Value new_target,
                                  std::string_view callee_text, std::string_view frame_name) {
  Value* st = rt_.stack.get();
  uint32_t base = rt_.sp - argc - 2;
  Value callee = st[base];
  if (callee.Is(CellKind::kClosure)) {
    Closure* closure = callee.As<Closure>();
    Proto* proto = closure->proto;
    if (proto->is_class_ctor && !construct) {
      rt_.sp = base;
      pending_ = rt_.Throw(ErrorType::kTypeError,
                           "Class constructor " + proto->name + " cannot be invoked without 'new'");
      return CallResult::kThrew;
    }
    if (construct &&
        (proto->is_arrow || proto->is_method || proto->is_async || proto->is_generator)) {
      rt_.sp = base;
      pending_ =
          rt_.Throw(ErrorType::kTypeError, std::string(callee_text) + " is not a constructor");
      return CallResult::kThrew;
    }
    if (rt_.frames.size() >= rt_.max_call_depth ||
        rt_.sp + proto->num_regs + proto->max_stack + proto->num_params + 8 >=
            Runtime::kStackSize) {
      rt_.sp = base;
      pending_ = StackOverflow();
      return CallResult::kThrew;
    }
    // An async function's promise is made first: its init promise hook (promise_hooks.h) is
    // JavaScript, which may only run while nothing of the new frame is above rt_.sp.
    Value async_promise =
        proto->is_async && !proto->is_generator ? Value::FromCell(rt_.NewPromise()) : Value();
    Array* all_args = nullptr;
    if (proto->uses_arguments) {
      all_args = rt_.NewArray();
      all_args->elements.assign(st + base + 2, st + base + 2 + argc);
    }
    AdjustArguments(proto, base, argc);
    // ECMA-262 10.2.1.2 OrdinaryCallBindThis step 6: sloppy functions see the global object
    // for null and undefined, and a wrapper object for other primitives.
    if (!construct && !proto->strict && !proto->is_arrow) {
      Value& this_value = st[base + 1];
      if (this_value.IsNullish())
        this_value = Value::FromCell(rt_.realm.global);
      else if (this_value.IsString() || this_value.IsNumber() || this_value.IsBoolean())
        this_value = WrapPrimitive(rt_, this_value);
    }
    Frame frame{closure, proto,     0,     base,    closure->env, nullptr, Value::Undefined(),
                false,   construct, false, all_args};
    if (construct) {
      frame.new_target = new_target;
      if (proto->is_derived) {
        st[base + 1] = Value::Hole();
      } else {
        Completion proto_value = rt_.GetProperty(new_target, rt_.key_prototype);
        Object* prototype =
            proto_value.value.IsObject() ? proto_value.value.As<Object>() : rt_.realm.object_proto;
        st[base + 1] = Value::FromCell(rt_.NewObject(prototype));
      }
    }
    if (proto->is_async && !proto->is_generator) {
      AsyncState* state = rt_.Alloc<AsyncState>();
      state->promise = async_promise;
      state->closure = closure;
      state->activation = rt_.next_activation++;
      frame.async = state;
    }
    if (proto->is_generator) {
      // ECMA-262 27.5.3.1 OrdinaryCreateFromConstructor(functionObject.prototype): the
      // body starts at Op::kInitialYield, which hands this object to the caller.
      Completion proto_value = rt_.GetProperty(callee, rt_.key_prototype);
      Object* prototype = proto_value.ok() && proto_value.value.IsObject()
                              ? proto_value.value.As<Object>()
                          : proto->is_async ? rt_.realm.async_generator_proto
                                            : rt_.realm.generator_proto;
      AsyncState* state = rt_.Alloc<AsyncState>();
      state->closure = closure;
      state->activation = rt_.next_activation++;
      state->generator = rt_.Alloc<Generator>(prototype);
      state->generator->frame = state;
      state->generator->is_async = proto->is_async;
      frame.async = state;
    }
    assert(rt_.frames.size() < rt_.frames.capacity() && "frames must not move (Runtime())");
    rt_.frames.push_back(frame);
    if (!proto->internal) {
      rt_.frames.back().hooked = true;
      rt_.hooks().OnFramePush(frame_name.empty() ? DisplayName(proto) : frame_name, proto->loc);
    }
    return CallResult::kPushedFrame;
  }
  if (callee.Is(CellKind::kNative)) {
    Native* native = callee.As<Native>();
    if (construct && !native->is_constructor) {
      rt_.sp = base;
      pending_ =
          rt_.Throw(ErrorType::kTypeError, std::string(callee_text) + " is not a constructor");
      return CallResult::kThrew;
    }
    if (rt_.native_depth >= kMaxNativeDepth) {
      rt_.sp = base;
      pending_ = StackOverflow();
      return CallResult::kThrew;
    }
    ++rt_.native_depth;
    rt_.current_new_target = construct ? new_target : Value::Undefined();
    // An embedder function used as a constructor (`new Host()`, `class X extends Host`)
    // behaves like an ordinary one: it receives a fresh object whose prototype comes from
    // new.target, and that object is the result unless the function returns an object.
    bool host_construct = construct && !native->builtin;
    if (host_construct) {
      Completion proto_value = rt_.GetProperty(new_target, rt_.key_prototype);
      Object* prototype = proto_value.ok() && proto_value.value.IsObject()
                              ? proto_value.value.As<Object>()
                              : rt_.realm.object_proto;
      st[base + 1] = Value::FromCell(rt_.NewObject(prototype));
    }
    NativeCall call{rt_.vm(), st[base + 1], std::span<const Value>(st + base + 2, argc)};
    Completion c = native->builtin ? native->builtin(rt_, call, native) : native->host(call);
    if (host_construct && c.ok() && !c.value.IsObject()) c.value = st[base + 1];
    --rt_.native_depth;
    rt_.sp = base;
    if (c.type != Completion::Type::kNormal) {
      pending_ = c;
      return c.terminated() ? CallResult::kTerminated : CallResult::kThrew;
    }
    st[rt_.sp++] = c.value;
    return CallResult::kDone;
  }
  rt_.sp = base;
  pending_ = rt_.Throw(
      ErrorType::kTypeError,
      std::string(callee_text) + (construct ? " is not a constructor" : " is not a function"));
  return CallResult::kThrew;
}

// Pads missing arguments with undefined, gathers a rest parameter and reserves the
// registers of locals.
void Interpreter::AdjustArguments(Proto* proto, uint32_t base, uint32_t argc) {
  Value* st = rt_.stack.get();
  uint32_t np = proto->num_params;
  if (proto->has_rest) {
    Array* rest = rt_.NewArray();
    for (uint32_t i = np; i < argc; ++i) rest->elements.push_back(st[base + 2 + i]);
    for (uint32_t i = argc; i < np; ++i) st[base + 2 + i] = Value::Undefined();
    st[base + 2 + np] = Value::FromCell(rest);
    rt_.sp = base + 2 + np + 1;
    uint32_t total = base + 2 + np + proto->num_regs;
    while (rt_.sp < total) st[rt_.sp++] = Value::Undefined();
    return;
  }
  for (uint32_t i = argc; i < np; ++i) st[base + 2 + i] = Value::Undefined();
  rt_.sp = base + 2 + np;
  uint32_t total = rt_.sp + proto->num_regs;
  while (rt_.sp < total) st[rt_.sp++] = Value::Undefined();
}

// Each of Call, Construct and ResumeFrame runs a nested Interpreter::Run: a recursion
// through them grows the C++ stack, which the frame count does not see (native_stack.h).
bool Runtime::NativeStackExhausted() {
  return native_stack.Exhausted(frames.empty() && native_depth == 0);
}

Completion Runtime::Call(Value fn, Value this_value, std::span<const Value> args,
                         std::string_view frame_name) {
  if (sp + args.size() + 2 >= kStackSize || NativeStackExhausted())
    return Throw(ErrorType::kRangeError, "Maximum call stack size exceeded");
  Value* st = stack.get();
  st[sp++] = fn;
  st[sp++] = this_value;
  for (Value v : args) st[sp++] = v;
  Interpreter interp(*this);
  std::string text = IsCallable(fn) ? std::string() : ToDisplayString(fn);
  switch (interp.SetupCall(static_cast<uint32_t>(args.size()), false, Value::Undefined(),
                           text.empty() ? "callback" : text, frame_name)) {
    case CallResult::kPushedFrame:
      frames.back().entry = true;
      return interp.Run(frames.size() - 1);
    case CallResult::kDone:
      return Ok(st[--sp]);
    default:
      return interp.pending();
  }
}

Completion Runtime::Construct(Value ctor, std::span<const Value> args, Value new_target) {
  if (sp + args.size() + 2 >= kStackSize || NativeStackExhausted())
    return Throw(ErrorType::kRangeError, "Maximum call stack size exceeded");
  Value* st = stack.get();
  st[sp++] = ctor;
  st[sp++] = Value::Undefined();
  for (Value v : args) st[sp++] = v;
  Interpreter interp(*this);
  switch (interp.SetupCall(static_cast<uint32_t>(args.size()), true,
                           new_target.IsUndefined() ? ctor : new_target, ToDisplayString(ctor),
                           {})) {
    case CallResult::kPushedFrame:
      frames.back().entry = true;
      return interp.Run(frames.size() - 1);
    case CallResult::kDone:
      return Ok(st[--sp]);
    default:
      return interp.pending();
  }
}

Completion Runtime::RunScript(Script& script, std::string_view frame_name) {
  Closure* closure = Alloc<Closure>(realm.function_proto, script.proto, nullptr);
  // A script's top-level `this` is an empty object, like module.exports in CommonJS.
  Value this_value = Value::FromCell(NewPlainObject());
  return Call(Value::FromCell(closure), this_value, {}, frame_name);
}

// Pops the current frame (after a return or an uncaught exception inside it, or parked at
// an `await`: then `parked` is its AsyncState, reported to the hooks as a suspension).
void Interpreter::PopFrame(const AsyncState* parked) {
  Frame& f = rt_.frames.back();
  uint32_t depth = static_cast<uint32_t>(rt_.frames.size() - 1);
  while (!rt_.handlers.empty() && rt_.handlers.back().frame_depth >= depth) rt_.handlers.pop_back();
  rt_.sp = f.base;
  bool hooked = f.hooked;
  const Proto* f_proto = f.proto;
  rt_.frames.pop_back();
  if (!hooked) return;
  if (parked)
    HookSuspend(rt_.hooks(), f_proto, *parked);
  else
    rt_.hooks().OnFramePop();
}

// [SECTION] await and resume

// ECMA-262 27.7.5.3 Await: promise = PromiseResolve(%Promise%, value), then
// PerformPromiseThen(promise, onFulfilled, onRejected) whose steps resume this frame.
Completion Interpreter::Suspend(Value awaited) {
  AsyncState* state = rt_.frames.back().async;
  assert(state && "await outside an async function is rejected by the parser");
  // PromiseResolve can throw (a `constructor` getter): the frame is still in place then, so
  // its own try/catch sees the exception.
  TempRoot keep_awaited(rt_, awaited);
  // (V8 makes the promise for a non-promise with the async function's promise as parent.)
  Completion promise =
      rt_.PromiseResolve(Value::FromCell(rt_.realm.promise_ctor), awaited, state->promise);
  if (!promise.ok()) return promise;
  TempRoot keep_promise(rt_, promise.value);
  SaveFrame(state);
  rt_.Await(state, promise.value);
  return Ok(state->promise);
}

// Copies the current frame's registers, operands and handlers into `state` (the frame is
// popped by the caller); ResumeFrame puts them back.
void Interpreter::SaveFrame(AsyncState* state) {
  Frame& f = rt_.frames.back();
  uint32_t depth = static_cast<uint32_t>(rt_.frames.size() - 1);
  state->saved_stack.assign(rt_.stack.get() + f.base, rt_.stack.get() + rt_.sp);
  state->saved_handlers.clear();
  size_t first = rt_.handlers.size();
  while (first > 0 && rt_.handlers[first - 1].frame_depth == depth) --first;
  for (size_t i = first; i < rt_.handlers.size(); ++i) {
    Handler h = rt_.handlers[i];
    h.sp -= f.base;
    state->saved_handlers.push_back(h);
  }
  rt_.handlers.resize(first);
  state->env = f.env;
  state->ip = f.ip;
  state->new_target = f.new_target;
}

Completion Runtime::ResumeAsync(AsyncState* state, Value value, bool is_throw) {
  uint32_t depth = 0;
  Completion pushed = ResumeFrame(state, depth);
  if (!pushed.ok()) return pushed;
  Interpreter interp(*this);
  if (is_throw) return interp.Run(depth, true, value);
  stack[sp++] = value;
  return interp.Run(depth);
}

// Pushes a suspended frame back onto the VM stack as an entry frame at `depth`.
Completion Runtime::ResumeFrame(AsyncState* state, uint32_t& depth) {
  Proto* resumed = state->closure->proto;
  if (frames.size() >= max_call_depth ||
      sp + state->saved_stack.size() + resumed->max_stack + 8 >= kStackSize ||
      NativeStackExhausted())
    return Throw(ErrorType::kRangeError, "Maximum call stack size exceeded");
  uint32_t base = sp;
  for (Value v : state->saved_stack) stack[sp++] = v;
  Proto* proto = state->closure->proto;
  Frame frame{state->closure,    proto, state->ip, base, state->env, state,
              state->new_target, true,  false,     false};
  assert(frames.size() < frames.capacity() && "frames must not move (Runtime())");
  frames.push_back(frame);
  depth = static_cast<uint32_t>(frames.size() - 1);
  for (Handler h : state->saved_handlers) {
    h.sp += base;
    h.frame_depth = depth;
    handlers.push_back(h);
  }
  state->saved_stack.clear();
  state->saved_handlers.clear();
  if (!proto->internal) {
    frames.back().hooked = true;
    // The await it parked at is the last instruction it ran: ip points just past it.
    SourceLoc at = proto->LocAt(state->ip > 0 ? state->ip - 1 : 0);
    hooks_.OnFrameResume(DisplayName(proto), proto->loc, at, state->activation);
  }
  return Ok();
}

}  // namespace loopscope::js
