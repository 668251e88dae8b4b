#include "engine/js/builtins.h"
namespace loopscope::js {
void InstallDateBuiltins(Runtime& rt) {}
}
