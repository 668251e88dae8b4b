// engine/js/builtins_string.cpp — placeholder while the builtins are written.
#include "engine/js/builtins.h"

namespace loopscope::js {
void InstallStringBuiltins(Runtime& rt) { (void)rt; }
}  // namespace loopscope::js
