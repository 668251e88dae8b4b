// engine/scenario/validate_browser.cpp — the scenario fields of the browser host.
//
// "host" picks the runtime ("node", the default, or "browser": docs/browser.md) and
// "browser" holds what only the browser host uses: scripted user clicks and the routes of
// the page's simulated server (what fetch reaches). Errors are located by JSON pointer like
// the rest of the format (docs/scenario-format.md).
#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "engine/scenario/http_status.h"
#include "engine/scenario/validate.h"

namespace loopscope::scenario {
namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 2> kBrowserKeys = {"clicks", "routes"};
constexpr std::array<std::string_view, 2> kClickKeys = {"at_ms", "target"};
constexpr std::array<std::string_view, 7> kRouteKeys = {"status", "headers",    "body",   "json",
                                                        "echo",   "latency_ms", "methods"};
// A method's answer (browser.routes/PATH/methods/METHOD): a route's fields but "methods".
constexpr std::array<std::string_view, 6> kAnswerKeys = {"status", "headers", "body",
                                                         "json",   "echo",    "latency_ms"};
constexpr size_t kMaxMethods = 16;
constexpr size_t kMaxMethodBytes = 32;
// The oracle serves the page itself at these paths (tools/browser-oracle/sim_server.py).
constexpr std::array<std::string_view, 2> kReservedPaths = {"/page.html", "/program.js"};
constexpr size_t kMaxClicks = 1000;
constexpr size_t kMaxIdBytes = 200;
constexpr size_t kMaxRoutes = 200;
constexpr size_t kMaxHeaders = 32;
constexpr size_t kMaxHeaderBytes = 1000;
constexpr size_t kMaxPathBytes = 200;
constexpr size_t kMaxBodyBytes = 1024 * 1024;

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

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// A key as a JSON pointer token (RFC 6901: "~" is "~0", "/" is "~1").
std::string EscapePointer(std::string_view key) {
  std::string out;
  for (char c : key) out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
  return out;
}

// A path the page can fetch: "/" and visible ASCII, no query or fragment (the model matches
// paths exactly).
bool ValidPath(std::string_view path) {
  if (path.empty() || path.front() != '/') return false;
  for (char c : path)
    if (c <= ' ' || c > '~' || c == '?' || c == '#') return false;
  return true;
}

// An HTTP header name (RFC 9110 token, as far as routes need) and a value without line breaks.
bool ValidHeaderName(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
      return false;
  return true;
}
bool ValidHeaderValue(std::string_view value) {
  for (char c : value)
    if (c < ' ' || c > '~') return false;
  return true;
}

void ReadHeaders(const json& v, const std::string& ptr, Checker& check, Route& out) {
  if (!check.IsObject(v, ptr, "an object like {\"Content-Type\": \"text/plain\"}")) return;
  if (v.size() > kMaxHeaders) {
    check.Error(ptr, "at most " + std::to_string(kMaxHeaders) + " headers");
    return;
  }
  for (const auto& [name, value] : v.items()) {
    const std::string at = ptr + "/" + name;
    if (!ValidHeaderName(name) || EqualsIgnoreCase(name, "content-length")) {
      check.Error(at,
                  "not a header a route may set (letters, digits and '-'; the server sets "
                  "Content-Length itself)");
      continue;
    }
    std::optional<std::string> text = check.String(value, at, kMaxHeaderBytes);
    if (!text) continue;
    if (!ValidHeaderValue(*text)) {
      check.Error(at, "a header value is visible ASCII text, without line breaks");
      continue;
    }
    // A plain reference: clang before 16 cannot capture a structured binding in a lambda.
    const std::string& header = name;
    std::erase_if(out.headers, [&](const auto& h) { return EqualsIgnoreCase(h.first, header); });
    out.headers.emplace_back(name, std::move(*text));
  }
}

// A method as the page sends it (an RFC 9110 token; fetch upper-cases the standard ones).
bool ValidMethod(std::string_view method) {
  if (method.empty() || method.size() > kMaxMethodBytes) return false;
  for (char c : method)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
  return true;
}

// What the server answers (a route, or one method's answer in its "methods"): status, body or
// json or echo, headers, latency.
void ReadAnswer(const json& v, const std::string& ptr, Checker& check, Route& out) {
  if (auto it = v.find("status"); it != v.end()) {
    if (auto n = check.Integer(*it, ptr + "/status", 100, 599)) {
      if (HttpReasonPhrase(static_cast<int>(*n)).empty())
        check.Error(ptr + "/status", "status " + std::to_string(*n) +
                                         " is not modelled (200, 201, 202, 400, 401, 403, 404, "
                                         "409, 410, 429, 500, 502, 503 or 504)");
      else
        out.status = static_cast<int>(*n);
    }
  }
  std::string content_type = "text/plain;charset=UTF-8";
  const auto body = v.find("body"), json_body = v.find("json"), echo = v.find("echo");
  if (body != v.end() && json_body != v.end())
    check.Error(ptr + "/json", "give \"body\" or \"json\", not both");
  if (echo != v.end()) {
    if (!echo->is_boolean())
      check.Error(ptr + "/echo", "expected true or false");
    else if (echo->get<bool>() && (body != v.end() || json_body != v.end()))
      check.Error(ptr + "/echo", "an echo answers with the request: no \"body\" or \"json\"");
    else
      out.echo = echo->get<bool>();
    if (out.echo) content_type = "application/json";
  }
  if (body != v.end()) {
    if (auto text = check.String(*body, ptr + "/body", kMaxBodyBytes)) out.body = std::move(*text);
  } else if (json_body != v.end()) {
    // The text the oracle's server sends (json.dumps with compact separators).
    out.body = json_body->dump(-1, ' ', false, json::error_handler_t::replace);
    content_type = "application/json";
  }
  out.headers.emplace_back("Content-Type", content_type);
  if (auto it = v.find("headers"); it != v.end()) ReadHeaders(*it, ptr + "/headers", check, out);
  if (auto it = v.find("latency_ms"); it != v.end()) {
    if (auto d = check.Number(*it, ptr + "/latency_ms", 0, kMaxDurationMs)) out.latency_ms = *d;
  }
}

// A route: its answer for any method, then one Route per entry of "methods".
void ReadRoute(const std::string& path, const json& v, const std::string& ptr, Checker& check,
               std::vector<Route>& routes) {
  if (!ValidPath(path) || path.size() > kMaxPathBytes) {
    check.Error(ptr,
                "a route is a path like \"/user\": '/' then visible ASCII, without '?' or "
                "'#'");
  }
  for (std::string_view reserved : kReservedPaths)
    if (path == reserved) check.Error(ptr, "is reserved for the page itself");
  if (!check.IsObject(v, ptr, "an object like {\"body\": \"hi\", \"latency_ms\": 100}")) return;
  check.CheckKeys(v, ptr, kRouteKeys);
  routes.emplace_back().path = path;
  ReadAnswer(v, ptr, check, routes.back());
  auto methods = v.find("methods");
  if (methods == v.end()) return;
  if (!check.IsObject(*methods, ptr + "/methods", "an object like {\"POST\": {\"echo\": true}}"))
    return;
  if (methods->size() > kMaxMethods) {
    check.Error(ptr + "/methods", "at most " + std::to_string(kMaxMethods) + " methods");
    return;
  }
  for (const auto& [method, answer] : methods->items()) {
    const std::string at = ptr + "/methods/" + EscapePointer(method);
    if (!ValidMethod(method)) {
      check.Error(at, "a method like \"POST\" (letters, digits, '-' and '_')");
      continue;
    }
    if (!check.IsObject(answer, at, "an object like {\"status\": 201, \"echo\": true}")) continue;
    check.CheckKeys(answer, at, kAnswerKeys);
    Route& route = routes.emplace_back();
    route.path = path;
    route.method = method;
    ReadAnswer(answer, at, check, route);
  }
}

void ReadRoutes(const json& v, Checker& check, Scenario& out) {
  if (!check.IsObject(v, "/browser/routes", "an object of paths, like {\"/user\": {...}}")) return;
  if (v.size() > kMaxRoutes) {
    check.Error("/browser/routes", "at most " + std::to_string(kMaxRoutes) + " routes");
    return;
  }
  std::vector<Route>& routes = out.routes.emplace();
  for (const auto& [path, route] : v.items())
    ReadRoute(path, route, "/browser/routes/" + EscapePointer(path), check, routes);
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
  if (auto routes = it->find("routes"); routes != it->end()) ReadRoutes(*routes, check, out);
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
