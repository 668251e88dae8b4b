// engine/node/modules/webstreams.h — require('stream/web') and the web stream globals
// (ReadableStream, WritableStream, TransformStream and the rest), node 20's
// lib/internal/webstreams/*.js ported as engine/node/lib/webstreams_*.js.
// Where to look next: modules/webstreams.cpp, engine/node/lib/webstreams_host.js.
#pragma once

#include "engine/js/vm.h"

namespace loopscope::node {

class Modules;
class Process;

// require('stream/web'): loads the ports once (the builtin module cache keeps the result).
js::Value BuildStreamWebModule(Modules& modules, Process& p);
// The lazy global accessors (lib/webstreams_globals.js), which load stream/web on first use.
void InstallWebStreamGlobals(Modules& modules, Process& p);

}  // namespace loopscope::node
