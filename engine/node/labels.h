// engine/node/labels.h — the short labels queue items carry in the step log.
//
// A label says what scheduled the callback and from where, e.g. "setTimeout cb @ L4" or
// "readFile onDone @ L12", so a learner can tie a queue entry back to the source.
#pragma once

#include <string>
#include <string_view>

#include "engine/js/value.h"

namespace loopscope::js {
class Vm;
}

namespace loopscope::node {

class Process;

// The function's own name ("" when anonymous).
std::string FunctionName(js::Vm& vm, js::Value fn);

// "<api> <name or cb> @ L<line of the running statement>".
std::string CallbackLabel(Process& p, std::string_view api, js::Value fn);

}  // namespace loopscope::node
