// engine/js/builtins_refused.cpp — the globals the subset leaves out by design
// (docs/js-subset.md, "Out of scope"): `eval`, `Proxy` and `SharedArrayBuffer` exist as
// functions that refuse with an error naming them, as `Function` refuses code from strings
// (builtins_function.cpp), so a program that reaches one stops at a located line that says
// why instead of at "eval is not defined".
#include "engine/js/builtins.h"

namespace loopscope::js {
namespace {

struct RefusedGlobal {
  const char* name;
  int length;
  bool constructor;  // `new X(...)` reaches the refusal too
};
constexpr RefusedGlobal kRefusedGlobals[] = {
    {"eval", 1, false},
    {"Proxy", 2, true},
    {"SharedArrayBuffer", 1, true},
};

// slots[0]: the name.
Completion Refuse(Runtime& rt, NativeCall&, Native* self) {
  return rt.Throw(ErrorType::kError, self->slots[0].As<String>()->data +
                                         " is not supported in Loopscope's JavaScript subset");
}

}  // namespace

void InstallRefusedBuiltins(Runtime& rt) {
  for (const RefusedGlobal& g : kRefusedGlobals) {
    Native* fn = g.constructor
                     ? DefineConstructor(rt, g.name, g.length, Refuse, rt.NewObject(nullptr))
                     : rt.DefineNative(rt.realm.global, g.name, g.length, Refuse);
    fn->slots[0] = rt.Str(g.name);
  }
}

}  // namespace loopscope::js
