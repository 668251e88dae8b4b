// tests/gui/source_wheel_test.cpp — the mouse wheel over the Source panel's code at the
// projector size (1280x720, font 24): each notch moves the view by whole rows in the frame
// of the wheel itself, so no frame shows a row cut in half (ImGui's own wheel step, five font
// sizes, applied before the panel runs, showed one such frame per notch).
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "tests/gui/headless_ui.h"
#include "tests/gui/log_builder.h"

namespace loopscope::app {
namespace {

TEST(SourceWheel, EachNotchMovesTheCodeByWholeRowsInItsOwnFrame) {
  std::string program;  // forty lines: longer than the view at this size
  for (int line = 1; line <= 40; ++line)
    program += "console.log('line " + std::to_string(line) + "');\n";
  testing::LogBuilder b(program);
  b.Add({.text = b.Text("done"), .kind = trace::EventKind::kNote});
  AppState state;
  state.prefs.font_size = 24;
  HeadlessUi ui(state, ImVec2(1280, 720));
  SetDocument(state, b.Build(), b.last_step());
  for (int k = 0; k < 6; ++k) ui.Frame();  // settle the layout (measured wants)
  ASSERT_GT(state.source.want_h, 0);
  const ImGuiWindow* source = ImGui::FindWindowByName("###source");
  ASSERT_NE(source, nullptr);
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos =
      ImVec2(source->Pos.x + source->Size.x * 0.5f, source->Pos.y + source->Size.y * 0.6f);
  ui.Frame();
  ASSERT_NEAR(state.source.scroll_rows, 0.0f, 0.01f);
  float last = 0;
  for (float wheel : {-1.0f, -1.0f, 1.0f}) {
    io.MouseWheel = wheel;
    ui.Frame();
    const float rows = state.source.scroll_rows;
    EXPECT_NEAR(rows, std::round(rows), 0.01f) << "a row cut in half in the wheel's frame";
    if (wheel < 0) EXPECT_GT(rows, last) << "the wheel did not scroll down";
    if (wheel > 0) EXPECT_LT(rows, last) << "the wheel did not scroll up";
    last = rows;
  }
}

}  // namespace
}  // namespace loopscope::app
