// app/ui/document_load.h — from a scenario file to a Document, through the real engine:
// scenario::LoadFile, then node::Simulate with the step log recorded.
//
// The app's DocumentLoader and the screenshot command use it. Errors come back as the
// located lines `loopscope check` prints, never as exceptions.
#pragma once

#include <string>

#include "app/ui/app_state.h"

namespace loopscope::app {

// Loads a file path, or a built-in scenario named "builtin:<id>" (browser.h).
LoadOutcome LoadDocumentFromFile(const std::string& path);

// The scenario the app opens when started without a FILE (scenario::kDefaultScenarioId).
std::string DefaultScenarioPath();

}  // namespace loopscope::app
