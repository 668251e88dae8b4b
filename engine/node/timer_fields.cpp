// engine/node/timer_fields.cpp — the JavaScript face of Timeout and Immediate records:
// lib/timer_objects.js builds their prototypes over these natives, so a program sees and
// sets the fields Node keeps on a Timeout (lib/internal/timers.js) and a Timeout converts
// to its id. Each accessor checks that `this` is the record it expects: on any other object
// a getter reads undefined and a setter does nothing.
#include <cmath>

#include "engine/node/immediates.h"
#include "engine/node/modules.h"
#include "engine/node/native.h"
#include "engine/node/process.h"
#include "engine/node/timers.h"

namespace loopscope::node {

js::Value Timers::Field(js::Value timer, std::string_view name) {
  auto t = HostAs<Timeout>(p_.vm(), timer);
  if (!t) return js::Value::Undefined();
  if (name == "_idleTimeout") return js::Value::Number(t->idle_timeout);
  if (name == "_onTimeout") return t->on_timeout;
  if (name == "_repeat") return t->repeat > 0 ? js::Value::Number(t->repeat) : js::Value::Null();
  return js::Value::Boolean(t->destroyed);  // _destroyed
}

// Writes take effect where lib/internal/timers.js reads them: _idleTimeout and _repeat after
// the callback (listOnTimeout's finally), _onTimeout when the timer is next due.
void Timers::SetField(js::Value timer, std::string_view name, js::Value value) {
  auto t = HostAs<Timeout>(p_.vm(), timer);
  if (!t) return;
  if (name == "_onTimeout") {
    t->on_timeout = value;
    return;
  }
  if (name == "_destroyed") {
    t->destroyed = p_.vm().ToBoolean(value);
    return;
  }
  double number = value.IsNullish() ? 0 : p_.vm().ToNumber(value);
  if (std::isnan(number)) number = 0;
  if (name == "_idleTimeout") t->idle_timeout = number;
  if (name == "_repeat") t->repeat = number;
}

js::Value Timers::PrimitiveId(js::Value timer) {
  auto t = HostAs<Timeout>(p_.vm(), timer);
  if (!t) return js::Value::Undefined();
  if (!t->destroyed) known_by_id_.emplace(t->id, t);
  return js::Value::Number(static_cast<double>(t->id));
}

void Modules::InstallTimerObjects() {
  js::Vm& vm = p_.vm();
  js::Value binding = vm.NewObject();
  SetMethod(vm, binding, "timeoutField", 2, [this](js::NativeCall& call) {
    return Ok(p_.timers().Field(call.Arg(0), call.vm.ToDisplayString(call.Arg(1))));
  });
  SetMethod(vm, binding, "setTimeoutField", 3, [this](js::NativeCall& call) {
    p_.timers().SetField(call.Arg(0), call.vm.ToDisplayString(call.Arg(1)), call.Arg(2));
    return Ok();
  });
  SetMethod(vm, binding, "timeoutId", 1,
            [this](js::NativeCall& call) { return Ok(p_.timers().PrimitiveId(call.Arg(0))); });
  SetMethod(vm, binding, "immediateDestroyed", 1, [](js::NativeCall& call) {
    auto im = HostAs<Immediate>(call.vm, call.Arg(0));
    return Ok(im ? js::Value::Boolean(im->destroyed) : js::Value::Undefined());
  });
  // In the order of Node's class bodies: refresh, unref, ref, hasRef, close.
  std::span<const js::Value> tm = p_.timers().methods();
  js::Value timeout_methods[] = {tm[3], tm[1], tm[0], tm[2], tm[4]};
  vm.Set(binding, "timeoutMethods", vm.NewArray(timeout_methods));
  vm.Set(binding, "immediateMethods", vm.NewArray(p_.immediates().methods()));
  js::Value prototypes = RunLib("timer_objects", binding);
  p_.timers().set_prototype(vm.GetOwn(prototypes, "timeout"));
  p_.immediates().set_prototype(vm.GetOwn(prototypes, "immediate"));
}

}  // namespace loopscope::node
