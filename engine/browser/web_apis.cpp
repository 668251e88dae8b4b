// engine/browser/web_apis.cpp — the natives behind lib/window.js, and running it.
//
// lib/window.js is compiled as internal code (no statements or frames of its own in the step
// log) into a function of one parameter, `host`: the object built here, whose methods reach
// the Window (the console's output, timers, tasks, animation frames, the clock, the
// scenario's server for lib/fetch.js). What window.js returns (userClick, report,
// loggedForm) is kept for the event loop to call.
#include <cmath>
#include <vector>

#include "engine/browser/lib/lib_sources.h"
#include "engine/browser/window.h"
#include "engine/js/structured_clone.h"
#include "engine/scenario/http_status.h"

namespace loopscope::browser {

namespace {

js::Completion Done(js::Value v = js::Value::Undefined()) {
  return js::Completion{js::Completion::Type::kNormal, v};
}

// The task sources a script may post to, by the name lib/window.js uses.
bool SourceFromName(std::string_view name, Queue* out) {
  static constexpr std::pair<std::string_view, Queue> kSources[] = {
      {"message", Queue::kMessageTasks},
      {"network", Queue::kNetworkTasks},
  };
  for (const auto& [n, q] : kSources)
    if (n == name) return *out = q, true;
  return false;
}

// What the page's server answers for `method` on `path` (browser.routes: the route for that
// method, else the path's route for any method; an unknown path is a 404 with an empty body),
// as lib/fetch.js reads it: status, statusText, headers ([name, value] pairs; lib/fetch.js
// adds Content-Length as the oracle's server sends it), body, echo, latencyMs.
js::Value RouteObject(js::Vm& vm, const scenario::Scenario& sc, const std::string& path,
                      const std::string& method) {
  static const scenario::Route kNotFound{"", "", 404, {}, "", false, 0};
  const scenario::Route* route = &kNotFound;
  if (sc.routes) {
    for (const scenario::Route& r : *sc.routes)
      if (r.path == path && r.method.empty()) route = &r;
    for (const scenario::Route& r : *sc.routes)
      if (r.path == path && r.method == method) route = &r;
  }
  std::vector<js::Value> pairs;
  for (const auto& [name, value] : route->headers) {
    const js::Value pair[] = {vm.NewString(name), vm.NewString(value)};
    pairs.push_back(vm.NewArray(pair));
  }
  js::Value out = vm.NewObject();
  vm.Set(out, "status", js::Value::Number(route->status));
  vm.Set(out, "statusText", vm.NewString(scenario::HttpReasonPhrase(route->status)));
  vm.Set(out, "headers", vm.NewArray(pairs));
  vm.Set(out, "body", vm.NewString(route->body));
  vm.Set(out, "echo", js::Value::Boolean(route->echo));
  vm.Set(out, "latencyMs", js::Value::Number(route->latency_ms));
  return out;
}

}  // namespace

bool Window::InstallWebApis() {
  js::Vm& vm = *vm_;
  js::Value host = vm.NewObject();
  auto method = [&](std::string_view name, int length, js::NativeFunction fn) {
    vm.Set(host, name, vm.NewFunction(name, length, std::move(fn)));
  };
  method("print", 1, [this](js::NativeCall& c) {
    Print(c.vm.ToDisplayString(c.Arg(0)));
    return Done();
  });
  method("reportError", 1, [this](js::NativeCall& c) {
    ReportError(c.vm.ToDisplayString(c.Arg(0)));
    return Done();
  });
  method("refuse", 1, [this](js::NativeCall& c) { return Refuse(c.vm.ToDisplayString(c.Arg(0))); });
  method("setTimer", 4, [this](js::NativeCall& c) {
    const uint64_t id =
        SetTimer(c.Arg(0), c.vm.ToNumber(c.Arg(1)), c.vm.ToBoolean(c.Arg(2)), c.Arg(3));
    return Done(js::Value::Number(static_cast<double>(id)));
  });
  method("clearTimer", 1, [this](js::NativeCall& c) {
    const double id = c.vm.ToNumber(c.Arg(0));
    if (id >= 1 && id == std::floor(id)) ClearTimer(static_cast<uint64_t>(id));
    return Done();
  });
  method("requestFrame", 1, [this](js::NativeCall& c) {
    return Done(js::Value::Number(static_cast<double>(RequestFrame(c.Arg(0)))));
  });
  method("cancelFrame", 1, [this](js::NativeCall& c) {
    const double id = c.vm.ToNumber(c.Arg(0));
    if (id >= 1 && id == std::floor(id)) CancelFrame(static_cast<uint64_t>(id));
    return Done();
  });
  method("postTask", 4, [this](js::NativeCall& c) {
    Queue source = Queue::kMessageTasks;
    SourceFromName(c.vm.ToDisplayString(c.Arg(0)), &source);
    const double delay_ms = c.Arg(3).IsUndefined() ? 0 : c.vm.ToNumber(c.Arg(3));
    PostTask(source, c.Arg(1), c.vm.ToDisplayString(c.Arg(2)), delay_ms);
    return Done();
  });
  vm.Set(host, "hasServer", js::Value::Boolean(scenario_.routes.has_value()));
  method("route", 2, [this](js::NativeCall& c) {
    return Done(RouteObject(c.vm, scenario_, c.vm.ToDisplayString(c.Arg(0)),
                            c.vm.ToDisplayString(c.Arg(1))));
  });
  method("queueMicrotask", 1, [this](js::NativeCall& c) {
    QueueMicrotask(c.Arg(0));
    return Done();
  });
  method("checkpoint", 0, [this](js::NativeCall&) {
    MicrotaskCheckpoint();
    return Done();
  });
  method("markDirty", 0, [this](js::NativeCall&) {
    MarkRenderingNeeded();
    return Done();
  });
  // performance.now() and Date.now() are these natives themselves, so a loop spinning on
  // them can be run in closed form (window_costs.cpp).
  performance_now_ = vm_->Persist(vm.NewFunction(
      "now", 0, [this](js::NativeCall&) { return Done(js::Value::Number(NowMs())); }));
  date_now_ = vm_->Persist(vm.NewFunction("now", 0, [this](js::NativeCall&) {
    return Done(js::Value::Number(std::floor(scenario_.environment.loop_start_ms + NowMs())));
  }));
  vm.Set(host, "now", performance_now_.Get());
  vm.Set(host, "dateNow", date_now_.Get());
  // HTML StructuredSerialize/StructuredDeserialize, as postMessage and structuredClone use it;
  // an uncloneable value is a DataCloneError with Chromium's message.
  method("clone", 3, [](js::NativeCall& c) {
    js::Value out;
    std::string uncloneable;
    js::Completion copied = js::StructuredClone(c.vm.runtime(), c.Arg(0), out, uncloneable);
    if (!copied.ok() || uncloneable.empty()) return copied.ok() ? Done(out) : copied;
    js::Value error = c.vm.MakeError(
        js::ErrorType::kError, "Failed to execute '" + c.vm.ToDisplayString(c.Arg(1)) + "' on '" +
                                   c.vm.ToDisplayString(c.Arg(2)) + "': " + uncloneable);
    c.vm.Set(error, "name", c.vm.NewString("DataCloneError"));
    return js::Completion{js::Completion::Type::kThrow, error};
  });

  // lib/fetch_types.js, then lib/fetch.js, which builds on its types (host.types): window.js
  // installs both as globals (host.types, host.fetch).
  static constexpr std::string_view kParams[] = {"host"};
  auto run_lib = [&](std::string_view name, js::Value& result) {
    js::Completion fn = vm.CompileFunction(BrowserLibSource(name), "browser:" + std::string(name),
                                           kParams, /*internal=*/true);
    if (!fn.ok()) return false;
    js::Completion ran = vm.Call(fn.value, js::Value::Undefined(), std::span(&host, 1));
    result = ran.value;
    return ran.ok();
  };
  js::Value types, fetch_api, api;
  if (!run_lib("fetch_types", types)) return false;
  vm.Set(host, "types", types);
  if (!run_lib("fetch", fetch_api)) return false;
  vm.Set(host, "fetch", vm.GetOwn(fetch_api, "fetch"));
  if (!run_lib("window", api)) return false;
  api_ = vm.Persist(api);
  return true;
}

}  // namespace loopscope::browser
