// engine/node/immediates.cpp — setImmediate, clearImmediate and processImmediate.
#include "engine/node/immediates.h"

#include "engine/node/async_context.h"
#include "engine/node/event_loop.h"
#include "engine/node/labels.h"
#include "engine/node/process.h"
#include "engine/node/task_queue.h"

namespace loopscope::node {

namespace {
js::Completion ReturnThis(js::NativeCall& call) {
  return js::Completion{js::Completion::Type::kNormal, call.this_value};
}
}  // namespace

Immediates::Immediates(Process& process) : p_(process) {
  js::Vm& vm = p_.vm();
  methods_[0] = vm.NewFunction("ref", 0, [this](js::NativeCall& call) {
    if (auto im = HostAs<Immediate>(call.vm, call.this_value)) Ref(*im);
    return ReturnThis(call);
  });
  methods_[1] = vm.NewFunction("unref", 0, [this](js::NativeCall& call) {
    if (auto im = HostAs<Immediate>(call.vm, call.this_value)) Unref(*im);
    return ReturnThis(call);
  });
  methods_[2] = vm.NewFunction("hasRef", 0, [](js::NativeCall& call) {
    auto im = HostAs<Immediate>(call.vm, call.this_value);
    return js::Completion{js::Completion::Type::kNormal, js::Value::Boolean(im && im->refed)};
  });
}

js::Value Immediates::NewImmediateObject(const std::shared_ptr<Immediate>& im) {
  js::Vm& vm = p_.vm();
  return NewHostObjectFor(vm, "Immediate", im, prototype_);
}

// lib/internal/timers.js class Immediate: append to immediateQueue, count, ref.
js::Value Immediates::Create(js::Value fn, std::vector<js::Value> args) {
  auto im = std::make_shared<Immediate>();
  im->id = p_.rec().NewId();
  im->on_immediate = fn;
  im->args = std::move(args);
  im->label = CallbackLabel(p_, "setImmediate", fn);
  im->object = NewImmediateObject(im);
  ++count_;
  AddRef(+1);
  queue_.push_back(im);
  AsyncIds ids = p_.async_contexts().Create(im->id, "Immediate", im->object);
  p_.rec().Enqueue(Queue::kImmediates, im->id, im->label, p_.call_site(), 0, ForTrace(ids));
  return im->object;
}

// lib/timers.js clearImmediate.
void Immediates::Clear(js::Value value) {
  auto im = HostAs<Immediate>(p_.vm(), value);
  if (!im || im->destroyed) return;
  --count_;
  if (im->refed) AddRef(-1);
  im->refed = false;
  im->destroyed = true;
  im->on_immediate = js::Value::Undefined();
  p_.rec().Cancel(Queue::kImmediates, im->id);
  p_.async_contexts().Forget(im->id);
  // It stays in queue_, marked destroyed, until the next snapshot drops it: node's list
  // unlinks it in O(1), and a search here made clearing n immediates O(n^2).
}

void Immediates::Ref(Immediate& im) {
  if (im.refed || im.destroyed) return;
  im.refed = true;
  AddRef(+1);
}

void Immediates::Unref(Immediate& im) {
  if (!im.refed || im.destroyed) return;
  im.refed = false;
  AddRef(-1);
}

// immediateInfo[kRefCount] going 0 -> 1 starts the idle handle, 1 -> 0 stops it
// (toggleImmediateRef).
void Immediates::AddRef(int delta) {
  size_t before = ref_count_;
  ref_count_ += delta;
  if ((before == 0) != (ref_count_ == 0)) p_.loop().ImmediateIdleHandle(ref_count_ > 0);
}

// src/env.cc CheckImmediate: nothing to do without immediates; otherwise processImmediate
// inside a MakeCallback, repeated while an immediate threw and the process survived.
void Immediates::RunCheck() {
  // RunAndClearNativeImmediates comes first, inside its own callback scope.
  if (p_.async_contexts().has_pending_destroys()) {
    p_.async_contexts().EmitDestroys();
    if (!p_.stopping()) p_.tasks().DrainAfterCallback();
  }
  if (count_ == 0) return;
  do {
    ProcessImmediate();
  } while (!outstanding_.empty() && !p_.stopping());
  if (!p_.stopping()) p_.tasks().DrainAfterCallback();
}

// lib/internal/timers.js processImmediate: snapshot the queue, run each immediate with
// runNextTicks between them, skipping those cleared meanwhile.
void Immediates::ProcessImmediate() {
  // The snapshot is a member so the GC sees it while its callbacks run.
  std::deque<std::shared_ptr<Immediate>>& batch = running_;
  if (!outstanding_.empty()) {
    batch.swap(outstanding_);
  } else {
    batch.swap(queue_);
    std::erase_if(batch, [](const auto& im) { return im->destroyed; });  // cleared before
  }
  bool ran_at_least_one = false;
  while (!batch.empty() && !p_.stopping()) {
    if (ran_at_least_one) {
      p_.tasks().RunNextTicks();
    } else {
      ran_at_least_one = true;
    }
    std::shared_ptr<Immediate> im = batch.front();
    batch.pop_front();
    if (im->destroyed) continue;  // cleared by a nextTick or microtask between immediates
    im->destroyed = true;
    --count_;
    if (im->refed) AddRef(-1);
    im->refed = false;
    p_.rec().Dequeue(Queue::kImmediates, im->id);
    CallbackSite site{Queue::kImmediates, im->id, im->label, "setImmediate callback"};
    js::Value fn = im->on_immediate;
    im->on_immediate = js::Value::Undefined();
    js::Completion c = p_.CallInScope(fn, im->object, im->args, site);
    p_.async_contexts().Forget(im->id);
    if (!p_.HandleCompletion(c)) {
      outstanding_ = std::move(batch);  // the rest run when CheckImmediate calls us again
      return;
    }
  }
}

void Immediates::Trace(js::RootTracer& tracer) const {
  for (js::Value m : methods_) tracer.Mark(m);
  tracer.Mark(prototype_);
  for (const auto* q : {&queue_, &outstanding_, &running_}) {
    for (const auto& im : *q) {
      tracer.Mark(im->on_immediate);
      tracer.Mark(im->object);
      for (js::Value v : im->args) tracer.Mark(v);
    }
  }
}

}  // namespace loopscope::node
