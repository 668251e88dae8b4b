// app/ui/motion.cpp — which items travel between two states, and the path of a flying card.
#include "app/ui/motion.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace loopscope::app {
namespace {

using trace::Queue;

// The queues a panel shows: the queues panel's six and the pool's waiting queue.
constexpr std::array<Queue, 7> kOnScreen = {Queue::kNextTick,   Queue::kMicrotask, Queue::kTimers,
                                            Queue::kImmediates, Queue::kPending,   Queue::kClose,
                                            Queue::kPoolWork};

bool PanelShown(Queue q, const MotionPanels& shown) {
  return q == Queue::kPoolWork ? shown.pool : shown.queues;
}

const trace::QueueItem* FindIn(const std::vector<trace::QueueItem>& items, uint64_t id) {
  auto it = std::find_if(items.begin(), items.end(),
                         [&](const trace::QueueItem& i) { return i.id == id; });
  return it == items.end() ? nullptr : &*it;
}

// The on-screen queue that held `id` in `s`, with the item; null when none did.
const trace::QueueItem* Queued(const trace::LoopState& s, uint64_t id, const MotionPanels& shown) {
  for (Queue q : kOnScreen)
    if (PanelShown(q, shown))
      if (const trace::QueueItem* item = FindIn(s.Items(q), id)) return item;
  return nullptr;
}

void PlanQueueArrivals(const trace::LoopState& before, const trace::LoopState& after,
                       const MotionPanels& shown, std::vector<Flight>& out) {
  for (Queue q : kOnScreen) {
    if (!PanelShown(q, shown)) continue;
    for (const trace::QueueItem& item : after.Items(q)) {
      if (FindIn(before.Items(q), item.id)) continue;
      if (Queued(before, item.id, shown))
        out.push_back({item.id, FlightOrigin::kQueueSlot, 0, q, FlightTarget::kQueue, item.label});
      else if (item.from.line > 0 && shown.source)
        out.push_back({item.id, FlightOrigin::kSourceLine, item.from.line, q, FlightTarget::kQueue,
                       item.label});
    }
  }
}

void PlanPoolAndOs(const trace::LoopState& before, const trace::LoopState& after,
                   const MotionPanels& shown, std::vector<Flight>& out) {
  if (!shown.pool) return;
  for (size_t i = 0; i < after.pool.size(); ++i) {
    const trace::PoolThread& t = after.pool[i];
    if (t.job == 0 || (i < before.pool.size() && before.pool[i].job == t.job)) continue;
    if (FindIn(before.Items(Queue::kPoolWork), t.job))
      out.push_back({t.job, FlightOrigin::kQueueSlot, 0, Queue::kPoolWork,
                     FlightTarget::kPoolThread, t.label});
    else if (t.from.line > 0 && shown.source)
      out.push_back({t.job, FlightOrigin::kSourceLine, t.from.line, Queue::kPoolWork,
                     FlightTarget::kPoolThread, t.label});
  }
  for (const trace::OsOperation& op : after.os_ops) {
    bool known = std::any_of(before.os_ops.begin(), before.os_ops.end(),
                             [&](const auto& o) { return o.id == op.id; });
    if (!known && op.from.line > 0 && shown.source)
      out.push_back({op.id, FlightOrigin::kSourceLine, op.from.line, Queue::kPollReady,
                     FlightTarget::kOsIo, op.label});
  }
}

// A callback whose frame is new and whose item sat in a queue before the move: it travels
// from its queue slot onto the stack, as a card with its queue label.
void PlanStackArrivals(const trace::LoopState& before, const trace::LoopState& after,
                       const MotionPanels& shown, std::vector<Flight>& out) {
  if (!shown.stack) return;
  for (const trace::Frame& f : after.stack) {
    if (f.item == 0) continue;
    bool known = std::any_of(before.stack.begin(), before.stack.end(),
                             [&](const auto& g) { return g.item == f.item; });
    const trace::QueueItem* was = known ? nullptr : Queued(before, f.item, shown);
    if (was && was->queue != Queue::kPoolWork)
      out.push_back(
          {f.item, FlightOrigin::kQueueSlot, 0, was->queue, FlightTarget::kStack, was->label});
  }
}

}  // namespace

std::vector<Flight> PlanFlights(const trace::LoopState& before, const trace::LoopState& after,
                                const MotionPanels& shown) {
  std::vector<Flight> flights;
  PlanQueueArrivals(before, after, shown, flights);
  PlanPoolAndOs(before, after, shown, flights);
  PlanStackArrivals(before, after, shown, flights);
  return flights;
}

const Flight* Motion::Arriving(uint64_t item) const {
  if (!Active()) return nullptr;
  auto it =
      std::find_if(flights.begin(), flights.end(), [&](const Flight& f) { return f.item == item; });
  return it == flights.end() ? nullptr : &*it;
}

bool Motion::StartsAtLine(uint32_t line) const {
  return Active() && std::any_of(flights.begin(), flights.end(), [&](const Flight& f) {
           return f.origin == FlightOrigin::kSourceLine && f.line == line;
         });
}

bool Motion::LeavesSlot(uint64_t item) const {
  return Active() && std::any_of(flights.begin(), flights.end(), [&](const Flight& f) {
           return f.origin == FlightOrigin::kQueueSlot && f.item == item;
         });
}

Box FlightBox(const Box& from, const Box& to, float t) {
  if (t >= 1.0f) return to;
  t = std::max(t, 0.0f);
  auto lerp = [t](float a, float b) { return a + (b - a) * t; };
  // An arc: the card rises while it travels, more for longer trips, never far off its path.
  float lift =
      std::sin(t * 3.14159265f) * std::min(std::fabs(to.min.x - from.min.x) * 0.1f, to.Height());
  ImVec2 min(lerp(from.min.x, to.min.x), lerp(from.min.y, to.min.y) - lift);
  ImVec2 size(lerp(from.Width(), to.Width()), lerp(from.Height(), to.Height()));
  return {min, ImVec2(min.x + size.x, min.y + size.y)};
}

}  // namespace loopscope::app
