// tests/unit/js/structured_clone_test.cpp — the engine's structured clone core
// (engine/js/structured_clone.h) without the Node layer: a large graph copied with a
// collection every few allocations (a copy or an original left unrooted would be freed and
// the output or AddressSanitizer would show it), and the uncloneable report the host turns
// into a DataCloneError. The program and its node-recorded output are the Node layer's
// golden pair tests/unit/node/programs/structured_clone_graph.{js,expected}.
#include "engine/js/structured_clone.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "engine/js/runtime.h"
#include "tests/support/files.h"
#include "tests/unit/js/test_host.h"

namespace loopscope::js::testing {
namespace {

namespace fs = std::filesystem;

// `clone(v)`: the core, with the uncloneable text thrown as a plain Error.
void InstallClone(TestHost& host) {
  Vm& vm = host.vm();
  vm.Set(vm.global(), "clone", vm.NewFunction("clone", 1, [](NativeCall& call) {
    Value out;
    std::string uncloneable;
    Completion c = StructuredClone(call.vm.runtime(), call.Arg(0), out, uncloneable);
    if (!c.ok()) return c;
    if (!uncloneable.empty())
      return Completion{Completion::Type::kThrow,
                        call.vm.MakeError(ErrorType::kError, uncloneable)};
    return Completion{Completion::Type::kNormal, out};
  }));
}

TEST(StructuredClone, GraphSurvivesCollectionsDuringTheCopy) {
  fs::path dir = fs::path(LOOPSCOPE_SOURCE_DIR) / "tests/unit/node/programs";
  nlohmann::json expected =
      nlohmann::json::parse(loopscope::testing::ReadFile(dir / "structured_clone_graph.expected"));
  std::string expected_text;
  for (const auto& line : expected["stdout"]) expected_text += line.get<std::string>() + "\n";
  TestHost host;
  host.vm().SetGcInterval(16);
  InstallClone(host);
  host.Run(loopscope::testing::ReadFile(dir / "structured_clone_graph.js"));
  EXPECT_EQ(host.out + host.errors, expected_text);
}

TEST(StructuredClone, ReportsTheFirstUncloneableValue) {
  TestHost host;
  InstallClone(host);
  host.Run(
      "for (const v of [{ a: [1, new WeakSet()] }, new Map([[1, () => 1]]), Symbol('s')]) {\n"
      "  try { clone(v); } catch (e) { console.log(e.message); }\n"
      "}\n");
  EXPECT_EQ(host.out,
            "#<WeakSet> could not be cloned.\n"
            "function () { [code] } could not be cloned.\n"
            "Symbol(s) could not be cloned.\n");
}

}  // namespace
}  // namespace loopscope::js::testing
