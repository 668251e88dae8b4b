// engine/scenario/checker.cpp — the typed reads and messages behind validate.cpp.
//
// Numbers are compared as doubles after a finiteness check, so 1e308, -0 and integers
// beyond int64 all land in the same "expected ... got ..." message instead of wrapping.
#include "engine/scenario/checker.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <utility>

#include "engine/scenario/json_text.h"

namespace loopscope::scenario {
namespace {

using nlohmann::json;

// Levenshtein distance, small strings only (keys), two rows of memory.
size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t substitute = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, substitute});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string FormatNumber(double v) {
  std::ostringstream out;
  out.precision(15);
  out << v;
  return out.str();
}

std::string Truncated(const std::string& s, size_t max_chars) {
  return s.size() <= max_chars ? s : s.substr(0, max_chars) + "...";
}

}  // namespace

void Checker::Error(const std::string& pointer, std::string message) {
  errors_.push_back({file_, 0, 0, pointer, std::move(message)});
}

void Checker::CheckKeys(const json& object, const std::string& pointer,
                        std::span<const std::string_view> known) {
  for (const auto& [key, value] : object.items()) {
    if (std::find(known.begin(), known.end(), key) != known.end()) continue;
    std::string message = "unknown key \"" + Truncated(key, 60) + "\"";
    if (const std::string_view near = NearestKey(key, known); !near.empty())
      message += "; did you mean \"" + std::string(near) + "\"?";
    else {
      message += "; allowed here:";
      for (size_t i = 0; i < known.size(); ++i) message += (i ? ", " : " ") + std::string(known[i]);
    }
    Error(AppendPointer(pointer, key), std::move(message));
  }
}

bool Checker::IsObject(const json& v, const std::string& pointer, std::string_view what) {
  if (v.is_object()) return true;
  Error(pointer, "expected " + std::string(what) + ", got " + Describe(v));
  return false;
}

bool Checker::IsArray(const json& v, const std::string& pointer, std::string_view what) {
  if (v.is_array()) return true;
  Error(pointer, "expected " + std::string(what) + ", got " + Describe(v));
  return false;
}

std::optional<int64_t> Checker::Integer(const json& v, const std::string& pointer, int64_t lo,
                                        int64_t hi) {
  const std::string expected = "expected an integer from " + std::to_string(lo) + " to " +
                               std::to_string(hi) + ", got " + Describe(v);
  if (!v.is_number()) return Error(pointer, expected), std::nullopt;
  const double d = v.get<double>();
  if (!std::isfinite(d) || d != std::floor(d) || d < static_cast<double>(lo) ||
      d > static_cast<double>(hi))
    return Error(pointer, expected), std::nullopt;
  return static_cast<int64_t>(d);
}

std::optional<double> Checker::Number(const json& v, const std::string& pointer, double lo,
                                      double hi) {
  const std::string expected = "expected a number from " + FormatNumber(lo) + " to " +
                               FormatNumber(hi) + ", got " + Describe(v);
  if (!v.is_number()) return Error(pointer, expected), std::nullopt;
  const double d = v.get<double>();
  if (!std::isfinite(d) || d < lo || d > hi) return Error(pointer, expected), std::nullopt;
  return d;
}

std::optional<std::string> Checker::String(const json& v, const std::string& pointer,
                                           size_t max_bytes) {
  if (!v.is_string()) return Error(pointer, "expected a string, got " + Describe(v)), std::nullopt;
  const auto& s = v.get_ref<const std::string&>();
  if (s.size() > max_bytes) {
    Error(pointer, "too long: " + OverLimit(s.size(), max_bytes));
    return std::nullopt;
  }
  return s;
}

std::optional<bool> Checker::Bool(const json& v, const std::string& pointer) {
  if (!v.is_boolean())
    return Error(pointer, "expected true or false, got " + Describe(v)), std::nullopt;
  return v.get<bool>();
}

std::string Checker::Describe(const json& v) {
  switch (v.type()) {
    case json::value_t::null:
      return "null";
    case json::value_t::boolean:
      return v.get<bool>() ? "true" : "false";
    case json::value_t::string:
      return "a string \"" + Truncated(v.get<std::string>(), 40) + "\"";
    case json::value_t::object:
      return "an object";
    case json::value_t::array:
      return "an array";
    case json::value_t::number_integer:
      return std::to_string(v.get<int64_t>());
    case json::value_t::number_unsigned:
      return std::to_string(v.get<uint64_t>());
    case json::value_t::number_float:
      return FormatNumber(v.get<double>());
    default:
      return "a binary value";
  }
}

std::string_view NearestKey(std::string_view key, std::span<const std::string_view> known) {
  std::string_view best;
  size_t best_distance = std::max<size_t>(2, key.size() / 3) + 1;
  for (const std::string_view candidate : known) {
    const size_t d = EditDistance(key, candidate);
    if (d < best_distance) best = candidate, best_distance = d;
  }
  return best;
}

std::string OverLimit(uint64_t actual, uint64_t limit) {
  return std::to_string(actual) + " bytes; the limit is " + HumanBytes(limit);
}

std::string HumanBytes(uint64_t bytes) {
  if (bytes >= 1024 * 1024)
    return FormatNumber(std::round(bytes * 10.0 / (1024 * 1024)) / 10) + " MB";
  if (bytes >= 1024) return FormatNumber(std::round(bytes * 10.0 / 1024) / 10) + " KB";
  return std::to_string(bytes) + " bytes";
}

}  // namespace loopscope::scenario
