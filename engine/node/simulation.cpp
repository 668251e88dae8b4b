// engine/node/simulation.cpp — the Node layer's entry points (see simulation.h).
#include "engine/node/simulation.h"

#include "engine/node/process.h"

namespace loopscope::node {

RunResult Simulate(const scenario::Scenario& scenario, const RunOptions& options) {
  Process process(scenario, options);
  return process.Run();
}

namespace {
// Collects nothing: compiling needs no embedder behaviour.
class SilentHooks final : public js::Hooks {};
}  // namespace

std::vector<std::string> CheckProgram(const scenario::Scenario& scenario) {
  SilentHooks hooks;
  js::Vm vm(hooks);
  js::CompileResult compiled = vm.Compile(scenario.source, scenario.source_name);
  std::vector<std::string> errors;
  for (const js::Diagnostic& d : compiled.diagnostics) {
    errors.push_back(d.file + ":" + std::to_string(d.loc.line) + ":" + std::to_string(d.loc.col) +
                     ": error: " + d.message);
  }
  return errors;
}

}  // namespace loopscope::node
