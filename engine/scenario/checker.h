// engine/scenario/checker.h — typed, range-checked reads from a JSON DOM that record
// located errors instead of throwing.
//
// Every read names the value by its JSON pointer and says what was expected and what was
// found ("expected an integer from 1 to 1024, got 1000000000"), so validate.cpp reads as
// a list of rules. Unknown keys get a "did you mean" for near misses.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/scenario/loader.h"

namespace loopscope::scenario {

class Checker {
 public:
  Checker(const std::string& file, std::vector<Diagnostic>& errors)
      : file_(file), errors_(errors) {}

  void Error(const std::string& pointer, std::string message);

  // Reports every key of `object` not in `known`, suggesting the nearest known key.
  void CheckKeys(const nlohmann::json& object, const std::string& pointer,
                 std::span<const std::string_view> known);

  // Each returns nullopt (after recording an error) when the value is of the wrong type
  // or out of range. `what` completes "expected ..." when the type is wrong.
  bool IsObject(const nlohmann::json& v, const std::string& pointer, std::string_view what);
  bool IsArray(const nlohmann::json& v, const std::string& pointer, std::string_view what);
  std::optional<int64_t> Integer(const nlohmann::json& v, const std::string& pointer, int64_t lo,
                                 int64_t hi);
  std::optional<double> Number(const nlohmann::json& v, const std::string& pointer, double lo,
                               double hi);
  std::optional<std::string> String(const nlohmann::json& v, const std::string& pointer,
                                    size_t max_bytes);
  std::optional<bool> Bool(const nlohmann::json& v, const std::string& pointer);

  // "a string \"4\"", "true", "an object", "-3.5": what the user wrote, for messages.
  static std::string Describe(const nlohmann::json& v);

 private:
  const std::string& file_;
  std::vector<Diagnostic>& errors_;
};

// The known key closest to `key` within a small edit distance, or empty.
std::string_view NearestKey(std::string_view key, std::span<const std::string_view> known);

// "1.5 MB" / "300 KB" / "12 bytes", for size-limit messages.
std::string HumanBytes(uint64_t bytes);

// "1048577 bytes; the limit is 1 MB": the exact size, since a value just over a limit
// would round to the limit itself.
std::string OverLimit(uint64_t actual, uint64_t limit);

}  // namespace loopscope::scenario
