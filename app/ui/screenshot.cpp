// app/ui/screenshot.cpp — offscreen frames into a PNG (stb_image_write from libstb-dev).
#include "app/ui/screenshot.h"

#include <stb_image_write.h>

#include <chrono>
#include <cstdio>
#include <fstream>

#include "app/ui/document_load.h"
#include "app/ui/live_compare.h"
#include "app/ui/render.h"
#include "app/ui/session_report.h"
#include "app/ui/two_way_load.h"

namespace loopscope::app {
namespace {
// A live run stops itself at its wall-clock limit (10 s, engine/live/live_run.h) and then
// writes its trace; a child still running long after that is hung (or stopped), and the
// screenshot gives up on it rather than wait forever.
constexpr std::chrono::seconds kLiveTimeout{30};
}  // namespace

int ScreenshotCommand(const cli::Command& command) {
  LoadOutcome loaded = LoadDocumentFromFile(command.file);
  if (!loaded.doc) {
    for (const std::string& e : loaded.errors) std::fprintf(stderr, "%s\n", e.c_str());
    return 2;
  }
  AppState state;
  state.what_if.simulate = LoadWhatIfDocument;
  state.what_if.sweep = SweepPoolSizesOf;
  state.live.run_two_ways = LoadTwoWays;
  if (!command.theme.empty()) ThemeFromName(command.theme, &state.prefs.theme);
  if (command.font_size > 0) state.prefs.font_size = command.font_size;
  if (command.live) {
    // Both runs side by side, the live one on screen: the same view as the app's Run live.
    SetDocument(state, std::move(loaded.doc), 0);
    LiveRunner runner(command.self_path);
    runner.Start(command.file, state.doc->title);
    if (!runner.WaitForResult(kLiveTimeout)) {
      std::fprintf(stderr, "loopscope: the live run of %s did not finish within %lld s\n",
                   command.file.c_str(), static_cast<long long>(kLiveTimeout.count()));
      return 2;
    }
    std::optional<LiveRunOutcome> live = runner.Take();
    if (!live || !live->doc) {
      for (const std::string& e : live ? live->errors : std::vector<std::string>{"no live run"})
        std::fprintf(stderr, "%s\n", e.c_str());
      return 2;
    }
    InstallComparison(state, std::move(live->doc));
    SwitchRun(state, true);
    JumpTo(state.playback, *state.doc->log, static_cast<size_t>(*command.step));
    state.playback.anim_t = 1.0f;
    RefreshStates(state);
  } else {
    SetDocument(state, std::move(loaded.doc), static_cast<size_t>(*command.step));
  }
  if (!command.compare_screen.empty()) {
    // As the Compare menu does in the app; step N is a step of the first run (Node, CommonJS).
    StartTwoWayComparison(
        state, command.compare_screen == "modules" ? TwoWays::kModules : TwoWays::kHosts);
    for (const std::string& e : state.live.errors) std::fprintf(stderr, "%s\n", e.c_str());
    if (!state.live.active) return 2;
    JumpTo(state.playback, *state.doc->log, static_cast<size_t>(*command.step));
    state.playback.anim_t = 1.0f;
    RefreshStates(state);
  }
  if (command.what_if_pool || command.what_if_cores) {
    // As a slider's release does in the app (the run is simulated here, in line).
    if (command.what_if_pool) state.what_if.settings.threadpool_size = *command.what_if_pool;
    if (command.what_if_cores) state.what_if.settings.cpu_cores = *command.what_if_cores;
    StartWhatIfRun(state);
    for (const std::string& e : state.what_if.errors) std::fprintf(stderr, "%s\n", e.c_str());
  }
  std::vector<unsigned char> rgba;
  std::string error;
  if (!RenderFrames(state, command.width, command.height, kSettleFrames, &rgba, &error)) {
    std::fprintf(stderr,
                 "loopscope: cannot render (%s); on a machine without a display run "
                 "`xvfb-run -a loopscope screenshot ...`\n",
                 error.c_str());
    return 1;
  }
  if (!stbi_write_png(command.png_out.c_str(), command.width, command.height, 4, rgba.data(),
                      command.width * 4)) {
    std::fprintf(stderr, "loopscope: cannot write %s\n", command.png_out.c_str());
    return 1;
  }
  if (!command.layout_report_out.empty()) {
    std::ofstream report(command.layout_report_out, std::ios::binary);
    report << SessionReportJson(state);
    if (!report.flush()) {
      std::fprintf(stderr, "loopscope: cannot write %s\n", command.layout_report_out.c_str());
      return 1;
    }
  }
  return 0;
}

}  // namespace loopscope::app
