// engine/js/loop_fold.h — the loop fast path: loops that only count, or only wait on a clock,
// run in closed form.
//
// `for (let i = 0; i < 2e9; i++) {}`, `do { i++ } while (i < 1e10)` and
// `while (Date.now() - t < 1500) {}` block Node's event loop for a second or more; run
// instruction by instruction they would take Loopscope minutes. At a loop's back-edge
// PlanLoop reads one iteration of its bytecode symbolically, against the registers' current
// values: it folds only when every instruction is on a short list (register reads, register
// writes, number constants, + - ++ --, one comparison that leaves the loop, and for a clock
// loop one call `Date.now()` whose callee the embedder recognises), every value read is a
// number, every register written ends each iteration as itself plus a constant (a counter),
// a counter plus a constant (a copy: `last = i`), a constant, or itself plus a counter (a
// sum), and every count and counter value is an integer exact in doubles. Anything else — a getter,
// valueOf, a closure's variable (an Env slot), another call — runs as usual. A sum (`sum += i`)
// folds too: its additions run natively, one per iteration, so they round as the interpreter's
// would. The embedder charges the folded iterations' time at its modelled rate and records them
// (js::Hooks::OnLoopFolded, js::Hooks::SpinOnClock); the loop then resumes at its test, which runs
// for real and exits.
#pragma once

#include <cstdint>
#include <vector>

#include "engine/js/folded_loop.h"
#include "engine/js/object.h"
#include "engine/js/runtime.h"

namespace loopscope::js {

// What one iteration does to a register it writes. After n iterations a counter holds
// start + n·step; a copy holds what its source counter held at the last iteration's start,
// plus `offset`; a constant holds `value`; a sum (`sum += i`) has had the source counter plus
// `offset` added once per iteration, rounding as the interpreter rounds.
struct RegisterUpdate {
  enum class Kind : uint8_t { kCounter, kCopy, kConstant, kSum };
  Kind kind = Kind::kCounter;
  uint32_t reg = 0;
  uint32_t source = 0;  // kCopy, kSum: the counter register read
  double amount = 0;    // kCounter: the step; kCopy, kSum: the offset; kConstant: the value
};

// One iteration of a foldable loop.
struct LoopPlan {
  enum class Kind : uint8_t { kCounter, kClock };
  Kind kind = Kind::kCounter;
  uint32_t counter_reg = 0;             // kCounter: the counter the test reads
  double step = 0;                      // kCounter: what one iteration adds to it
  std::vector<RegisterUpdate> updates;  // every register the loop writes
  Value clock_fn;                       // kClock: the callee read once per iteration
  // The test, with the counter (its value at the iteration's start) or the clock read on
  // the left: the loop goes on while (x + offset <op> bound) == continue_when.
  FoldCompare op = FoldCompare::kLt;
  double offset = 0;
  double bound = 0;
  bool continue_when = true;
  uint32_t steps_per_iteration = 0;  // instructions, the back-edge included
  uint32_t steps_before_read = 0;    // kClock: instructions up to the call
};

enum class LoopVerdict : uint8_t {
  kFold,    // `plan` describes the loop
  kNotNow,  // the shape could fold but a value read now is not a plain number
  kNever,   // an instruction outside the list: this loop never folds
};

// Reads the loop whose body starts at `target` and whose back-edge (Op::kLoop) is at
// `back_edge`, with the frame's registers `regs` (register r is regs[r]) and Env `env`.
LoopVerdict PlanLoop(const Runtime& rt, const Proto& proto, uint32_t target, uint32_t back_edge,
                     const Value* regs, const Env* env, LoopPlan& plan);

// The iterations left, counting the one about to start, before the test of a counter loop
// fails; 0 when the count is not exact (too large, not an integer, never ending).
uint64_t CounterIterationsLeft(const LoopPlan& plan, double counter);

// How many iterations of `plan` from `regs` keep every register it writes an integer exact
// in doubles, where the closed form is the interpreter's own arithmetic (UINT64_MAX when it
// writes none, 0 when a start value or step is not an integer). ApplyIterations writes the
// registers as `n` iterations, n at least 1 and within that limit, leave them.
uint64_t ExactIterationLimit(const LoopPlan& plan, const Value* regs);
void ApplyIterations(const LoopPlan& plan, Value* regs, uint64_t n);

// The dispatch loop's back-edge, after the jump: heats the function (tiers.h) and every
// 256th back-edge tries to fold the loop. May change registers and the clock.
void TryFoldLoop(Runtime& rt, Frame& frame, Value* regs, uint32_t back_edge);
inline void OnBackEdge(Runtime& rt, Frame& frame, Value* regs, uint32_t back_edge,
                       uint32_t target) {
  ProtoTier& tier = frame.proto->tier;
  AddHeat(rt.tiers, tier, back_edge + 5 - target);
  if (++tier.fold_tick == 0) TryFoldLoop(rt, frame, regs, back_edge);
}

}  // namespace loopscope::js
