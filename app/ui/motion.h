// app/ui/motion.h — what travels between panels while the player animates a move: a
// callback flying from the source line that scheduled it into its queue, from its queue
// onto the call stack when it starts, a job from the pool's waiting queue onto a thread.
//
// PlanFlights compares the state shown before a move with the state after it (pure, tested
// in tests/gui/motion_test.cpp). During the frame the panels record where the flights start
// and land (MotionAnchors) and hide what is still in the air; motion_overlay.cpp then draws
// the flying cards above every panel. At animation progress 1 nothing flies, so a finished
// move (and every screenshot) shows exactly the step's state.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "engine/trace/loop_state.h"

namespace loopscope::app {

enum class FlightOrigin : uint8_t { kSourceLine, kQueueSlot };
enum class FlightTarget : uint8_t { kQueue, kStack, kPoolThread, kOsIo };

struct Flight {
  uint64_t item = 0;  // the queue item / job / operation id, as the panels key it
  FlightOrigin origin = FlightOrigin::kSourceLine;
  uint32_t line = 0;                             // kSourceLine: the statement that scheduled it
  trace::Queue queue = trace::Queue::kNextTick;  // the queue it is in (kQueue) or came from
  FlightTarget target = FlightTarget::kQueue;
  uint32_t label = 0;  // string index: the card's text
  bool operator==(const Flight&) const = default;
};

// Which panels are on screen: a flight needs both its ends visible.
struct MotionPanels {
  bool source = true, queues = true, stack = true, pool = true;
};

std::vector<Flight> PlanFlights(const trace::LoopState& before, const trace::LoopState& after,
                                const MotionPanels& shown);

// A screen rectangle.
struct Box {
  ImVec2 min, max;
  float Width() const { return max.x - min.x; }
  float Height() const { return max.y - min.y; }
};

// Screen rectangles, recorded by the panels during the frame.
struct MotionAnchors {
  std::unordered_map<uint32_t, Box> lines;    // source lines flights start from
  std::unordered_map<uint64_t, Box> origins;  // queue slots items left (before the move)
  std::unordered_map<uint64_t, Box> targets;  // where items are now
};

// The motion of one frame: the plan, the progress, and the anchors being filled in.
struct Motion {
  std::vector<Flight> flights;
  float t = 1.0f;  // eased animation progress
  MotionAnchors anchors;

  bool Active() const { return t < 1.0f && !flights.empty(); }
  // The flight landing on `item`, or null; panels draw such items only once it has landed.
  const Flight* Arriving(uint64_t item) const;
  // True when a flight starts at source line `line` (the source panel records its rect).
  bool StartsAtLine(uint32_t line) const;
  // True when a flight starts at the slot `item` had in `queue` before the move.
  bool LeavesSlot(uint64_t item) const;
};

// Where a card is at progress t (0..1) on its way from `from` to `to`: position and size
// interpolate, with a slight lift so crossing cards stay apart; exactly `to` at t = 1.
Box FlightBox(const Box& from, const Box& to, float t);

}  // namespace loopscope::app
