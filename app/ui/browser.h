// app/ui/browser.h — the "Open" window: built-in scenarios grouped by topic with a search
// field, a path field, recent files, and the load errors of the last attempt.
//
// The built-in scenarios come from engine/scenario/library.h and open as "builtin:<id>"
// (document_load.cpp). Opening posts a UiCommand; a failed load leaves the previous
// scenario on screen and lists the errors here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/ui/commands.h"
#include "app/ui/preferences.h"
#include "app/ui/theme.h"

namespace loopscope::app {

inline constexpr std::string_view kBuiltinPrefix = "builtin:";

struct BrowserState {
  bool open = false;
  std::string search;
  std::string path_field;
  std::vector<std::string> errors;  // from the last failed load
};

void DrawBrowser(BrowserState& browser, const Preferences& prefs, const Palette& palette,
                 UiCommandQueue& commands);

}  // namespace loopscope::app
