// tests/gui/motion_test.cpp — flights between panels: which items travel between two states
// and from where (pure), the card's path, and a frame drawn mid-move against one drawn when
// the move has finished (the card flies on top; at progress 1 only the step's state shows).
#include "app/ui/motion.h"

#include <gtest/gtest.h>

#include "app/ui/panel_common.h"
#include "tests/gui/headless_ui.h"
#include "tests/gui/log_builder.h"

namespace loopscope::app {
namespace {

using trace::EventKind;
using trace::LoopState;
using trace::Queue;

trace::QueueItem Item(uint64_t id, Queue q, uint32_t line) {
  trace::QueueItem item;
  item.id = id, item.queue = q, item.from = {line, 1}, item.label = static_cast<uint32_t>(id);
  return item;
}

LoopState WithQueued(LoopState s, trace::QueueItem item) {
  s.queues[static_cast<size_t>(item.queue)].push_back(item);
  return s;
}

TEST(PlanFlights, NewQueueItemsFlyFromTheLineThatScheduledThem) {
  LoopState before, after = WithQueued(before, Item(7, Queue::kTimers, 3));
  EXPECT_EQ(PlanFlights(before, after, {}),
            (std::vector<Flight>{
                {7, FlightOrigin::kSourceLine, 3, Queue::kTimers, FlightTarget::kQueue, 7}}));
  EXPECT_TRUE(PlanFlights(before, after, {.source = false}).empty())
      << "no source view, nowhere to start";
  EXPECT_TRUE(PlanFlights(after, after, {}).empty()) << "already queued: nothing moves";
  EXPECT_TRUE(PlanFlights(before, WithQueued(before, Item(8, Queue::kTimers, 0)), {}).empty())
      << "origin unknown";
}

TEST(PlanFlights, ACallbackFliesFromItsQueueSlotOntoTheStack) {
  LoopState before = WithQueued(LoopState{}, Item(9, Queue::kMicrotask, 5)), after;
  after.stack.push_back(trace::Frame{.name = 42, .item = 9});
  EXPECT_EQ(PlanFlights(before, after, {}),
            (std::vector<Flight>{
                {9, FlightOrigin::kQueueSlot, 0, Queue::kMicrotask, FlightTarget::kStack, 9}}));
  EXPECT_TRUE(PlanFlights(before, after, {.queues = false}).empty());
  LoopState running = after;  // already on the stack before the move: nothing moves
  EXPECT_TRUE(PlanFlights(running, after, {}).empty());
}

TEST(PlanFlights, PoolJobsFlyFromTheWaitingQueueOrTheirLine) {
  LoopState before = WithQueued(LoopState{}, Item(4, Queue::kPoolWork, 2)), after;
  after.pool.resize(2);
  after.pool[1] = trace::PoolThread{.job = 4, .label = 4, .from = {2, 1}};
  EXPECT_EQ(PlanFlights(before, after, {}),
            (std::vector<Flight>{
                {4, FlightOrigin::kQueueSlot, 0, Queue::kPoolWork, FlightTarget::kPoolThread, 4}}));
  // Queued and started within one move: it flies straight from the line to the thread.
  EXPECT_EQ(PlanFlights(LoopState{}, after, {}),
            (std::vector<Flight>{{4, FlightOrigin::kSourceLine, 2, Queue::kPoolWork,
                                  FlightTarget::kPoolThread, 4}}));
}

TEST(PlanFlights, OsOperationsFlyFromTheirLine) {
  LoopState before, after;
  after.os_ops.push_back(trace::OsOperation{.id = 3, .label = 3, .from = {6, 1}});
  EXPECT_EQ(PlanFlights(before, after, {}),
            (std::vector<Flight>{
                {3, FlightOrigin::kSourceLine, 6, Queue::kPollReady, FlightTarget::kOsIo, 3}}));
  EXPECT_TRUE(PlanFlights(before, after, {.pool = false}).empty());
}

TEST(FlightBox, StartsAtTheOriginAndLandsExactly) {
  Box from{ImVec2(10, 10), ImVec2(50, 30)}, to{ImVec2(400, 200), ImVec2(600, 230)};
  Box start = FlightBox(from, to, 0.0f), mid = FlightBox(from, to, 0.5f),
      end = FlightBox(from, to, 1.0f);
  EXPECT_FLOAT_EQ(start.min.x, 10);
  EXPECT_FLOAT_EQ(start.max.y, 30);
  EXPECT_FLOAT_EQ(end.min.x, 400);
  EXPECT_FLOAT_EQ(end.min.y, 200);
  EXPECT_FLOAT_EQ(end.max.x, 600);
  EXPECT_FLOAT_EQ(mid.min.x, 205);
  EXPECT_LT(mid.min.y, 105) << "the card rises on its way";
  EXPECT_FLOAT_EQ(mid.Width(), 120);
}

// main schedules a timer at line 2; the move from line 1 to line 3 animates its flight.
class MotionFrame : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::LogBuilder b("first();\nsetTimeout(cb, 10);\nthird();\n");
    b.Add({.value = 0, .kind = EventKind::kPhaseEnter, .phase = trace::Phase::kMain});
    b.Add({.text = b.Text("<main>"), .loc = {1, 1}, .kind = EventKind::kFramePush});
    b.Add({.value = 1, .loc = {1, 1}, .kind = EventKind::kStatement});
    from_ = b.last_step();
    b.Add({.value = 1, .loc = {2, 1}, .kind = EventKind::kStatement});
    b.Add({.item = 11,
           .value = 10'000'000,
           .text = b.Text("setTimeout 10 ms"),
           .from = {2, 1},
           .kind = EventKind::kEnqueue,
           .queue = Queue::kTimers});
    b.Add({.value = 1, .loc = {3, 1}, .kind = EventKind::kStatement});
    to_ = b.last_step();
    SetDocument(state_, b.Build(), from_);
    state_.playback.granularity = Granularity::kStatement;
  }
  // Steps to the end and draws one frame at animation progress `t`.
  void DrawAt(float t) {
    ui_ = std::make_unique<HeadlessUi>(state_);
    ui_->Frame();
    state_.commands.push_back({UiCommand::Kind::kStepForward});
    state_.commands.push_back({UiCommand::Kind::kStepForward});
    ui_->Frame();
    ASSERT_EQ(state_.playback.step, to_);
    state_.playback.anim_t = t;
    ui_->DrawOnly();
  }
  static int Vertices(const ImDrawList* list, ImU32 colour) {
    return list ? FindColour(*list, colour).vertices : 0;
  }

  AppState state_;
  size_t from_ = 0, to_ = 0;
  std::unique_ptr<HeadlessUi> ui_;
};

TEST_F(MotionFrame, MidMoveTheCardFliesAboveThePanels) {
  DrawAt(0.5f);
  ImU32 timers = VocabColour(trace::QueueColour(Queue::kTimers));
  const ImDrawList* top = ImGui::GetForegroundDrawList();
  EXPECT_GT(Vertices(top, timers), 0) << "no card in flight";
  ASSERT_EQ(state_.motion.anchors.lines.count(2), 1u) << "the flight starts at line 2";
  ASSERT_EQ(state_.motion.anchors.targets.count(11), 1u);
  float card_x = FindColour(*top, timers).min_x;
  EXPECT_GT(card_x, state_.motion.anchors.lines[2].min.x + 10) << "it has left the line";
  EXPECT_LT(card_x, state_.motion.anchors.targets[11].min.x - 10) << "it has not landed yet";
}

TEST_F(MotionFrame, AtTheEndOfTheMoveOnlyTheStepsStateShows) {
  DrawAt(0.5f);
  int queue_mid =
      Vertices(WindowDrawList("Queues###queues"), VocabColour(trace::QueueColour(Queue::kTimers)));
  state_.playback.anim_t = 1.0f;
  ui_->DrawOnly();
  ImU32 timers = VocabColour(trace::QueueColour(Queue::kTimers));
  EXPECT_EQ(Vertices(ImGui::GetForegroundDrawList(), timers), 0)
      << "nothing in flight at progress 1";
  EXPECT_GT(Vertices(WindowDrawList("Queues###queues"), timers), queue_mid)
      << "the landed chip is drawn in its queue, which the flight had kept empty";
}

}  // namespace
}  // namespace loopscope::app
