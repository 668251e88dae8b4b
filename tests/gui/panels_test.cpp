// tests/gui/panels_test.cpp — what single panels draw for small hand-written logs, read off
// their draw lists: pool job and OS operation progress bars, on time and overrun.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/ui/panel_common.h"
#include "engine/trace/vocabulary.h"
#include "tests/gui/headless_ui.h"
#include "tests/gui/log_builder.h"

namespace loopscope::app {
namespace {

using testing::LogBuilder;
using trace::Event;
using trace::EventKind;
using trace::Queue;

// A pbkdf2 job expected to take 100 ms, started at 0 on thread 1, seen at `now_ms`.
std::unique_ptr<Document> PoolJobSeenAt(double now_ms) {
  LogBuilder b("const crypto = require('crypto');\ncrypto.pbkdf2('p', 's', 1, 64, 'sha512', cb);\n",
               2);
  uint32_t label = b.Text("crypto.pbkdf2");
  b.Add({.item = 5,
         .text = label,
         .from = {2, 1},
         .kind = EventKind::kEnqueue,
         .queue = Queue::kPoolWork});
  b.Add({.item = 5, .kind = EventKind::kDequeue, .queue = Queue::kPoolWork});
  Event start{.item = 5, .value = 0, .text = label, .kind = EventKind::kPoolJobStart};
  trace::SetPoolJobExpectedNs(start, 100'000'000);
  b.Add(start);
  b.AtMs(now_ms).Add({.text = b.Text("later"), .kind = EventKind::kNote});
  return b.Build();
}

// In the frame just drawn: the fraction of the lane the progress wash covers, from the
// lane's left edge to the pool window's right edge.
float PoolFillFraction() {
  const ImDrawList* pool = WindowDrawList("Thread pool###pool");
  EXPECT_NE(pool, nullptr);
  if (!pool) return -1;
  ImU32 tab = VocabColour(trace::QueueColour(Queue::kPoolWork));
  ColourExtent tab_rect = FindColour(*pool, tab);
  ColourExtent fill = FindColour(*pool, ProgressFill(tab));
  EXPECT_GT(fill.vertices, 0) << "no progress bar in the thread pool panel";
  float right = ImGui::FindWindowByName("Thread pool###pool")->WorkRect.Max.x;
  return (fill.max_x - tab_rect.min_x) / (right - tab_rect.min_x);
}

TEST(ThreadPoolPanel, BusyLaneShowsElapsedAgainstExpected) {
  AppState state;
  auto doc = PoolJobSeenAt(42);
  size_t last = doc->step_count() - 1;
  SetDocument(state, std::move(doc), last);
  ASSERT_EQ(state.current.pool[0].expected_ns, 100'000'000);
  HeadlessUi ui(state);
  ui.Frame();
  ui.DrawOnly();
  EXPECT_NEAR(PoolFillFraction(), 0.42f, 0.03f);
}

TEST(ThreadPoolPanel, OverrunFillsTheLaneAndSaysSoInTheWarningColour) {
  AppState state;
  auto doc = PoolJobSeenAt(112.5);
  size_t last = doc->step_count() - 1;
  SetDocument(state, std::move(doc), last);
  HeadlessUi ui(state);
  ui.Frame();
  ui.DrawOnly();
  EXPECT_NEAR(PoolFillFraction(), 1.0f, 0.01f);
  const ImDrawList* pool = WindowDrawList("Thread pool###pool");
  EXPECT_GT(FindColour(*pool, GetPalette(state.prefs.theme).stderr_text).vertices, 0)
      << "the 'over by' text is missing";
}

TEST(OsIoPanel, OperationInFlightShowsItsProgress) {
  LogBuilder b("require('dns').resolve4('example.com', cb);\n");
  b.Add({.item = 9,
         .value = 10'000'000,
         .text = b.Text("dns.resolve4 example.com"),
         .from = {1, 1},
         .kind = EventKind::kOsOpStart});
  b.AtMs(5).Add({.text = b.Text("later"), .kind = EventKind::kNote});
  AppState state;
  auto doc = b.Build();
  size_t last = doc->step_count() - 1;
  SetDocument(state, std::move(doc), last);
  HeadlessUi ui(state);
  ui.Frame();
  ui.DrawOnly();
  const ImDrawList* io = WindowDrawList("OS I/O###osio");
  ASSERT_NE(io, nullptr);
  ImU32 tab = VocabColour(trace::PhaseColour(trace::Phase::kPoll), 0.45f);
  ColourExtent tab_rect = FindColour(*io, tab), fill = FindColour(*io, ProgressFill(tab));
  ASSERT_GT(fill.vertices, 0);
  float right = ImGui::FindWindowByName("OS I/O###osio")->WorkRect.Max.x;
  EXPECT_NEAR((fill.max_x - tab_rect.min_x) / (right - tab_rect.min_x), 0.5f, 0.03f);
}

// Forty connections in flight at the projector size: OS I/O shows the rows it has room for and
// its last row counts the rest, instead of a scroll bar hiding them uncounted; it asks the
// layout for every row.
TEST(OsIoPanel, PastItsRoomTheLastRowCountsTheRest) {
  LogBuilder b("const net = require('net');\nnet.connect(80, 'example.com');\n");
  for (uint32_t k = 0; k < 40; ++k)
    b.Add({.item = 100 + k,
           .value = 10'000'000,
           .text = b.Text("connect example.com:80 #" + std::to_string(k)),
           .from = {2, 5},
           .kind = EventKind::kOsOpStart});
  b.AtMs(1).Add({.text = b.Text("later"), .kind = EventKind::kNote});
  AppState state;
  state.prefs.font_size = 24;
  SetDocument(state, b.Build(), b.last_step());
  HeadlessUi ui(state, ImVec2(1280, 720));
  for (int k = 0; k < 6; ++k) ui.Frame();  // settle the layout (measured wants)
  const ImGuiWindow* io = ImGui::FindWindowByName("OS I/O###osio");
  ASSERT_NE(io, nullptr);
  EXPECT_GT(state.os_io.hidden_items, 0u);
  EXPECT_LT(state.os_io.hidden_items, 40u) << "no operation shown beside the count";
  EXPECT_LT(io->ScrollMax.y, 1.0f) << "the panel scrolls instead of counting";
  EXPECT_GT(state.os_io.want_h, ImGui::GetFrameHeight() * 40) << "the want is every row";
}

TEST(TimelinePanel, MicrotaskCheckpointsShowAsABandOnTheMainLane) {
  LogBuilder b;
  b.Add({.value = 1, .kind = EventKind::kPhaseEnter, .phase = trace::Phase::kTimers});
  b.AtMs(1).Add({.text = b.Text("onTimeout"), .kind = EventKind::kFramePush});
  b.AtMs(2).Add({.kind = EventKind::kFramePop});
  b.Add({.kind = EventKind::kDrainStart});  // value 0: DrainKind::kMicrotaskCheckpoint
  b.AtMs(2.5).Add({.kind = EventKind::kDrainEnd});
  b.AtMs(10).Add({.kind = EventKind::kProcessExit});
  AppState state;
  auto doc = b.Build();
  size_t last = doc->step_count() - 1;
  SetDocument(state, std::move(doc), last);
  state.unfolded[static_cast<size_t>(PanelId::kTimeline)] = true;  // no pool: it would fold
  HeadlessUi ui(state);
  ui.Frame();
  ui.DrawOnly();
  const ImDrawList* timeline = ChildDrawList("Timeline (virtual time)###timeline");
  ASSERT_NE(timeline, nullptr);
  ColourExtent band = FindColour(*timeline, VocabColour(trace::QueueColour(Queue::kMicrotask)));
  ColourExtent callback =
      FindColour(*timeline, VocabColour(trace::PhaseColour(trace::Phase::kTimers)));
  ASSERT_GT(band.vertices, 0) << "no checkpoint band";
  ASSERT_GT(callback.vertices, 0);
  // The checkpoint (2.0..2.5 ms) starts where the callback (1..2 ms) ends, a twentieth of a
  // 10 ms run after it.
  EXPECT_NEAR(band.min_x, callback.max_x, 1.0f);
  EXPECT_NEAR(band.max_x - band.min_x, (callback.max_x - callback.min_x) / 2, 2.0f);
}

TEST(SourcePanel, LongLinesWrapInsideThePanel) {
  std::string long_line =
      "setTimeout(() => console.log('a rather long message that a projector would cut off'), 0);";
  LogBuilder b(long_line + "\n" + long_line + "\n");
  b.Add({.text = b.Text("<main>"), .loc = {1, 1}, .kind = EventKind::kFramePush});
  AppState state;
  SetDocument(state, b.Build(), 1);
  HeadlessUi ui(state);
  ui.Frame();
  ui.DrawOnly();
  ImGuiWindow* code = nullptr;
  for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
    if (std::string(w->Name).starts_with("Source") &&
        std::string(w->Name).find("##code") != std::string::npos)
      code = w;
  ASSERT_NE(code, nullptr);
  float max_x = 0, min_y = 1e9f, max_y = 0;
  for (const ImDrawVert& v : code->DrawList->VtxBuffer) {
    max_x = std::max(max_x, v.pos.x);
    min_y = std::min(min_y, v.pos.y), max_y = std::max(max_y, v.pos.y);
  }
  EXPECT_LE(max_x, code->WorkRect.Max.x + 1.0f) << "text drawn past the panel's edge";
  EXPECT_GT(max_y - min_y, ImGui::GetFontSize() * 4) << "two long lines take at least four rows";
}

// A chip's label too long for its card: the parenthesised detail goes first, then the
// module, then letters, and what is left always fits (the 1920x1080 pool showed "crypto.pbkdf2 (2"
// cut mid-word).
TEST(FitTextToWidth, DropsTheDetailBeforeCuttingTheName) {
  AppState state;
  HeadlessUi ui(state);
  ImGui::NewFrame();
  const std::string label = "crypto.pbkdf2 (200000 iterations)";
  auto width = [](const std::string& s) { return ImGui::CalcTextSize(s.c_str()).x; };
  EXPECT_EQ(FitTextToWidth(label, width(label)), label);
  EXPECT_EQ(FitTextToWidth(label, width("crypto.pbkdf2 (…)") + 1), "crypto.pbkdf2 (…)");
  EXPECT_EQ(FitTextToWidth(label, width("crypto.pbkdf2") + 1), "crypto.pbkdf2");
  EXPECT_EQ(FitTextToWidth(label, width("pbkdf2") + 1), "pbkdf2");
  const std::string cut = FitTextToWidth(label, width("pbk"));
  EXPECT_TRUE(cut.ends_with("…")) << cut;
  EXPECT_LE(width(cut), width("pbk")) << cut;
  EXPECT_EQ(FitTextToWidth("héé", width("h…")), "h…");  // never half of "é"
  EXPECT_EQ(FitTextToWidth(label, 0), "…");
  ImGui::EndFrame();
}

// The pool's waiting row: whatever the chips, the "+N" after them ends before the row's right
// edge (where the CPU cores' label begins); a long first chip is shortened to leave it room.
TEST(LayoutChips, TheCountOfTheRestAlwaysFitsBeforeTheRightEdge) {
  AppState state;
  HeadlessUi ui(state);
  ImGui::NewFrame();
  const float chip_h = 20, right = 300;
  auto count_end = [&](const ChipRow& row) {
    const std::string more = "+" + std::to_string(row.more);
    return row.more_x + ImGui::CalcTextSize(more.c_str()).x;
  };
  const ChipRow one_long = LayoutChips(
      std::vector<std::string>(34, "dns.lookup localhost (getaddrinfo)"), 0, right, chip_h);
  ASSERT_EQ(one_long.chips.size(), 1u);
  EXPECT_EQ(one_long.more, 33u);
  EXPECT_LE(count_end(one_long), right);
  for (const char* text : {"fs.stat", "crypto.pbkdf2 (1000 iterations)", "zlib.deflate"}) {
    const ChipRow row = LayoutChips(std::vector<std::string>(120, text), 0, right, chip_h);
    ASSERT_GT(row.more, 0u) << text;
    EXPECT_EQ(row.chips.size() + row.more, 120u) << text;
    EXPECT_LE(count_end(row), right) << text;
    EXPECT_LE(row.chips.back().x + row.chips.back().w, row.more_x) << text;
  }
  const ChipRow all = LayoutChips({"fs.stat", "fs.open"}, 0, right, chip_h);
  EXPECT_EQ(all.chips.size(), 2u);
  EXPECT_EQ(all.more, 0u);
  ImGui::EndFrame();
}

// A file name keeps its start: its dots are not a module's (the Source panel's title).
TEST(CutTextToWidth, KeepsAFileNamesStartAndEndsInAnEllipsis) {
  AppState state;
  HeadlessUi ui(state);
  ImGui::NewFrame();
  const std::string name = "blocking-route-delays-everyone.js";
  auto width = [](const std::string& s) { return ImGui::CalcTextSize(s.c_str()).x; };
  EXPECT_EQ(CutTextToWidth(name, width(name)), name);
  EXPECT_EQ(CutTextToWidth(name, width("blocking-route…") + 1), "blocking-route…");
  EXPECT_EQ(FitTextToWidth(name, width("blocking-route…") + 1), "js")
      << "a label's shortening, wrong for a file name";
  ImGui::EndFrame();
}

}  // namespace
}  // namespace loopscope::app
