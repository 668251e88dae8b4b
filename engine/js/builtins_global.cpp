// engine/js/builtins_global.cpp — placeholder while the builtins are written.
#include "engine/js/builtins.h"

namespace loopscope::js {
void InstallGlobalFunctions(Runtime& rt) { (void)rt; }
}  // namespace loopscope::js
