// tests/bench/interpreter_bench.cpp — the language engine alone (engine/js, no Node layer):
// bytecode instructions per second on small programs that stress one thing each —
// arithmetic in a loop, property access and method calls, closures, and array building.
// Each iteration compiles and runs the program in a fresh Vm, as a simulation does.
// Counter: steps_per_second (Vm::steps(), one per bytecode instruction), per wall second.
// Run: loopscope_bench --benchmark_filter=Interpreter
#include <benchmark/benchmark.h>

#include <string>

#include "engine/js/vm.h"

namespace loopscope::js {
namespace {

// The embedder hooks all have do-nothing defaults; the benchmark needs none of them.
class QuietHooks final : public Hooks {};

void RunProgram(benchmark::State& state, const std::string& source) {
  uint64_t steps = 0;
  for (auto _ : state) {
    QuietHooks hooks;
    Vm vm(hooks);
    CompileResult compiled = vm.Compile(source, "bench.js");
    if (!compiled.script) {
      state.SkipWithError("the benchmark program does not compile");
      return;
    }
    Completion done = vm.RunScript(compiled.script);
    if (done.threw() || done.terminated()) {
      state.SkipWithError("the benchmark program did not run to the end");
      return;
    }
    steps += vm.steps();
  }
  state.counters["steps_per_second"] =
      benchmark::Counter(static_cast<double>(steps), benchmark::Counter::kIsRate);
}

void InterpreterArithmeticLoop(benchmark::State& state) {
  RunProgram(state,
             "let s = 0;\n"
             "for (let i = 0; i < 1000000; i++) s = (s + i * 3) % 1000003;\n");
}
BENCHMARK(InterpreterArithmeticLoop)->Unit(benchmark::kMillisecond)->UseRealTime();

void InterpreterPropertiesAndCalls(benchmark::State& state) {
  RunProgram(state,
             "class Point {\n"
             "  constructor(x, y) { this.x = x; this.y = y; }\n"
             "  add(o) { return new Point(this.x + o.x, this.y + o.y); }\n"
             "}\n"
             "let p = new Point(0, 0);\n"
             "const step = { x: 1, y: 2 };\n"
             "for (let i = 0; i < 200000; i++) p = p.add(step);\n");
}
BENCHMARK(InterpreterPropertiesAndCalls)->Unit(benchmark::kMillisecond)->UseRealTime();

void InterpreterClosures(benchmark::State& state) {
  RunProgram(state,
             "function counter() { let n = 0; return () => ++n; }\n"
             "let total = 0;\n"
             "for (let i = 0; i < 20000; i++) {\n"
             "  const next = counter();\n"
             "  for (let j = 0; j < 10; j++) total += next();\n"
             "}\n");
}
BENCHMARK(InterpreterClosures)->Unit(benchmark::kMillisecond)->UseRealTime();

void InterpreterArrays(benchmark::State& state) {
  RunProgram(state,
             "const a = [];\n"
             "for (let i = 0; i < 200000; i++) a.push(i);\n"
             "let sum = 0;\n"
             "for (const v of a) sum += v;\n"
             "const doubled = a.map((v) => v * 2).filter((v) => v % 3 === 0);\n");
}
BENCHMARK(InterpreterArrays)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace loopscope::js
