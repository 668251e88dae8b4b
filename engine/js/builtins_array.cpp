// engine/js/builtins_array.cpp — placeholder while the builtins are written.
#include "engine/js/builtins.h"

namespace loopscope::js {
void InstallArrayBuiltins(Runtime& rt) { (void)rt; }
}  // namespace loopscope::js
