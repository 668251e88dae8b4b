// engine/scenario/validate.cpp — the scenario schema as a list of rules, one function per
// object of docs/scenario-format.md.
//
// Each Read* function checks its object's keys, then each field, and writes only valid
// values into the Scenario; the caller discards the Scenario if any error was recorded.
#include "engine/scenario/validate.h"

#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>

#include "engine/scenario/json_text.h"
#include "engine/scenario/stops.h"

namespace loopscope::scenario {
namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 14> kTopKeys = {
    "schema",   "name",      "description", "tags", "source",  "source_file", "environment",
    "expected", "classroom", "limits",      "host", "browser", "type",        "stdin"};
constexpr std::array<std::string_view, 8> kEnvironmentKeys = {
    "threadpool_size", "cpu_cores", "loop_start_ms", "random_seed",
    "timezone",        "io",        "files",         "network"};
constexpr std::array<std::string_view, 2> kIoCostKeys = {"latency_ms", "cpu_ms"};
constexpr std::array<std::string_view, 2> kFileKeys = {"content", "latency_ms"};
constexpr std::array<std::string_view, 1> kNetworkKeys = {"requests"};
constexpr std::array<std::string_view, 5> kRequestKeys = {"at_ms", "method", "url", "body",
                                                          "headers"};
constexpr std::array<std::string_view, 7> kMethods = {"GET",   "POST", "PUT",    "DELETE",
                                                      "PATCH", "HEAD", "OPTIONS"};
constexpr std::array<std::string_view, 3> kExpectedKeys = {"stdout", "exit_code",
                                                           "stderr_first_line"};
constexpr std::array<std::string_view, 2> kClassroomKeys = {"predict_first", "stops"};
constexpr std::array<std::string_view, 5> kLimitKeys = {"max_steps", "max_virtual_ms", "max_events",
                                                        "max_wall_seconds", "max_heap_mb"};

constexpr size_t kMaxNameBytes = 200;
constexpr size_t kMaxDescriptionBytes = 64 * 1024;
constexpr size_t kMaxTags = 32;
constexpr size_t kMaxTagBytes = 40;
constexpr size_t kMaxPathBytes = 1024;
constexpr size_t kMaxUrlBytes = 2048;
constexpr size_t kMaxTimeZoneName = 64;  // the longest IANA name is 32 bytes
constexpr size_t kMaxHeaders = 64;
constexpr size_t kMaxExpectedLines = 100'000;

const json* Field(const json& object, std::string_view key) {
  const auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

void ReadIoCost(const json& v, const std::string& ptr, Checker& check, IoCost& out) {
  if (!check.IsObject(v, ptr, "an object like {\"latency_ms\": 2, \"cpu_ms\": 0}")) return;
  check.CheckKeys(v, ptr, kIoCostKeys);
  if (const json* f = Field(v, "latency_ms"))
    if (auto d = check.Number(*f, ptr + "/latency_ms", 0, kMaxDurationMs)) out.latency_ms = *d;
  if (const json* f = Field(v, "cpu_ms"))
    if (auto d = check.Number(*f, ptr + "/cpu_ms", 0, kMaxDurationMs)) out.cpu_ms = *d;
}

void ReadIo(const json& v, const std::string& ptr, Checker& check, Environment& env) {
  if (!check.IsObject(v, ptr, "an object of I/O kinds (\"fs\", \"crypto.pbkdf2\", ...)")) return;
  check.CheckKeys(v, ptr, kIoKinds);
  for (const auto& [kind, cost] : v.items()) {
    if (std::find(kIoKinds.begin(), kIoKinds.end(), kind) == kIoKinds.end()) continue;
    ReadIoCost(cost, AppendPointer(ptr, kind), check, env.io[kind]);
  }
}

void ReadFile(const json& v, const std::string& ptr, Checker& check, VirtualFile& out) {
  if (!check.IsObject(v, ptr, "an object like {\"content\": \"...\"}")) return;
  check.CheckKeys(v, ptr, kFileKeys);
  if (const json* f = Field(v, "content")) {
    if (auto s = check.String(*f, ptr + "/content", kMaxFileBytes)) out.content = std::move(*s);
  } else {
    check.Error(ptr + "/content", "missing: a virtual file needs its content (a string)");
  }
  if (const json* f = Field(v, "latency_ms"))
    if (auto d = check.Number(*f, ptr + "/latency_ms", 0, kMaxDurationMs)) out.latency_ms = *d;
}

void ReadFiles(const json& v, const std::string& ptr, Checker& check, Environment& env) {
  if (!check.IsObject(v, ptr, "an object mapping paths to {\"content\": ...}")) return;
  if (v.size() > kMaxFiles) {
    check.Error(ptr, "too many virtual files: " + std::to_string(v.size()) + "; the limit is " +
                         std::to_string(kMaxFiles));
    return;
  }
  size_t total = 0;
  for (const auto& [path, file] : v.items()) {
    const std::string file_ptr = AppendPointer(ptr, path);
    if (path.empty() || path.size() > kMaxPathBytes || path.find('\0') != std::string::npos) {
      check.Error(file_ptr, "a virtual file path must be 1 to " + std::to_string(kMaxPathBytes) +
                                " bytes long, without NUL characters");
      continue;
    }
    ReadFile(file, file_ptr, check, env.files[path]);
    total += env.files[path].content.size();
  }
  if (total > kMaxTotalFileBytes)
    check.Error(ptr, "virtual files total " + OverLimit(total, kMaxTotalFileBytes));
}

// Only loopback HTTP exists in the simulator: "http://localhost:PORT/path" or 127.0.0.1.
bool UrlOk(std::string_view url) {
  constexpr std::string_view kScheme = "http://";
  if (url.substr(0, kScheme.size()) != kScheme) return false;
  url.remove_prefix(kScheme.size());
  const size_t slash = url.find('/');
  const std::string_view authority = url.substr(0, slash);
  const std::string_view path = slash == std::string_view::npos ? "" : url.substr(slash);
  const size_t colon = authority.find(':');
  const std::string_view host = authority.substr(0, colon);
  if (host != "localhost" && host != "127.0.0.1") return false;
  if (colon != std::string_view::npos) {
    const std::string_view port = authority.substr(colon + 1);
    if (port.empty() || port.size() > 5 || !std::all_of(port.begin(), port.end(), ::isdigit))
      return false;
    const int n = std::stoi(std::string(port));
    if (n < 1 || n > 65535) return false;
  }
  return std::all_of(path.begin(), path.end(), [](char c) { return c > ' ' && c != 0x7f; });
}

void ReadHeaders(const json& v, const std::string& ptr, Checker& check, ScheduledRequest& out) {
  if (!check.IsObject(v, ptr, "an object of header names to strings")) return;
  if (v.size() > kMaxHeaders) {
    check.Error(ptr, "too many headers: " + std::to_string(v.size()) + "; the limit is " +
                         std::to_string(kMaxHeaders));
    return;
  }
  for (const auto& [name, value] : v.items())
    if (auto s = check.String(value, AppendPointer(ptr, name), 8192))
      out.headers[name] = std::move(*s);
}

void ReadRequest(const json& v, const std::string& ptr, Checker& check, ScheduledRequest& out) {
  if (!check.IsObject(v, ptr, "an object like {\"at_ms\": 5, \"url\": \"http://localhost:3000/\"}"))
    return;
  check.CheckKeys(v, ptr, kRequestKeys);
  if (const json* f = Field(v, "at_ms")) {
    if (auto d = check.Number(*f, ptr + "/at_ms", 0, kMaxDurationMs)) out.at_ms = *d;
  } else {
    check.Error(ptr + "/at_ms", "missing: when the request arrives, in virtual milliseconds");
  }
  if (const json* f = Field(v, "method")) {
    if (auto s = check.String(*f, ptr + "/method", 16)) {
      if (std::find(kMethods.begin(), kMethods.end(), *s) == kMethods.end())
        check.Error(
            ptr + "/method",
            "expected one of GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS, got \"" + *s + "\"");
      else
        out.method = std::move(*s);
    }
  }
  if (const json* f = Field(v, "url")) {
    if (auto s = check.String(*f, ptr + "/url", kMaxUrlBytes)) {
      if (!UrlOk(*s))
        check.Error(ptr + "/url",
                    "expected a loopback URL such as \"http://localhost:3000/path\" (host "
                    "localhost or 127.0.0.1, port 1..65535), got \"" +
                        s->substr(0, 60) + "\"");
      else
        out.url = std::move(*s);
    }
  } else {
    check.Error(ptr + "/url", "missing: the URL the request asks for");
  }
  if (const json* f = Field(v, "body"))
    if (auto s = check.String(*f, ptr + "/body", kMaxFileBytes)) out.body = std::move(*s);
  if (const json* f = Field(v, "headers")) ReadHeaders(*f, ptr + "/headers", check, out);
}

void ReadNetwork(const json& v, const std::string& ptr, Checker& check, Environment& env) {
  if (!check.IsObject(v, ptr, "an object like {\"requests\": [...]}")) return;
  check.CheckKeys(v, ptr, kNetworkKeys);
  const json* requests = Field(v, "requests");
  if (!requests || !check.IsArray(*requests, ptr + "/requests", "an array of requests")) return;
  if (requests->size() > kMaxRequests) {
    check.Error(ptr + "/requests",
                "too many scheduled requests: " + std::to_string(requests->size()) +
                    "; the limit is " + std::to_string(kMaxRequests));
    return;
  }
  for (size_t i = 0; i < requests->size(); ++i)
    ReadRequest((*requests)[i], ptr + "/requests/" + std::to_string(i), check,
                env.requests.emplace_back());
  // The simulator consumes requests in arrival order; equal times keep file order.
  std::stable_sort(
      env.requests.begin(), env.requests.end(),
      [](const ScheduledRequest& a, const ScheduledRequest& b) { return a.at_ms < b.at_ms; });
}

// An IANA zone name ICU knows ("Europe/Paris", "UTC"): the same data Date reads it from
// (engine/js/time_zone.cpp), so a name accepted here always works there.
void ReadTimeZone(const json& v, const std::string& ptr, Checker& check, Environment& env) {
  std::optional<std::string> name = check.String(v, ptr, kMaxTimeZoneName);
  if (!name) return;
  icu::UnicodeString id = icu::UnicodeString::fromUTF8(*name);
  std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone(id));
  if (!zone || *zone == icu::TimeZone::getUnknown()) {
    check.Error(ptr, "unknown time zone \"" + *name +
                         "\"; use an IANA name such as \"Europe/Paris\" or \"UTC\"");
    return;
  }
  env.timezone = std::move(*name);
}

void ReadEnvironment(const json& v, Checker& check, Environment& env) {
  const std::string ptr = "/environment";
  if (!check.IsObject(v, ptr, "an object")) return;
  check.CheckKeys(v, ptr, kEnvironmentKeys);
  if (const json* f = Field(v, "threadpool_size"))
    if (auto n = check.Integer(*f, ptr + "/threadpool_size", 1, kMaxThreadpoolSize))
      env.threadpool_size = int(*n);
  if (const json* f = Field(v, "cpu_cores"))
    if (auto n = check.Integer(*f, ptr + "/cpu_cores", 1, kMaxCpuCores)) env.cpu_cores = int(*n);
  if (const json* f = Field(v, "loop_start_ms"))
    if (auto d = check.Number(*f, ptr + "/loop_start_ms", 0, kMaxLoopStartMs))
      env.loop_start_ms = *d;
  if (const json* f = Field(v, "random_seed"))
    if (auto n = check.Integer(*f, ptr + "/random_seed", 0, 9'007'199'254'740'991))
      env.random_seed = uint64_t(*n);
  if (const json* f = Field(v, "timezone")) ReadTimeZone(*f, ptr + "/timezone", check, env);
  if (const json* f = Field(v, "io")) ReadIo(*f, ptr + "/io", check, env);
  if (const json* f = Field(v, "files")) ReadFiles(*f, ptr + "/files", check, env);
  if (const json* f = Field(v, "network")) ReadNetwork(*f, ptr + "/network", check, env);
}

void ReadExpected(const json& v, Checker& check, Expected& out) {
  const std::string ptr = "/expected";
  if (!check.IsObject(v, ptr, "an object like {\"stdout\": [\"line\", ...], \"exit_code\": 0}"))
    return;
  check.CheckKeys(v, ptr, kExpectedKeys);
  if (const json* f = Field(v, "stdout");
      f && check.IsArray(*f, ptr + "/stdout", "an array of lines (strings)")) {
    if (f->size() > kMaxExpectedLines)
      check.Error(ptr + "/stdout",
                  "too many lines; the limit is " + std::to_string(kMaxExpectedLines));
    else
      for (size_t i = 0; i < f->size(); ++i)
        if (auto s = check.String((*f)[i], ptr + "/stdout/" + std::to_string(i), kMaxFileBytes))
          out.stdout_lines.push_back(std::move(*s));
  }
  if (const json* f = Field(v, "exit_code"))
    if (auto n = check.Integer(*f, ptr + "/exit_code", 0, 255)) out.exit_code = int(*n);
  if (const json* f = Field(v, "stderr_first_line"))
    if (auto s = check.String(*f, ptr + "/stderr_first_line", 4096))
      out.stderr_first_line = std::move(*s);
}

void ReadLimits(const json& v, Checker& check, Limits& out) {
  const std::string ptr = "/limits";
  if (!check.IsObject(v, ptr, "an object")) return;
  check.CheckKeys(v, ptr, kLimitKeys);
  if (const json* f = Field(v, "max_steps"))
    if (auto n = check.Integer(*f, ptr + "/max_steps", 1, 1'000'000'000))
      out.max_steps = uint64_t(*n);
  if (const json* f = Field(v, "max_virtual_ms"))
    if (auto d = check.Number(*f, ptr + "/max_virtual_ms", 1, 86'400'000)) out.max_virtual_ms = *d;
  if (const json* f = Field(v, "max_events"))
    if (auto n = check.Integer(*f, ptr + "/max_events", 1, 50'000'000))
      out.max_events = uint64_t(*n);
  if (const json* f = Field(v, "max_wall_seconds"))
    if (auto d = check.Number(*f, ptr + "/max_wall_seconds", 0.1, 600)) out.max_wall_seconds = *d;
  if (const json* f = Field(v, "max_heap_mb"))
    if (auto d = check.Number(*f, ptr + "/max_heap_mb", 16, 8192)) out.max_heap_mb = *d;
}

void ReadTags(const json& v, Checker& check, std::vector<std::string>& out) {
  if (!check.IsArray(v, "/tags", "an array of strings")) return;
  if (v.size() > kMaxTags) {
    check.Error("/tags", "too many tags: " + std::to_string(v.size()) + "; the limit is " +
                             std::to_string(kMaxTags));
    return;
  }
  for (size_t i = 0; i < v.size(); ++i)
    if (auto s = check.String(v[i], "/tags/" + std::to_string(i), kMaxTagBytes))
      out.push_back(std::move(*s));
}

void ReadIdentity(const json& root, Checker& check, Scenario& out) {
  if (const json* f = Field(root, "schema")) {
    if (!f->is_number_integer() || f->get<int64_t>() != 1)
      check.Error("/schema", "expected 1 (the only schema version), got " + Checker::Describe(*f));
  } else {
    check.Error("/schema", "missing: add \"schema\": 1");
  }
  if (const json* f = Field(root, "name")) {
    if (auto s = check.String(*f, "/name", kMaxNameBytes)) {
      if (s->empty() || s->find('\n') != std::string::npos)
        check.Error("/name", "expected a one-line, non-empty name");
      else
        out.name = std::move(*s);
    }
  } else {
    check.Error("/name", "missing: a scenario needs a name");
  }
  if (const json* f = Field(root, "description"))
    if (auto s = check.String(*f, "/description", kMaxDescriptionBytes))
      out.description = std::move(*s);
  if (const json* f = Field(root, "tags")) ReadTags(*f, check, out.tags);
  // package.json's "type": how node would load the program (docs/scenario-format.md).
  if (const json* f = Field(root, "type")) {
    if (f->is_string() && (*f == "module" || *f == "commonjs"))
      out.is_module = *f == "module";
    else
      check.Error("/type", "expected \"module\" or \"commonjs\", got " + f->dump());
  }
}

ProgramRef ReadProgram(const json& root, Checker& check) {
  ProgramRef ref;
  const json* source = Field(root, "source");
  const json* source_file = Field(root, "source_file");
  if (source && source_file) {
    check.Error("/source_file", "give either \"source\" or \"source_file\", not both");
    return ref;
  }
  if (!source && !source_file) {
    check.Error("/source",
                "missing: give the program as \"source\" (text) or \"source_file\" (a path)");
    return ref;
  }
  if (source)
    ref.source = check.String(*source, "/source", kMaxSourceBytes);
  else
    ref.source_file = check.String(*source_file, "/source_file", kMaxPathBytes);
  return ref;
}

}  // namespace

ProgramRef ValidateScenarioJson(const json& root, Checker& check, Scenario& out) {
  if (!check.IsObject(root, "", "a JSON object at the top level")) return {};
  check.CheckKeys(root, "", kTopKeys);
  ReadIdentity(root, check, out);
  ProgramRef program = ReadProgram(root, check);
  if (const json* f = Field(root, "environment")) ReadEnvironment(*f, check, out.environment);
  if (const json* f = Field(root, "expected")) ReadExpected(*f, check, out.expected.emplace());
  if (const json* f = Field(root, "classroom")) {
    if (check.IsObject(*f, "/classroom", "an object like {\"predict_first\": true}")) {
      check.CheckKeys(*f, "/classroom", kClassroomKeys);
      if (const json* p = Field(*f, "predict_first"))
        if (auto b = check.Bool(*p, "/classroom/predict_first")) out.predict_first = *b;
      if (const json* p = Field(*f, "stops")) ReadStops(*p, check, out.stops);
    }
  }
  if (const json* f = Field(root, "limits")) ReadLimits(*f, check, out.limits);
  // "stdin": the text piped into the program, as `printf TEXT | node x.js` gives it.
  if (const json* f = Field(root, "stdin")) {
    if (auto s = check.String(*f, "/stdin", kMaxStdinBytes)) {
      out.stdin_source.kind = StdinKind::kPipe;
      out.stdin_source.text = std::move(*s);
    }
  }
  ReadBrowserFields(root, check, out);
  return program;
}

}  // namespace loopscope::scenario
