// tests/bench/ui_frame_bench.cpp — one frame of the app's UI over a 1,000,000-event log,
// and over a real run of ten million events.
//
// What it measures: the CPU time of a whole frame as the app builds it — ImGui::NewFrame,
// every panel drawn from the LoopState at the cursor (app/ui/frame.cpp), ImGui::Render
// producing the draw lists — plus the step to the next event and the state refresh that
// precede the next frame. What it leaves out: the GPU (no GL backend renders the draw lists
// and nothing is presented), so it is the part of a frame that grows with the log; the
// app prints the same figure live with --frame-timing. A second case has the What if panel
// open on a second run of the same size; a third loads ten_million_events.js as the app
// does and reports the load's time and memory. Built only with the app.
// Run: loopscope_bench --benchmark_filter=UiFrame
#include <benchmark/benchmark.h>
#include <imgui.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "app/ui/app_state.h"
#include "app/ui/document_load.h"
#include "app/ui/frame.h"
#include "app/ui/theme.h"
#include "engine/trace/synthetic_log.h"

namespace loopscope::app {
namespace {

// Resident set size of this process in bytes (/proc/self/status VmRSS), 0 if unknown.
double RssBytes() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.starts_with("VmRSS:")) return std::stod(line.substr(6)) * 1024.0;
  return 0;
}

std::unique_ptr<Document> MillionEventDocument() {
  auto log = std::make_shared<trace::StepLog>(trace::MakeSyntheticLog({.events = 1'000'000}));
  return MakeDocument(std::move(log), "", "synthetic");
}

// Frames over `state`, each stepping one event forward.
void MeasureFrames(benchmark::State& bench, AppState& state) {
  state.playback.granularity = Granularity::kEvent;

  // An ImGui context with its font atlas built and no renderer, as the headless tests use.
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(1600, 900);
  std::string message;
  state.fonts = LoadFonts(io.Fonts, state.prefs.font_size, &message);
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
  ApplyTheme(state.prefs.theme, state.fonts.size);

  for (auto _ : bench) {
    state.commands.push_back({UiCommand::Kind::kStepForward});
    io.DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    DrawFrame(state);
    ImGui::Render();
    ApplyCommands(state);
    RefreshStates(state);
  }
  bench.counters["vertices"] = static_cast<double>(ImGui::GetDrawData()->TotalVtxCount);
  ImGui::DestroyContext();
}

void UiFrameMillionEventLog(benchmark::State& bench) {
  AppState state;
  SetDocument(state, MillionEventDocument(), 500'000);
  MeasureFrames(bench, state);
}

// The same with the What if panel open on a second million-event run beside the first
// (timeline strips and both consoles, app/ui/panel_what_if.h).
void UiFrameMillionEventWhatIf(benchmark::State& bench) {
  AppState state;
  SetDocument(state, MillionEventDocument(), 500'000);
  InstallWhatIfRun(state, MillionEventDocument(), "pool 2 (was 4)");
  MeasureFrames(bench, state);
}

// A real run of ten million events (tests/bench/programs/ten_million_events.js), loaded as
// the app loads it (document_load.h: simulation, checkpoints, timeline), the cursor in the
// middle. Counters: the load's wall time, and the resident memory it added against the
// log's own bytes (the target: within 2×).
void UiFrameTenMillionEventRun(benchmark::State& bench) {
  const std::string path =
      (std::filesystem::path(LOOPSCOPE_BENCH_PROGRAMS) / "ten_million_events.js").string();
  const double rss_before = RssBytes();
  const auto start = std::chrono::steady_clock::now();
  LoadOutcome loaded = LoadDocumentFromFile(path);
  const double load_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (!loaded.doc || loaded.doc->exit_code != 0) {
    bench.SkipWithError("ten_million_events.js did not load and run cleanly");
    return;
  }
  const double log_bytes = static_cast<double>(loaded.doc->log->MemoryBytes());
  bench.counters["events"] = static_cast<double>(loaded.doc->step_count());
  bench.counters["load_ms"] = load_ms;
  bench.counters["rss_mb_over_log"] = (RssBytes() - rss_before) / log_bytes;
  const size_t middle = loaded.doc->step_count() / 2;
  AppState state;
  SetDocument(state, std::move(loaded.doc), middle);
  MeasureFrames(bench, state);
}

BENCHMARK(UiFrameMillionEventLog)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(UiFrameTenMillionEventRun)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(UiFrameMillionEventWhatIf)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();

}  // namespace
}  // namespace loopscope::app
