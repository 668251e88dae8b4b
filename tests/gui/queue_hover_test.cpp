// tests/gui/queue_hover_test.cpp — the queues panel at the projector size (1280x720, font
// 24) over a hand-written log with three microtasks queued from lines 2, 3 and 4: all three
// cards are drawn (none behind a "+N" count), and resting the pointer on a card links it to
// the line that queued it (HoverState::line, which the source panel lights next frame).
#include <gtest/gtest.h>

#include "engine/trace/vocabulary.h"
#include "tests/gui/headless_ui.h"
#include "tests/gui/log_builder.h"

namespace loopscope::app {
namespace {

using testing::LogBuilder;
using trace::EventKind;
using trace::Queue;

std::unique_ptr<Document> ThreeMicrotasks() {
  LogBuilder b(
      "const p = Promise.resolve();\np.then(a);\np.then(b);\nqueueMicrotask(c);\n"
      "console.log('sync');\n");
  const char* names[] = {"a", "b", "c"};
  for (uint32_t k = 0; k < 3; ++k)
    b.Add({.item = 10 + k,
           .text = b.Text(names[k]),
           .from = {2 + k, 1},
           .kind = EventKind::kEnqueue,
           .queue = Queue::kMicrotask});
  b.Add({.text = b.Text("later"), .kind = EventKind::kNote});
  return b.Build();
}

TEST(QueueHover, ThreeMicrotasksShowThreeCardsAndEachLinksToTheLineThatQueuedIt) {
  AppState state;
  state.prefs.font_size = 24;
  std::unique_ptr<Document> doc = ThreeMicrotasks();
  const size_t last = doc->log->size() - 1;
  HeadlessUi ui(state, ImVec2(1280, 720));
  SetDocument(state, std::move(doc), last);
  for (int k = 0; k < 4; ++k) ui.Frame();  // settle the layout (measured wants)
  EXPECT_EQ(state.queues.hidden_items, 0u) << "a card hides behind a count";
  for (uint32_t k = 0; k < 3; ++k) {
    ASSERT_TRUE(state.motion.anchors.targets.count(10 + k)) << "card " << k << " not drawn";
    const Box& card = state.motion.anchors.targets.at(10 + k);
    ImGui::GetIO().MousePos =
        ImVec2((card.min.x + card.max.x) * 0.5f, (card.min.y + card.max.y) * 0.5f);
    ui.Frame();
    ui.Frame();
    EXPECT_EQ(state.hover_last.item, 10 + k);
    EXPECT_EQ(state.hover_last.line, 2 + k) << "card " << k << " links to the wrong line";
  }
}

}  // namespace
}  // namespace loopscope::app
