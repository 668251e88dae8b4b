// engine/scenario/library.cpp — look-up and loading of the embedded scenarios.
//
// The table itself is generated (embed_scenarios.cmake); this file only finds an entry
// and runs it through LoadFromText, then records which topic it came from.
#include "engine/scenario/library.h"

#include <string>

namespace loopscope::scenario {
namespace {

const BuiltinScenario* FindBuiltin(std::string_view id) {
  const BuiltinScenario* by_stem = nullptr;
  int stem_matches = 0;
  for (const BuiltinScenario& b : BuiltinScenarios()) {
    if (b.id == id) return &b;
    const std::string_view stem = b.id.substr(b.id.find('/') + 1);
    if (stem == id) by_stem = &b, ++stem_matches;
  }
  return stem_matches == 1 ? by_stem : nullptr;
}

}  // namespace

LoadResult LoadBuiltin(std::string_view id) {
  const BuiltinScenario* b = FindBuiltin(id);
  if (!b) {
    LoadResult missing;
    missing.errors.push_back(
        {std::string(id), 0, 0, "", "no built-in scenario has this name (see `loopscope list`)"});
    return missing;
  }
  // The path names the file as it sits in the repository, for messages and stack traces.
  LoadResult result = LoadFromText(b->json, "scenarios/" + std::string(b->id) + ".json");
  if (result.scenario) result.scenario->topic = std::string(b->topic);
  return result;
}

}  // namespace loopscope::scenario
