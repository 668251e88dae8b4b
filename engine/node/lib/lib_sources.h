// engine/node/lib/lib_sources.h — the Node layer's JavaScript library, embedded at build time.
//
// Each lib/<name>.js is compiled into the engine by embed_lib.cmake (nothing generated is
// committed); NodeLibSource("events") returns the text of lib/events.js.
#pragma once

#include <string_view>

namespace loopscope::node {

// The source of lib/<name>.js; empty if there is no such file.
std::string_view NodeLibSource(std::string_view name);

}  // namespace loopscope::node
