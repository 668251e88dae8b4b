// app/ui/app.cpp — the frame loop of the desktop app.
//
// Each turn: wait for input (or not, while something moves: frame_pacing.h), draw one frame,
// then apply the frame's commands and the requests that need the GL context (font atlas
// rebuild, full screen), advance playback by the real time elapsed. The loop sleeps when idle so a
// paused app costs no CPU. At start-up the scenario simulates and the font atlas rasterises
// on worker threads while the window and GL context are created (the slow part, in Mesa).
#include "app/ui/app.h"

#include <imgui.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <future>

#include "app/ui/browser.h"
#include "app/ui/document_load.h"
#include "app/ui/file_watch.h"
#include "app/ui/frame.h"
#include "app/ui/frame_pacing.h"
#include "app/ui/session_report.h"
#include "app/ui/two_way_load.h"
#include "app/ui/window.h"

namespace loopscope::app {
namespace {

double ThreadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

void ApplyWindowRequests(AppState& s, Window& window) {
  if (s.wanted_font_size > 0) {
    std::string message;
    s.fonts = LoadFonts(ImGui::GetIO().Fonts, s.wanted_font_size, &message);
    window.UploadFonts();
    s.prefs.font_size = s.fonts.size;
    s.wanted_font_size = 0;
  }
  if (s.wanted_quit) window.RequestClose();
  if (s.wanted_fullscreen_toggle)
    window.SetFullscreen(!window.fullscreen()), s.wanted_fullscreen_toggle = false;
  ApplyTheme(s.prefs.theme, s.fonts.size);
}

// Prints CPU milliseconds per frame every 120 frames (the --frame-timing flag).
struct FrameTimer {
  double sum = 0, worst = 0;
  int frames = 0;
  void Add(double ms) {
    sum += ms, worst = std::max(worst, ms);
    if (++frames >= 120) Flush();
  }
  void Flush() {
    if (frames == 0) return;
    std::fprintf(stderr, "frame cpu: mean %.2f ms, max %.2f ms over %d frames\n", sum / frames,
                 worst, frames);
    sum = worst = 0, frames = 0;
  }
};

// Wall time shows what the user waits; process CPU time (all threads, including the GL
// driver's) shows what the app itself costs when the machine is busy with other work.
void ReportFirstFrame(const StartupTimer& timer) {
  timespec cpu{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
  double cpu_ms = static_cast<double>(cpu.tv_sec) * 1e3 + static_cast<double>(cpu.tv_nsec) / 1e6;
  std::fprintf(stderr, "first frame: %.0f ms after start (%.0f ms of CPU)\n%s\n",
               timer.SinceProcessStartMs(), cpu_ms, timer.Report().c_str());
}

void StartDocument(AppState& s, const cli::Command& command) {
  std::string path = command.file.empty() ? DefaultScenarioPath() : command.file;
  if (path.empty())
    s.browser.open = true;
  else
    OpenDocument(s, path);
}

// Follows the open document's file; a change on disk queues a reload, which keeps the old
// document if the new text has errors (OpenDocument).
void WatchDocument(AppState& s, FileWatch& watch, const Document** watched) {
  if (s.doc.get() != *watched) {
    *watched = s.doc.get();
    bool on_disk = s.doc && !s.doc->path.empty() && !s.doc->path.starts_with(kBuiltinPrefix);
    watch.Watch(on_disk ? s.doc->path : "");
  }
  if (watch.Poll()) s.commands.push_back({UiCommand::Kind::kReload});
}

void InitFromPreferences(AppState& s, const cli::Command& command) {
  s.prefs = LoadPreferences();
  if (!command.theme.empty()) ThemeFromName(command.theme, &s.prefs.theme);
  if (command.font_size > 0) s.prefs.font_size = command.font_size;
  if (command.width != 1600 || command.height != 900)
    s.prefs.window_width = command.width, s.prefs.window_height = command.height;
  s.playback.speed = s.prefs.play_speed;
  s.playback.granularity = static_cast<Granularity>(s.prefs.granularity);
}

// The frame loop: draw, then apply what the frame asked for, then advance playback.
void RunFrames(AppState& s, Window& window, const cli::Command& command, StartupTimer& startup) {
  FrameTimer timer;
  FileWatch watch;
  const Document* watched = nullptr;
  auto last = std::chrono::steady_clock::now();
  FramePacing pacing;
  for (long long frame = 1; !window.ShouldClose(); ++frame) {
    // Idle: sleep until input. While a load runs, look for its result (and redraw its
    // progress) every kLoadRefreshSeconds. The first frame waits for nothing.
    bool idle = pacing.MayWait(s.playback.playing, s.playback.anim_t, s.cached_step);
    window.PollEvents(frame > 1 && idle, s.loads.busy() ? kLoadRefreshSeconds : kIdleWaitSeconds);
    CollectBackgroundLoad(s);
    if (frame == 1) startup.Mark(s.loads.busy() ? "scenario still simulating" : "scenario ready");
    double cpu0 = ThreadCpuMs();
    window.BeginFrame();
    if (frame == 1) startup.Mark("first NewFrame (shaders, font texture)");
    s.keys = window.TakeKeyTaps();
    const bool input = FrameHadInput(ImGui::GetIO(), !s.keys.empty());
    pacing.NoteFrame(input);
    DrawFrame(s);
    pacing.NoteDrawn(s.cached_step);
    s.frames.Add({frame, frame > 1 && idle, input, s.cached_step});
    if (frame == 1) startup.Mark("first frame's panels");
    window.EndFrame(GetPalette(s.prefs.theme).background);
    if (frame == 1) startup.Mark("render and swap");
    if (command.frame_timing) timer.Add(ThreadCpuMs() - cpu0);
    if (command.frame_timing && frame == 1) ReportFirstFrame(startup);
    if (frame >= command.exit_after_frames && command.exit_after_frames > 0 && !s.loads.busy())
      break;
    ApplyCommands(s);
    ApplyWindowRequests(s, window);
    auto now = std::chrono::steady_clock::now();
    if (s.doc) Tick(s.playback, *s.doc->log, std::chrono::duration<double>(now - last).count());
    last = now;
    RefreshStates(s);
    WatchDocument(s, watch, &watched);
  }
  if (command.frame_timing) timer.Flush();
}

}  // namespace

int RunApp(const cli::Command& command) {
  StartupTimer startup;
  AppState s;
  InitFromPreferences(s, command);
  startup.Mark("preferences");
  // Mesa's window and GL context take most of the start-up; meanwhile the scenario simulates
  // and the font atlas rasterises on worker threads. The atlas outlives the window's context.
  s.loader = LoadDocumentFromFile;
  s.load_in_background = true;
  s.what_if.simulate = LoadWhatIfDocument;
  s.what_if.sweep = SweepPoolSizesOf;
  s.live.run_two_ways = LoadTwoWays;
  StartDocument(s, command);
  auto atlas = std::make_unique<ImFontAtlas>();
  std::string font_message;
  std::future<Fonts> fonts =
      std::async(std::launch::async, LoadFonts, atlas.get(), s.prefs.font_size, &font_message);
  std::string error;
  WindowOptions options{.width = s.prefs.window_width,
                        .height = s.prefs.window_height,
                        .x = s.prefs.window_x,
                        .y = s.prefs.window_y,
                        .timer = &startup,
                        .font_atlas = atlas.get()};
  std::unique_ptr<Window> window = Window::Create(options, &error);
  s.fonts = fonts.get();
  if (!window) {
    std::fprintf(stderr,
                 "loopscope: cannot open a window (%s); without a display use "
                 "`loopscope run FILE` or `loopscope screenshot FILE --step N --out OUT.png`\n",
                 error.c_str());
    return 1;
  }
  startup.Mark("waiting for the font atlas");
  if (!font_message.empty()) std::fprintf(stderr, "%s\n", font_message.c_str());
  s.prefs.font_size = s.fonts.size;
  ApplyTheme(s.prefs.theme, s.fonts.size);
  s.live.runner = std::make_unique<LiveRunner>(command.self_path);
  window->OnDrop([&s](const std::string& path) {
    s.commands.push_back({UiCommand::Kind::kOpen, 0, 0, path});
  });
  RunFrames(s, *window, command, startup);
  if (!window->fullscreen()) {
    window->GetSize(&s.prefs.window_width, &s.prefs.window_height);
    window->GetPos(&s.prefs.window_x, &s.prefs.window_y);
  }
  SavePreferences(s.prefs);
  if (!command.layout_report_out.empty()) {
    std::ofstream report(command.layout_report_out, std::ios::binary);
    report << SessionReportJson(s);
    if (!report.flush()) {
      std::fprintf(stderr, "loopscope: cannot write %s\n", command.layout_report_out.c_str());
      return 1;
    }
  }
  return 0;
}

}  // namespace loopscope::app
