// tests/unit/scenario/module_type_test.cpp — how a scenario selects ES modules: a `.mjs`
// program, or the "type" field (package.json's: "module" or "commonjs"), whose bad values
// are located errors.
#include <gtest/gtest.h>

#include "engine/scenario/loader.h"

namespace loopscope::scenario {
namespace {

TEST(ModuleType, MjsProgramIsAModule) {
  LoadResult r = LoadFromText("export const x = 1;", "/tmp/x.mjs");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r.scenario->is_module);
  EXPECT_FALSE(LoadFromText("1;", "/tmp/x.js").scenario->is_module);
}

TEST(ModuleType, TypeFieldSelectsEsm) {
  LoadResult r = LoadFromText(
      R"({"schema": 1, "name": "m", "type": "module", "source": "await 1;"})", "m.json");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r.scenario->is_module);
  EXPECT_EQ(r.scenario->source_name, "m.mjs");
  LoadResult cjs =
      LoadFromText(R"({"schema": 1, "name": "c", "type": "commonjs", "source": "1"})", "c.json");
  ASSERT_TRUE(cjs.ok());
  EXPECT_FALSE(cjs.scenario->is_module);
}

TEST(ModuleType, BadTypeIsALocatedError) {
  LoadResult r =
      LoadFromText(R"({"schema": 1, "name": "m", "type": "esm", "source": "1"})", "m.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.errors.front().ToString(),
            R"(m.json: error: /type: expected "module" or "commonjs", got "esm")");
}

}  // namespace
}  // namespace loopscope::scenario
