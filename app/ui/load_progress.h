// app/ui/load_progress.h — the "Simulating…" strip's words: how far a background load has
// got (events recorded, the virtual clock), read from its LoadControl (background_load.h).
//
// The window stays live while a long run simulates on a worker: the controls panel shows
// this text and a Cancel button beside the title, the Why panel shows it while there is no
// document yet. Pure formatting, tested in tests/gui/load_progress_test.cpp.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "app/ui/background_load.h"

namespace loopscope::app {

// "12,345" below a million, "3.2M" from there (the strip changes every frame: short wins).
std::string EventCountText(uint64_t events);

// "Simulating big.js · 3.2M events · t = 1,234.5 ms", then "Simulated big.js · 10.9M
// events · preparing the view…" once the engine has finished and the timeline is building.
std::string LoadingText(std::string_view path, const LoadControl& control);

}  // namespace loopscope::app
