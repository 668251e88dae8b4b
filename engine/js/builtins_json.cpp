// engine/js/builtins_json.cpp — placeholder while the builtins are written.
#include "engine/js/builtins.h"

namespace loopscope::js {
void InstallJsonBuiltins(Runtime& rt) { (void)rt; }
}  // namespace loopscope::js
