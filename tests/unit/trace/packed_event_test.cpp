// tests/unit/trace/packed_event_test.cpp — the step log's 28-byte records: every field comes
// back exactly, values too wide for a record (huge times, ids, locations, values) go whole to
// the side table, a far due time is kept relative to the event's time, and a folded statement
// whose repeat count outgrows 32 bits is still counted exactly.
#include "engine/trace/packed_event.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <vector>

#include "engine/trace/step_log.h"

namespace loopscope::trace {
namespace {

Event Full() {
  Event e;
  e.time_ns = 123'456'789;
  e.item = 77;
  e.value = -5;
  e.text = 9;
  e.loc = Loc{1200, 34};
  e.from = Loc{3, 4095};
  e.kind = EventKind::kFrameResume;
  e.phase = Phase::kCheck;
  e.queue = Queue::kPollReady;
  return e;
}

bool SameEvent(const Event& a, const Event& b) {
  return a.time_ns == b.time_ns && a.item == b.item && a.value == b.value && a.text == b.text &&
         a.loc == b.loc && a.from == b.from && a.kind == b.kind && a.phase == b.phase &&
         a.queue == b.queue;
}

TEST(PackedEventTest, RoundTripsEveryField) {
  PackedEvent p;
  ASSERT_TRUE(PackEvent(Full(), &p));
  EXPECT_FALSE(p.escaped());
  EXPECT_TRUE(SameEvent(UnpackEvent(p), Full()));
}

TEST(PackedEventTest, MicrotaskJobIdsKeepTheirNamespaceBit) {
  for (uint64_t item : {(uint64_t{1} << 48) | 5, (uint64_t{1} << 48) | ((uint64_t{1} << 31) - 1),
                        (uint64_t{1} << 31) - 1}) {
    Event e = Full();
    e.item = item;
    PackedEvent p;
    ASSERT_TRUE(PackEvent(e, &p)) << item;
    EXPECT_EQ(UnpackEvent(p).item, item);
  }
}

TEST(PackedEventTest, NegativeTimesAndTheEndsOf48BitsRoundTrip) {
  for (int64_t t : {int64_t{-1}, -(int64_t{1} << 47), (int64_t{1} << 47) - 1}) {
    Event e = Full();
    e.time_ns = t;
    PackedEvent p;
    ASSERT_TRUE(PackEvent(e, &p)) << t;
    EXPECT_EQ(UnpackEvent(p).time_ns, t);
  }
}

TEST(PackedEventTest, AFarDueTimeIsStoredRelativeToTheEvent) {
  Event e = Full();
  e.kind = EventKind::kEnqueue;
  e.time_ns = 40'000'000'000;  // 40 s of virtual time
  e.value = 42'000'000'000;    // due 2 s later: no int32 as such, an int32 as a distance
  PackedEvent p;
  ASSERT_TRUE(PackEvent(e, &p));
  EXPECT_TRUE(SameEvent(UnpackEvent(p), e));
}

TEST(PackedEventTest, RefusesWhatDoesNotFit) {
  const auto refuses = [](auto change) {
    Event e = Full();
    change(e);
    PackedEvent p;
    return !PackEvent(e, &p);
  };
  EXPECT_TRUE(refuses([](Event& e) { e.time_ns = int64_t{1} << 47; }));
  EXPECT_TRUE(refuses([](Event& e) { e.item = uint64_t{1} << 31; }));
  EXPECT_TRUE(refuses([](Event& e) { e.item = uint64_t{1} << 49; }));
  EXPECT_TRUE(refuses([](Event& e) { e.item = (uint64_t{1} << 48) | (uint64_t{1} << 31); }));
  EXPECT_TRUE(refuses([](Event& e) { e.loc.line = 1u << 20; }));
  EXPECT_TRUE(refuses([](Event& e) { e.from.col = 4096; }));
  EXPECT_TRUE(refuses([](Event& e) { e.value = std::numeric_limits<int64_t>::min(); }));
  EXPECT_TRUE(refuses([](Event& e) { e.value = std::numeric_limits<int64_t>::max(); }));
  EXPECT_TRUE(refuses([](Event& e) { e.value = int64_t{1} << 40; }));
}

TEST(PackedEventTest, TheLogKeepsWideEventsWholeBesideNarrowOnes) {
  StepLog log;
  std::vector<Event> wide;
  for (int i = 0; i < 5; ++i) {
    Event narrow = Full();
    narrow.item = static_cast<uint64_t>(i);
    Event big = Full();
    big.kind = EventKind::kPoolJobStart;
    SetPoolJobExpectedNs(big, int64_t{1} << 45);  // a long job: loc holds 64 bits
    big.item = (uint64_t{1} << 40) + static_cast<uint64_t>(i);
    big.value = std::numeric_limits<int64_t>::max() - i;
    ASSERT_TRUE(log.Append(narrow));
    ASSERT_TRUE(log.Append(big));
    wide.push_back(big);
  }
  ASSERT_EQ(log.size(), 10u);
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(log.At(static_cast<size_t>(2 * i)).item, static_cast<uint64_t>(i));
    EXPECT_TRUE(SameEvent(log.At(static_cast<size_t>(2 * i + 1)), wide[static_cast<size_t>(i)]));
    EXPECT_EQ(PoolJobExpectedNs(log.At(static_cast<size_t>(2 * i + 1))), int64_t{1} << 45);
    EXPECT_EQ(log.KindAt(static_cast<size_t>(2 * i + 1)), EventKind::kPoolJobStart);
  }
}

TEST(PackedEventTest, AFoldedRepeatCountPast32BitsStaysExact) {
  StepLog log;
  Event s;
  s.kind = EventKind::kStatement;
  s.loc = Loc{7, 1};
  s.value = int64_t{3} << 30;
  ASSERT_TRUE(log.Append(s));
  ASSERT_TRUE(log.Append(s));  // folds: 2^31 + 2^32 no longer fits the record
  ASSERT_TRUE(log.Append(s));
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log.At(0).value, int64_t{9} << 30);
  EXPECT_EQ(log.At(0).loc, (Loc{7, 1}));
}

}  // namespace
}  // namespace loopscope::trace
