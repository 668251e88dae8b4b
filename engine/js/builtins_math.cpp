// engine/js/builtins_math.cpp — placeholder while the builtins are written.
#include "engine/js/builtins.h"

namespace loopscope::js {
void InstallMathBuiltins(Runtime& rt) { (void)rt; }
}  // namespace loopscope::js
