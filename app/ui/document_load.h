// app/ui/document_load.h — from a scenario file to a Document, through the real engine:
// scenario::LoadFile, then node::Simulate with the step log recorded; and the What if
// panel's engine calls (a run on a changed machine, the pool-size sweep).
//
// The app's DocumentLoader and the screenshot command use it. Errors come back as the
// located lines `loopscope check` prints, never as exceptions.
#pragma once

#include <atomic>
#include <string>
#include <vector>

#include "app/ui/app_state.h"
#include "engine/scenario/loader.h"

namespace loopscope::app {

// The scenario at a file path or "builtin:<id>", and its load errors as `check` prints them.
scenario::LoadResult LoadScenario(const std::string& path);
std::vector<std::string> LoadErrors(const scenario::LoadResult& loaded, const std::string& path);

// Loads a file path, or a built-in scenario named "builtin:<id>" (browser.h). With a
// `control` (a background load), the simulation reports its progress and can be cancelled.
LoadOutcome LoadDocumentFromFile(const std::string& path, LoadControl* control = nullptr);

// The same, on a machine changed by `what_if` (the What if panel's runs, what_if.h).
LoadOutcome LoadWhatIfDocument(const std::string& path, const scenario::WhatIf& what_if);

// Throughput against pool sizes 1..kSweepMaxPool (node::SweepPoolSizes); empty when the
// file does not load. Stops early when `cancel` is set.
std::vector<SweepPoint> SweepPoolSizesOf(const std::string& path, const std::atomic<bool>* cancel);

// The scenario the app opens when started without a FILE (scenario::kDefaultScenarioId).
std::string DefaultScenarioPath();

}  // namespace loopscope::app
