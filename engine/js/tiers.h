// engine/js/tiers.h — V8's tiers as far as time is concerned: which functions run hot.
//
// V8 starts every function in its interpreter (Ignition) and, once the function has spent
// its interrupt budget (FLAG_interrupt_budget, decremented by the bytecode size of every loop
// back-edge taken and of every return: src/execution/tiering-manager.cc), compiles it with
// an optimising tier, entering a hot loop by on-stack replacement. Loopscope keeps the same
// ledger per Proto (ProtoTier): each back-edge adds the loop's size in bytes of our bytecode,
// each call the callee's size; past the embedder's budget (Vm::SetTierUpBudget) the
// function's instructions count as hot steps, which the embedder charges at its optimised
// rate. The loop fast path (loop_fold.h) hangs off the same back-edge.
#pragma once

#include <cstdint>
#include <vector>

namespace loopscope::js {

struct ProtoTier {
  uint64_t heat = 0;                  // bytes of bytecode run through back-edges and calls
  bool hot = false;                   // past the tier-up budget: optimised code
  uint8_t fold_tick = 0;              // a fold is tried every 256 back-edges
  std::vector<uint32_t> never_folds;  // loops (by back-edge offset) of a shape that never folds
};

// The whole VM's counters, read by the embedder to charge time (Vm::steps() counts both).
// Hot steps are kept as spans of Runtime::steps rather than counted one by one: adding to a
// second counter on every instruction cost the dispatch loop about 5 machine instructions
// per step (GCC paired the two counters in one vector register it rebuilt after each
// instruction). HotSteps() reads the count; the dispatch loop calls SetRunningHot whenever
// the running function changes.
struct TierLedger {
  uint64_t settled_hot_steps = 0;  // instructions executed in hot functions, closed spans
  uint64_t hot_since = 0;          // Runtime::steps when the open hot span began
  bool running_hot = false;        // the span is open: the running function is hot
  uint64_t tier_ups = 0;           // functions that became hot
  uint64_t budget = UINT64_MAX;    // heat at which a function becomes hot
};

// Instructions executed in hot functions, given the Runtime's step count `steps`.
inline uint64_t HotSteps(const TierLedger& ledger, uint64_t steps) {
  return ledger.settled_hot_steps + (ledger.running_hot ? steps - ledger.hot_since : 0);
}

// The dispatch loop now runs a function that is (or is not) hot: every step counted from
// here on counts as hot (or not).
inline void SetRunningHot(TierLedger& ledger, uint64_t steps, bool hot) {
  if (hot == ledger.running_hot) return;
  if (hot)
    ledger.hot_since = steps;
  else
    ledger.settled_hot_steps += steps - ledger.hot_since;
  ledger.running_hot = hot;
}

// Native work counted as `n` steps (an index visit, a cloned object) is not an instruction
// of the hot function that called it.
inline void ExcludeFromHot(TierLedger& ledger, uint64_t n) {
  if (ledger.running_hot) ledger.hot_since += n;
}

// Interpreter::Run's span bookkeeping: a nested Run (a native calling back into JS) leaves
// the caller's hotness as it found it, whichever way it returns.
class RunningHotScope {
 public:
  RunningHotScope(TierLedger& ledger, const uint64_t& steps)
      : ledger_(ledger), steps_(steps), saved_(ledger.running_hot) {}
  ~RunningHotScope() { SetRunningHot(ledger_, steps_, saved_); }
  RunningHotScope(const RunningHotScope&) = delete;
  RunningHotScope& operator=(const RunningHotScope&) = delete;

 private:
  TierLedger& ledger_;
  const uint64_t& steps_;
  bool saved_;
};

// Adds `bytes` of heat to a function; true when that makes it hot.
inline bool AddHeat(TierLedger& ledger, ProtoTier& tier, uint64_t bytes) {
  if (tier.hot) return false;  // heat no longer matters: keep hot code's path short
  tier.heat += bytes;
  if (tier.heat < ledger.budget) return false;
  tier.hot = true;
  ++ledger.tier_ups;
  return true;
}

}  // namespace loopscope::js
