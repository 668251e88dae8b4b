// tools/calibrate-costs.js — measures what main-thread work costs Node on this machine and
// writes engine/node/cost_table.h (the cost model's defaults: engine/node/clock.h).
//
// Every figure comes from microbenchmarks run in fresh `node` processes (so V8's tiering
// starts cold each time), each the fastest of several runs (a shared machine only ever makes
// a run slower). What is measured, and how it maps to Loopscope's instructions:
//   - interpreted step: the per-iteration slope of `for (let i = 0; i < N; i++) {}` for N
//     below the tier-up point, divided by the loop's 12 Loopscope instructions;
//   - optimised step: the same slope between 2e7 and 1e8 iterations (TurboFan after OSR);
//   - tier-up budget: the smallest N for which V8 marks the loop's function for optimisation
//     (--trace-opt, deterministic: V8 counts bytecode, not time), times the loop's 48 bytes of
//     Loopscope bytecode, since engine/js/tiers.h heats a function by its own bytecode size;
//   - tier-up cost: what a loop just past that point costs beyond the two rates;
//   - clock read: the hot slope of a loop calling Date.now(), less the empty loop's.
// Usage: node tools/calibrate-costs.js [OUTPUT]   (tools/calibrate-costs.sh wraps it)
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const kLoopSteps = 12;  // `for (let i = 0; i < N; i++) {}`: instructions per iteration
const kLoopBytes = 48;  // ... and bytes of bytecode from the test to the back-edge's end
const kRuns = Number(process.env.CALIBRATE_RUNS || 7);

// Runs `body` (which reads N) in a fresh node and returns the fastest time in ns.
function timeLoop(body, n, flags = []) {
  const src = `const N = ${n}; const t0 = process.hrtime.bigint(); ${body};
    const t1 = process.hrtime.bigint(); console.log(String(t1 - t0));`;
  let best = Infinity;
  for (let r = 0; r < kRuns; r++) {
    const out = execFileSync(process.execPath, [...flags, '-e', src], { encoding: 'utf8' });
    best = Math.min(best, Number(out.trim()));
  }
  return best;
}

const kEmpty = 'for (let i = 0; i < N; i++) {}';
const kClock = 'let s = 0; for (let i = 0; i < N; i++) { s += Date.now(); }';

function marksForOptimisation(n) {
  const src = `(function f() { for (let i = 0; i < ${n}; i++) {} })();`;
  const out = execFileSync(process.execPath, ['--trace-opt', '-e', src], { encoding: 'utf8' });
  return /marking .* for optimization|OSR - compilation started/.test(out);
}

function tierUpIterations() {
  let lo = 100, hi = 1_000_000;  // !marks(lo), marks(hi)
  if (!marksForOptimisation(hi)) throw new Error('V8 never tiered the loop up');
  while (hi - lo > 50) {
    const mid = Math.floor((lo + hi) / 2);
    if (marksForOptimisation(mid)) hi = mid; else lo = mid;
  }
  return hi;
}

const tierUp = tierUpIterations();
const coldA = Math.floor(tierUp / 8), coldB = Math.floor(tierUp / 2);
const coldNs = (timeLoop(kEmpty, coldB) - timeLoop(kEmpty, coldA)) / (coldB - coldA);
const hotNs = (timeLoop(kEmpty, 1e8) - timeLoop(kEmpty, 2e7)) / 8e7;
const knee = 4 * tierUp;
const tierUpNs = Math.max(0, timeLoop(kEmpty, knee) - timeLoop(kEmpty, 1) -
                              tierUp * coldNs - (knee - tierUp) * hotNs);
const clockNs = Math.max(1, (timeLoop(kClock, 4e6) - timeLoop(kClock, 1e6)) / 3e6 - hotNs);

const cpu = (os.cpus()[0] || { model: 'unknown' }).model.trim();
const machine = `${os.cpus().length} x ${cpu}, ${os.arch()}`;
const table = {
  interpreted_step_ps: Math.round((coldNs / kLoopSteps) * 1000),
  optimised_step_ps: Math.max(1, Math.round((hotNs / kLoopSteps) * 1000)),
  tier_up_budget_bytes: tierUp * kLoopBytes,
  tier_up_ns: Math.round(tierUpNs),
  clock_read_ns: Math.round(clockNs),
};
const header = `// engine/node/cost_table.h — what main-thread work costs Node 20 on this project's machine.
//
// Written by tools/calibrate-costs.js (run it with tools/calibrate-costs.sh): microbenchmarks
// under \`node\`, each in a fresh process, the fastest of several runs. CostModel (clock.h)
// takes its defaults from here; docs/engine.md ("The cost model") says what each figure
// means and how far the model is from Node. Do not edit by hand: run the tool again.
// Measured: ${new Date().toISOString().slice(0, 10)}; V8 tiered the empty loop up after ${tierUp} iterations.
#pragma once

#include <cstdint>

namespace loopscope::node {

struct CostTable {
  const char* node_version;
  const char* machine;
  int64_t interpreted_step_ps;    // one Loopscope instruction, run by Ignition/Sparkplug
  int64_t optimised_step_ps;      // one Loopscope instruction, run by TurboFan (after OSR)
  uint64_t tier_up_budget_bytes;  // heat (js/tiers.h) at which a function is optimised
  int64_t tier_up_ns;             // main-thread cost of tiering one function up
  int64_t clock_read_ns;          // Date.now(), performance.now() or process.hrtime()
};

// clang-format off
inline constexpr CostTable kCostTable = {
  "${process.version}", "${machine.replace(/"/g, "'")}",
  /*interpreted_step_ps=*/${table.interpreted_step_ps}, /*optimised_step_ps=*/${table.optimised_step_ps},
  /*tier_up_budget_bytes=*/${table.tier_up_budget_bytes}, /*tier_up_ns=*/${table.tier_up_ns},
  /*clock_read_ns=*/${table.clock_read_ns},
};
// clang-format on

}  // namespace loopscope::node
`;
const out = process.argv[2] ||
    path.join(__dirname, '..', 'engine', 'node', 'cost_table.h');
fs.writeFileSync(out, header);
console.log(JSON.stringify({ tierUp, coldNs, hotNs, tierUpNs, clockNs, ...table }, null, 1));
console.log(`wrote ${out}`);
