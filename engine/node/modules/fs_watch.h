// engine/node/modules/fs_watch.h — the watch binding's parts: fs.watch's FSEvent handles
// (fs_watch.cpp, which builds the binding) and fs.watchFile's StatWatcher polls
// (fs_stat_watch.cpp). lib/fs_watch.js is their JavaScript half.
#pragma once

#include "engine/js/vm.h"

namespace loopscope::node {

class Process;

// statStart(path, interval, persistent) → id, statRef(id, ref), statClose(id); results
// arrive through the binding's `onstat(id, status, fields)`.
void AddStatWatchMethods(Process& p, js::Value binding);

}  // namespace loopscope::node
