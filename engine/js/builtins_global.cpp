// engine/js/builtins_global.cpp — the global value properties (NaN, Infinity, undefined).
// The global functions live with their families (parseInt in builtins_number.cpp, ...).
// Where to look next: runtime.cpp (the realm).
#include "engine/js/builtins.h"

namespace loopscope::js {

void InstallGlobalFunctions(Runtime& rt) {
  Object* g = rt.realm.global;
  g->Put(rt.Intern("NaN"), Value::Number(NAN), false);
  g->Put(rt.Intern("Infinity"), Value::Number(INFINITY), false);
  g->Put(rt.Intern("undefined"), Value::Undefined(), false);
}

}  // namespace loopscope::js
