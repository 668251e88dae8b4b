// engine/browser/lib/lib_sources.h — the browser host's JavaScript, embedded at build time.
//
// Each lib/<name>.js is compiled into the engine by embed_browser_lib.cmake (nothing generated
// is committed); BrowserLibSource("window") returns the text of lib/window.js.
#pragma once

#include <string_view>

namespace loopscope::browser {

// The source of lib/<name>.js; empty if there is no such file.
std::string_view BrowserLibSource(std::string_view name);

}  // namespace loopscope::browser
