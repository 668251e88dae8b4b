// tests/unit/trace/export_test.cpp — the `--trace` JSON round trip and its located errors,
// and the Chrome trace: valid JSON, required fields on every event, slices well nested.
#include <gtest/gtest.h>

#include <cctype>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "engine/trace/checkpoints.h"
#include "engine/trace/chrome_trace.h"
#include "engine/trace/synthetic_log.h"
#include "engine/trace/trace_json.h"

namespace loopscope::trace {
namespace {

std::string ToJsonText(const StepLog& log) {
  std::ostringstream out;
  EXPECT_TRUE(WriteTraceJson(log, out));
  return out.str();
}

void ExpectSameEvents(const StepLog& a, const StepLog& b) {
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    const Event& x = a.At(i);
    const Event& y = b.At(i);
    ASSERT_EQ(x.kind, y.kind) << i;
    ASSERT_EQ(x.time_ns, y.time_ns) << i;
    ASSERT_EQ(x.item, y.item) << i;
    ASSERT_EQ(x.value, y.value) << i;
    ASSERT_EQ(a.Text(x.text), b.Text(y.text)) << i;
    ASSERT_EQ(x.loc, y.loc) << i;
    ASSERT_EQ(x.from, y.from) << i;
    ASSERT_EQ(x.phase, y.phase) << i;
    ASSERT_EQ(x.queue, y.queue) << i;
  }
}

TEST(TraceJsonTest, RoundTripsAWholeLog) {
  StepLog log = MakeSyntheticLog({.events = 20'000, .seed = 4});
  log.set_info(RunInfo{"puzzle.js", "setTimeout(() => console.log(\"a\\\"b\"));\n", 3, 2});
  const TraceLoadResult loaded = LoadTraceJson(ToJsonText(log));
  ASSERT_TRUE(loaded.log) << loaded.error;
  EXPECT_EQ(loaded.log->info(), log.info());
  EXPECT_EQ(loaded.log->PeekNextId(), log.PeekNextId());
  EXPECT_EQ(loaded.log->console_events(), log.console_events());
  ExpectSameEvents(log, *loaded.log);
  // Writing the loaded log again gives the same bytes.
  EXPECT_EQ(ToJsonText(*loaded.log), ToJsonText(log));
}

TEST(TraceJsonTest, RoundTripsTheRealClockOfALiveRun) {
  StepLog log;
  log.set_info(RunInfo{"live.js", "", 4, 2, /*real_time=*/true});
  const TraceLoadResult loaded = LoadTraceJson(ToJsonText(log));
  ASSERT_TRUE(loaded.log) << loaded.error;
  EXPECT_TRUE(loaded.log->info().real_time);
  // Version 1 documents have no clock: virtual.
  const TraceLoadResult v1 =
      LoadTraceJson(R"({"format":"loopscope-trace","version":1,"events":[]})");
  ASSERT_TRUE(v1.log) << v1.error;
  EXPECT_FALSE(v1.log->info().real_time);
  EXPECT_EQ(
      LoadTraceJson(
          R"({"format":"loopscope-trace","version":2,"program":{"clock":"wall"},"events":[]})")
          .error,
      "/program/clock: must be \"virtual\" or \"real\"");
}

// The host picks the explanation sentences (explain_browser.h); before version 8 it was Node.
TEST(TraceJsonTest, RoundTripsTheBrowserHost) {
  StepLog log;
  log.set_info(RunInfo{"page.js", "", 1, 1, false, /*browser=*/true});
  const TraceLoadResult loaded = LoadTraceJson(ToJsonText(log));
  ASSERT_TRUE(loaded.log) << loaded.error;
  EXPECT_TRUE(loaded.log->info().browser);
  const TraceLoadResult v7 =
      LoadTraceJson(R"({"format":"loopscope-trace","version":7,"events":[]})");
  ASSERT_TRUE(v7.log) << v7.error;
  EXPECT_FALSE(v7.log->info().browser);
  EXPECT_EQ(LoadTraceJson(
                R"({"format":"loopscope-trace","version":8,"program":{"host":"deno"},"events":[]})")
                .error,
            "/program/host: must be \"node\" or \"browser\"");
}

TEST(TraceJsonTest, RoundTripsATruncatedLogWithItsDropCount) {
  StepLog log(3);
  Event note;
  note.kind = EventKind::kNote;
  for (int i = 0; i < 5; ++i) log.Append(note);
  const TraceLoadResult loaded = LoadTraceJson(ToJsonText(log));
  ASSERT_TRUE(loaded.log) << loaded.error;
  EXPECT_TRUE(loaded.log->truncated());
  EXPECT_EQ(loaded.log->dropped(), 2u);
  EXPECT_EQ(loaded.log->size(), 3u);
}

TEST(TraceJsonTest, UsesTheTableNamesAndTheVersion) {
  StepLog log;
  Event e;
  e.kind = EventKind::kEnqueue;
  e.queue = Queue::kImmediates;
  e.phase = Phase::kCheck;
  e.text = log.Intern("setImmediate");
  log.Append(e);
  const auto doc = nlohmann::json::parse(ToJsonText(log));
  EXPECT_EQ(doc["format"], "loopscope-trace");
  EXPECT_EQ(doc["version"], kTraceFormatVersion);
  EXPECT_EQ(doc["events"][0]["kind"], "enqueue");
  EXPECT_EQ(doc["events"][0]["queue"], "immediates");
  EXPECT_EQ(doc["events"][0]["phase"], "check");
  EXPECT_EQ(doc["events"][0]["text"], "setImmediate");
}

TEST(TraceJsonTest, ReportsErrorsWithAJsonPointer) {
  EXPECT_NE(LoadTraceJson("{\"format\":").error.find("not valid JSON"), std::string::npos);
  EXPECT_EQ(LoadTraceJson("[]").error, ": the document must be a JSON object");
  EXPECT_EQ(LoadTraceJson(R"({"format":"other","version":1,"events":[]})").error.substr(0, 8),
            "/format:");
  EXPECT_EQ(
      LoadTraceJson(R"({"format":"loopscope-trace","version":99,"events":[]})").error.substr(0, 9),
      "/version:");
  EXPECT_EQ(
      LoadTraceJson(
          R"({"format":"loopscope-trace","version":1,"events":[{"kind":"note"},{"kind":"nope"}]})")
          .error,
      "/events/1/kind: unknown event kind \"nope\"");
  EXPECT_EQ(LoadTraceJson(
                R"({"format":"loopscope-trace","version":1,"events":[{"kind":"note","loc":[1]}]})")
                .error.substr(0, 14),
            "/events/0/loc:");
  EXPECT_EQ(LoadTraceJson(
                R"({"format":"loopscope-trace","version":1,"events":[{"kind":"note","t":"x"}]})")
                .error,
            "/events/0/t: has the wrong type");
  EXPECT_EQ(
      LoadTraceJson(
          R"({"format":"loopscope-trace","version":1,"events":[{"kind":"enqueue","queue":"q"}]})")
          .error,
      "/events/0/queue: unknown queue \"q\"");
}

TEST(TraceJsonTest, LoaderRespectsTheEventCap) {
  const StepLog log = MakeSyntheticLog({.events = 2'000, .seed = 1});
  const TraceLoadResult loaded = LoadTraceJson(ToJsonText(log), 100);
  EXPECT_FALSE(loaded.log);
  EXPECT_NE(loaded.error.find("limit"), std::string::npos);
}

TEST(ChromeTraceTest, EveryEventHasTheRequiredFieldsAndSlicesNest) {
  const StepLog log = MakeSyntheticLog({.events = 30'000, .seed = 8});
  std::ostringstream out;
  ASSERT_TRUE(WriteChromeTrace(log, out));
  const auto doc = nlohmann::json::parse(out.str());
  ASSERT_TRUE(doc["traceEvents"].is_array());
  std::map<std::string, int> by_ph;
  std::map<int, std::vector<std::pair<double, double>>> slices;  // tid -> (start, end)
  for (const auto& e : doc["traceEvents"]) {
    for (const char* key : {"ph", "ts", "pid", "tid", "name"})
      ASSERT_TRUE(e.contains(key)) << key << " in " << e.dump();
    const std::string ph = e["ph"];
    ++by_ph[ph];
    ASSERT_TRUE(ph == "X" || ph == "i" || ph == "M") << ph;  // no B/E pairs to mismatch
    if (ph == "X") {
      ASSERT_GE(e["dur"].get<double>(), 0.0);
      slices[e["tid"]].emplace_back(e["ts"].get<double>(),
                                    e["ts"].get<double>() + e["dur"].get<double>());
    }
  }
  EXPECT_GT(by_ph["X"], 1000);
  EXPECT_GT(by_ph["i"], 10);
  EXPECT_TRUE(slices.count(kChromeMainTid));
  EXPECT_TRUE(slices.count(kChromePhaseTid));
  EXPECT_TRUE(slices.count(kChromeFirstPoolTid));
  // On each track, two slices either nest or do not overlap (what Perfetto requires).
  for (auto& [tid, list] : slices) {
    std::sort(list.begin(), list.end(), [](auto& a, auto& b) {
      return a.first != b.first ? a.first < b.first : a.second > b.second;
    });
    std::vector<double> ends;
    for (const auto& [start, end] : list) {
      // Virtual nanoseconds printed as microseconds: allow the last bit of the double.
      while (!ends.empty() && ends.back() <= start + 1e-6) ends.pop_back();
      if (!ends.empty()) {
        ASSERT_LE(end, ends.back() + 1e-6) << "tid " << tid << " slice at " << start;
      }
      ends.push_back(end);
    }
  }
}

TEST(ChromeTraceTest, SlicesLeftOpenByATruncatedLogAreClosed) {
  StepLog log;
  Event e;
  e.kind = EventKind::kCallbackStart;
  e.text = log.Intern("cb");
  log.Append(e);
  e = Event{};
  e.kind = EventKind::kFramePush;
  e.time_ns = 1000;
  log.Append(e);
  e = Event{};
  e.kind = EventKind::kLimit;
  e.time_ns = 5000;
  log.Append(e);
  std::ostringstream out;
  WriteChromeTrace(log, out);
  const auto doc = nlohmann::json::parse(out.str());
  int closed = 0;
  for (const auto& ev : doc["traceEvents"]) {
    if (ev["ph"] != "X") continue;
    ++closed;
    if (ev["name"] == "cb") {
      EXPECT_EQ(ev["dur"].get<double>(), 5.0);
      EXPECT_EQ(ev["cname"], "grey");
    }
  }
  EXPECT_EQ(closed, 2);
}

}  // namespace
}  // namespace loopscope::trace

namespace loopscope::trace {
namespace {

// Damaged and hostile documents either load or fail with a message; whatever loads replays
// and exports without crashing or allocating without bound.
TEST(TraceJsonTest, DamagedDocumentsNeverCrashTheLoaderOrTheReplay) {
  const std::string good = ToJsonText(MakeSyntheticLog({.events = 3'000, .seed = 6}));
  std::mt19937_64 rng(5);
  int loaded = 0;
  for (int round = 0; round < 60; ++round) {
    std::string text = good;
    if (round % 3 == 0) text.resize(rng() % text.size());
    for (int flips = 0; flips < 3; ++flips) {
      char& c = text[rng() % text.size()];
      // Odd rounds only change digits (valid JSON, odd values); even rounds break syntax too.
      if (round % 2 == 1 && std::isdigit(static_cast<unsigned char>(c)))
        c = static_cast<char>('0' + rng() % 10);
      if (round % 2 == 0) c = "0123456789\"{}[],:-x "[rng() % 21];
    }
    const TraceLoadResult result = LoadTraceJson(text);
    if (!result.log) {
      EXPECT_FALSE(result.error.empty());
      continue;
    }
    ++loaded;
    if (result.log->empty()) continue;
    const Checkpoints checkpoints(*result.log);
    EXPECT_EQ(checkpoints.StateAt(result.log->size() - 1).step, result.log->size() - 1);
    std::ostringstream out;
    EXPECT_TRUE(WriteChromeTrace(*result.log, out));
  }
  EXPECT_GT(loaded, 0);  // some flips land in harmless places (a digit inside a number)
}

TEST(TraceJsonTest, PoolJobExpectedDurationIsNamedAndRoundTrips) {
  StepLog log;
  Event e;
  e.kind = EventKind::kPoolJobStart;
  e.item = 3;
  e.value = 1;
  SetPoolJobExpectedNs(e, 5'000'000'123);  // wider than 32 bits
  log.Append(e);
  const auto doc = nlohmann::json::parse(ToJsonText(log));
  EXPECT_EQ(doc["events"][0]["expected_ns"], 5'000'000'123);
  EXPECT_FALSE(doc["events"][0].contains("loc"))
      << "the duration is stored in loc, but not named so";
  const TraceLoadResult loaded = LoadTraceJson(ToJsonText(log));
  ASSERT_TRUE(loaded.log) << loaded.error;
  EXPECT_EQ(PoolJobExpectedNs(loaded.log->At(0)), 5'000'000'123);
  // Version 1 documents had no expected durations: they load as unknown.
  const TraceLoadResult v1 = LoadTraceJson(
      R"({"format":"loopscope-trace","version":1,"events":[{"kind":"pool_job_start","value":0,"item":1}]})");
  ASSERT_TRUE(v1.log) << v1.error;
  EXPECT_EQ(PoolJobExpectedNs(v1.log->At(0)), 0);
  EXPECT_EQ(
      LoadTraceJson(
          R"({"format":"loopscope-trace","version":2,"events":[{"kind":"pool_job_start","expected_ns":-1}]})")
          .error,
      "/events/0/expected_ns: must not be negative");
}

TEST(TraceJsonTest, HostileNumbersAreRefusedOrContained) {
  EXPECT_EQ(
      LoadTraceJson(
          R"({"format":"loopscope-trace","version":1,"program":{"pool_size":100000000},"events":[]})")
          .error,
      "/program/pool_size: must be 1..1024");
  const TraceLoadResult r = LoadTraceJson(
      R"({"format":"loopscope-trace","version":1,"events":[{"kind":"pool_job_start","value":4000000000,"item":1}]})");
  ASSERT_TRUE(r.log) << r.error;
  const LoopState s = ReplayTo(*r.log, 0);
  EXPECT_LE(s.pool.size(), static_cast<size_t>(RunInfo::kMaxPoolSize));
}

}  // namespace
}  // namespace loopscope::trace
