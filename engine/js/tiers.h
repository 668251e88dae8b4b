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
struct TierLedger {
  uint64_t hot_steps = 0;        // instructions executed in hot functions
  uint64_t tier_ups = 0;         // functions that became hot
  uint64_t budget = UINT64_MAX;  // heat at which a function becomes hot
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
