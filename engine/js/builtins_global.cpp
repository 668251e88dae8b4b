// engine/js/builtins_global.cpp — the global value properties (NaN, Infinity, undefined).
// The global functions live with their families (parseInt in builtins_number.cpp, ...).
// Where to look next: runtime.cpp (the realm).
#include "engine/js/builtins.h"

namespace loopscope::js {

void InstallGlobalFunctions(Runtime& rt) {
  Object* g = rt.realm.global;
  // ECMA-262 19.1: NaN, Infinity and undefined are neither writable nor configurable.
  g->Append(Property{rt.Intern("NaN"), Value::Number(NAN), false, false, false});
  g->Append(Property{rt.Intern("Infinity"), Value::Number(INFINITY), false, false, false});
  g->Append(Property{rt.Intern("undefined"), Value::Undefined(), false, false, false});
  g->has_special_props = true;
}

}  // namespace loopscope::js
