// engine/scenario/validate_browser.cpp — the scenario fields of the browser host.
//
// "host" picks the runtime ("node", the default, or "browser": docs/browser.md) and
// "browser" holds what only the browser host uses: scripted user clicks. Errors are located
// by JSON pointer like the rest of the format (docs/scenario-format.md).
#include <array>
#include <string_view>

#include "engine/scenario/validate.h"

namespace loopscope::scenario {
namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 1> kBrowserKeys = {"clicks"};
constexpr std::array<std::string_view, 2> kClickKeys = {"at_ms", "target"};
constexpr size_t kMaxClicks = 1000;
constexpr size_t kMaxIdBytes = 200;

void ReadClick(const json& v, const std::string& ptr, Checker& check, UserClick& out) {
  if (!check.IsObject(v, ptr, "an object like {\"at_ms\": 50, \"target\": \"button\"}")) return;
  check.CheckKeys(v, ptr, kClickKeys);
  if (auto it = v.find("at_ms"); it != v.end()) {
    if (auto d = check.Number(*it, ptr + "/at_ms", 0, kMaxDurationMs)) out.at_ms = *d;
  } else {
    check.Error(ptr + "/at_ms", "missing: when the user clicks, in virtual milliseconds");
  }
  if (auto it = v.find("target"); it != v.end()) {
    if (auto s = check.String(*it, ptr + "/target", kMaxIdBytes)) out.target = std::move(*s);
  } else {
    check.Error(ptr + "/target", "missing: the id of the element the user clicks");
  }
}

}  // namespace

void ReadBrowserFields(const json& root, Checker& check, Scenario& out) {
  if (auto it = root.find("host"); it != root.end()) {
    if (auto s = check.String(*it, "/host", 16)) {
      if (*s == "node")
        out.host = Host::kNode;
      else if (*s == "browser")
        out.host = Host::kBrowser;
      else
        check.Error("/host", "expected \"node\" or \"browser\", got \"" + *s + "\"");
    }
  }
  auto it = root.find("browser");
  if (it == root.end()) return;
  if (!check.IsObject(*it, "/browser", "an object like {\"clicks\": [...]}")) return;
  check.CheckKeys(*it, "/browser", kBrowserKeys);
  auto clicks = it->find("clicks");
  if (clicks == it->end()) return;
  if (!check.IsArray(*clicks, "/browser/clicks", "an array of clicks")) return;
  if (clicks->size() > kMaxClicks) {
    check.Error("/browser/clicks", "at most " + std::to_string(kMaxClicks) + " clicks");
    return;
  }
  for (size_t i = 0; i < clicks->size(); ++i)
    ReadClick((*clicks)[i], "/browser/clicks/" + std::to_string(i), check,
              out.user_clicks.emplace_back());
}

}  // namespace loopscope::scenario
