// engine/js/builtins_number.cpp — placeholder while the builtins are written.
#include "engine/js/builtins.h"

namespace loopscope::js {
void InstallNumberBuiltins(Runtime& rt) { (void)rt; }
}  // namespace loopscope::js
