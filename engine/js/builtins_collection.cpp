// engine/js/builtins_collection.cpp — placeholder while the builtins are written.
#include "engine/js/builtins.h"

namespace loopscope::js {
void InstallCollectionBuiltins(Runtime& rt) { (void)rt; }
}  // namespace loopscope::js
