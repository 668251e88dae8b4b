// tests/gui/browser_run_test.cpp — a browser run never wears Node's clothes: for every built-in
// browser scenario, at steps spread over the whole run, the loop panel draws the HTML event
// loop's strip and none of libuv's ring, and the thread pool, OS I/O and loop pseudocode panels
// are not drawn at all (headless frames, tests/gui/headless_ui.h). A Node scenario, drawn the
// same way, shows the ring: the check can tell the two apart.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "app/ui/document_load.h"
#include "engine/trace/vocabulary.h"
#include "tests/gui/headless_ui.h"

namespace loopscope::app {
namespace {

// Frames drawn per scenario, spread evenly over its steps (the last one included).
constexpr size_t kSampledSteps = 40;

std::vector<std::string> BrowserScenarios() {
  std::vector<std::string> files;
  for (const auto& entry :
       std::filesystem::directory_iterator(LOOPSCOPE_SOURCE_DIR "/scenarios/browser"))
    if (entry.path().extension() == ".json") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

// The window `id` ("###loop") in the frame just drawn, or null when it was not drawn.
const ImDrawList* DrawnWindow(const char* id) {
  ImGuiWindow* w = ImGui::FindWindowByName(id);
  return w && w->Active ? w->DrawList : nullptr;
}

// Vertices of `list` in `colour` (0xRRGGBB) at any opacity.
int VerticesInColour(const ImDrawList& list, unsigned colour) {
  const ImU32 rgb = VocabColour(colour) & 0x00FFFFFFu;
  return static_cast<int>(
      std::count_if(list.VtxBuffer.begin(), list.VtxBuffer.end(),
                    [&](const ImDrawVert& v) { return (v.col & 0x00FFFFFFu) == rgb; }));
}

// Vertices of the ring's segments only libuv's loop has (the timers and poll segments share
// their colours with browser task sources, so they are left out).
int RingVertices(const ImDrawList& loop) {
  int n = 0;
  for (trace::Phase p : {trace::Phase::kPending, trace::Phase::kIdlePrepare, trace::Phase::kCheck,
                         trace::Phase::kClose})
    n += VerticesInColour(loop, trace::PhaseColour(p));
  return n;
}

struct Frame {
  AppState state;
  explicit Frame(const std::string& file) {
    LoadOutcome loaded = LoadDocumentFromFile(file);
    EXPECT_TRUE(loaded.doc) << file;
    if (loaded.doc) SetDocument(state, std::move(loaded.doc), 0);
    state.prefs.font_size = 24;
  }
  size_t steps() const { return state.doc ? state.doc->step_count() : 0; }
};

void ShowStep(HeadlessUi& ui, AppState& state, size_t step) {
  state.playback.step = step;
  RefreshStates(state);
  state.playback.anim_t = 1.0f;
  ui.DrawOnly();
  ui.DrawOnly();  // the layout settles on the wants measured in the first frame
}

TEST(BrowserRun, NeverShowsTheLibuvRingThePoolOrOsIo) {
  std::vector<std::string> files = BrowserScenarios();
  ASSERT_GE(files.size(), 2u);
  for (const std::string& file : files) {
    Frame f(file);
    ASSERT_GT(f.steps(), 0u) << file;
    EXPECT_TRUE(f.state.doc->usage.browser) << file;
    HeadlessUi ui(f.state, ImVec2(1280, 720));
    for (size_t k = 0; k < kSampledSteps; ++k) {
      size_t step = (f.steps() - 1) * k / (kSampledSteps - 1);
      ShowStep(ui, f.state, step);
      std::string what =
          std::filesystem::path(file).filename().string() + " step " + std::to_string(step) + ": ";
      const ImDrawList* loop = DrawnWindow("###loop");
      ASSERT_NE(loop, nullptr) << what << "no event loop panel";
      EXPECT_EQ(RingVertices(*loop), 0) << what << "the loop panel draws libuv's ring";
      EXPECT_GT(VerticesInColour(*loop, trace::PhaseColour(trace::Phase::kRendering)), 0)
          << what << "no rendering steps on the loop strip";
      EXPECT_EQ(DrawnWindow("###pool"), nullptr) << what << "a thread pool panel";
      EXPECT_EQ(DrawnWindow("###osio"), nullptr) << what << "an OS I/O panel";
      EXPECT_EQ(DrawnWindow("###loopcode"), nullptr) << what << "uv_run's pseudocode";
      const ImDrawList* queues = DrawnWindow("###queues");
      ASSERT_NE(queues, nullptr) << what;
      EXPECT_GT(VerticesInColour(*queues, trace::QueueColour(trace::Queue::kAnimationFrames)), 0)
          << what << "the queues panel lacks the animation frame callbacks";
      EXPECT_EQ(VerticesInColour(*queues, trace::QueueColour(trace::Queue::kImmediates)), 0)
          << what << "the queues panel shows Node's immediates";
    }
  }
}

// A page that fetches, its folded timeline shown, has its requests in flight on lanes of
// their own (timeline_model.h) beside the main thread and the frames.
TEST(BrowserRun, AFetchingPageShowsItsRequestsOnTheTimeline) {
  Frame f(LOOPSCOPE_SOURCE_DIR "/scenarios/browser/two-fetches.json");
  ASSERT_GT(f.steps(), 0u);
  EXPECT_EQ(f.state.doc->timeline.network.size(), 2u);
  f.state.unfolded[static_cast<size_t>(PanelId::kTimeline)] = true;
  HeadlessUi ui(f.state, ImVec2(1280, 720));
  ShowStep(ui, f.state, f.steps() / 2);
  ASSERT_NE(DrawnWindow("###timeline"), nullptr) << "no timeline panel";
  // The lanes are drawn in a child window of the panel (panel_timeline.cpp).
  const ImDrawList* lanes = nullptr;
  for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
    if (w->Active &&
        std::string_view(w->Name).find("###timeline/##lanes") != std::string_view::npos)
      lanes = w->DrawList;
  ASSERT_NE(lanes, nullptr) << "no timeline lanes";
  EXPECT_GT(VerticesInColour(*lanes, trace::QueueColour(trace::Queue::kNetworkTasks)), 0)
      << "no request on the timeline";
}

// The control: the same check sees the ring, the pool and OS I/O in a Node run.
TEST(BrowserRun, TheRingCheckSeesTheRingInANodeRun) {
  Frame f(LOOPSCOPE_SOURCE_DIR "/scenarios/basics/start-end-promise-timeout.json");
  ASSERT_GT(f.steps(), 0u);
  EXPECT_FALSE(f.state.doc->usage.browser);
  HeadlessUi ui(f.state, ImVec2(1280, 720));
  ShowStep(ui, f.state, f.steps() / 2);
  const ImDrawList* loop = DrawnWindow("###loop");
  ASSERT_NE(loop, nullptr);
  EXPECT_GT(RingVertices(*loop), 0);
}

}  // namespace
}  // namespace loopscope::app
