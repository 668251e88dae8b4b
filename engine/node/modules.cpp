// engine/node/modules.cpp — require(), the internal library runner and module registry.
#include "engine/node/modules.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <filesystem>

#include "engine/js/object.h"
#include "engine/node/lib/lib_sources.h"
#include "engine/node/modules/webstreams.h"
#include "engine/node/native.h"
#include "engine/node/process.h"
#include "engine/node/task_queue.h"

namespace loopscope::node {

namespace {
// The path the program runs as: its own file for a .js scenario, else a `.js` beside the
// .json scenario (so __filename, stack traces and relative paths look like Node's).
std::string ProgramPath(const scenario::Scenario& s) {
  namespace fs = std::filesystem;
  std::string base = s.file_path.empty() ? "/scenario/" + s.source_name : s.file_path;
  fs::path path = fs::path(base).lexically_normal();
  if (!path.is_absolute()) path = (fs::current_path() / path).lexically_normal();
  if (path.extension() != ".js" && path.extension() != ".cjs" && path.extension() != ".mjs") {
    std::string stem = s.source_name.empty() ? path.stem().string() + (s.is_module ? ".mjs" : ".js")
                                             : s.source_name;
    path = path.parent_path() / fs::path(stem).filename();
  }
  return path.string();
}

std::string_view StripNodePrefix(std::string_view id) {
  return id.substr(0, 5) == "node:" ? id.substr(5) : id;
}
}  // namespace

Modules::Modules(Process& process) : p_(process) {
  filename_ = ProgramPath(p_.scenario());
  dirname_ = std::filesystem::path(filename_).parent_path().string();
  js::Vm& vm = p_.vm();
  promisify_custom_ = vm.NewString("nodejs.util.promisify.custom");
  // First: the abort globals throw DOMExceptions, and events and timers/promises take
  // AbortError from them.
  dom_exception_ = RunLib("domexception", NewBinding());
  js::Value abort_binding = NewBinding();
  vm.Set(abort_binding, "DOMException", dom_exception_);
  abort_ = RunLib("abort", abort_binding);
  js::Value events_binding = NewBinding();
  vm.Set(events_binding, "AbortError", abort_error());
  event_emitter_ = RunLib("events", events_binding);
  first_event_param_ = vm.GetOwn(events_binding, "kFirstEventParam");
  main_module_ = vm.NewObject();
  vm.Set(main_module_, "exports", vm.NewObject());
  vm.Set(main_module_, "id", vm.NewString("."));
  vm.Set(main_module_, "filename", vm.NewString(filename_));
  vm.Set(main_module_, "loaded", js::Value::Boolean(false));
  require_ = NewRequireFunction(filename_);
  file_cache_.emplace(filename_, main_module_);  // require(__filename) is the running main module
  vm.Set(main_module_, "require", require_);
  // What a custom inspector gets as `inspect` until require('util') hands over util.inspect.
  vm.SetInspectFunction(vm.GetOwn(NewBinding(), "inspect"));
  InstallGlobals();
}

namespace {

// util.inspect's options object: null or Infinity depth and breakLength mean no limit.
js::InspectOptions ReadInspectOptions(js::Vm& vm, js::Value opts) {
  constexpr double kNoLimit = 1 << 29;
  auto number = [&](const char* name, double fallback) {
    js::Value v = vm.GetOwn(opts, name);
    if (v.IsNull()) return kNoLimit;
    if (!v.IsNumber()) return fallback;
    return std::isnan(v.AsNumber()) ? fallback : std::min(v.AsNumber(), kNoLimit);
  };
  js::InspectOptions o;
  o.depth = static_cast<int>(number("depth", o.depth));
  o.break_length = static_cast<int>(number("breakLength", o.break_length));
  js::Value compact = vm.GetOwn(opts, "compact");
  if (compact.IsBoolean()) {
    o.compact_true = vm.ToBoolean(compact);
    o.compact = o.compact_true ? o.compact : 0;
  } else if (compact.IsNumber()) {
    o.compact = static_cast<int>(std::min(compact.AsNumber(), kNoLimit));
  }
  o.sorted = vm.ToBoolean(vm.GetOwn(opts, "sorted"));
  o.show_hidden = vm.ToBoolean(vm.GetOwn(opts, "showHidden"));
  js::Value custom = vm.GetOwn(opts, "customInspect");
  o.custom_inspect = custom.IsUndefined() || vm.ToBoolean(custom);
  return o;
}

// The text, or the error a custom inspector threw while it was made (util.inspect.custom).
js::Completion TextOrThrow(js::Vm& vm, const std::string& text) {
  js::Value error;
  if (vm.TakeInspectError(&error)) return Throw(error);
  return Ok(vm.NewString(text));
}

}  // namespace

js::Value Modules::abort_error() const {
  return p_.vm().GetOwn(abort_, "AbortError");
}

js::Value Modules::NewBinding() {
  js::Vm& vm = p_.vm();
  js::Value binding = vm.NewObject();
  vm.Set(binding, "promisifyCustom", promisify_custom_);
  SetMethod(vm, binding, "format", 0,
            [](js::NativeCall& call) { return TextOrThrow(call.vm, call.vm.Format(call.args)); });
  SetMethod(vm, binding, "inspect", 2, [](js::NativeCall& call) {
    if (!call.Arg(1).IsObject()) return TextOrThrow(call.vm, call.vm.Inspect(call.Arg(0)));
    return TextOrThrow(call.vm,
                       call.vm.Inspect(call.Arg(0), ReadInspectOptions(call.vm, call.Arg(1))));
  });
  SetMethod(vm, binding, "setInspectFunction", 1, [](js::NativeCall& call) {
    call.vm.SetInspectFunction(call.Arg(0));
    return Ok();
  });
  SetMethod(vm, binding, "isPromise", 1, [](js::NativeCall& call) {
    return Ok(js::Value::Boolean(call.vm.IsPromise(call.Arg(0))));
  });
  // lib/internal/errors.js ERR_INVALID_ARG_TYPE (name, expected type, value), returned for
  // the library to throw. The expected text is Node's: "function", "string or an instance
  // of Error", "an instance of EventEmitter or EventTarget".
  SetMethod(vm, binding, "invalidArgType", 3, [](js::NativeCall& call) {
    std::string expected = call.vm.ToDisplayString(call.Arg(1));
    bool classes_only = expected.rfind("an instance of ", 0) == 0;
    // "property" for a dotted name ("prevValue.user"), as lib/internal/errors.js words it.
    std::string name = call.vm.ToDisplayString(call.Arg(0));
    const char* kind = name.find('.') != std::string::npos ? "\" property" : "\" argument";
    std::string msg = "The \"" + name + kind + " must be " + (classes_only ? "" : "of type ") +
                      expected + ". " + DescribeReceived(call.vm, call.Arg(2));
    return Ok(MakeNodeError(call.vm, js::ErrorType::kTypeError, "ERR_INVALID_ARG_TYPE", msg));
  });
  // Any other Node error: (constructor name, code, message).
  SetMethod(vm, binding, "nodeError", 3, [](js::NativeCall& call) {
    std::string type = call.vm.ToDisplayString(call.Arg(0));
    js::ErrorType t = type == "TypeError"    ? js::ErrorType::kTypeError
                      : type == "RangeError" ? js::ErrorType::kRangeError
                                             : js::ErrorType::kError;
    return Ok(MakeNodeError(call.vm, t, call.vm.ToDisplayString(call.Arg(1)),
                            call.vm.ToDisplayString(call.Arg(2))));
  });
  SetMethod(vm, binding, "throwSite", 4, [this](js::NativeCall& call) {
    throw_site_error_ = call.Arg(0);
    throw_site_.header = call.vm.ToDisplayString(call.Arg(1));
    throw_site_.stack = call.Arg(2).IsString() ? call.vm.ToDisplayString(call.Arg(2)) : "";
    throw_site_.deserialized = call.Arg(3).IsBoolean() && call.Arg(3).AsBoolean();
    return Ok();
  });
  SetMethod(vm, binding, "nextTick", 1, [this](js::NativeCall& call) {
    p_.tasks().NextTick(call.Arg(0), RestArgs(call, 1));
    return Ok();
  });
  return binding;
}

js::Value Modules::RunLib(std::string_view name, js::Value binding) {
  js::Vm& vm = p_.vm();
  static constexpr std::string_view kParams[] = {"binding"};
  std::string file = "node:" + std::string(name);
  js::Completion fn = vm.CompileFunction(NodeLibSource(name), file, kParams, /*internal=*/true);
  assert(fn.ok() && "the internal library must compile");
  js::Value args[] = {binding};
  js::Completion c = vm.Call(fn.value, js::Value::Undefined(), args);
  assert(c.ok() && "the internal library must initialise without throwing");
  return c.value;
}

js::Value Modules::NewEmitter() {
  js::Completion c = p_.vm().Construct(event_emitter_, {});
  return c.ok() ? c.value : p_.vm().NewObject();
}

namespace {

// Node's built-in modules that Loopscope simulates, one row each: the id `require` takes
// (also with the `node:` prefix) and how its exports are built. Every list of module names
// (the "Cannot find module" message, the docs) comes from this table.
struct BuiltinModule {
  std::string_view id;
  js::Value (*build)(Modules& modules, Process& p);
};

js::Value BuildTimers(Modules& modules, Process& p) {
  js::Vm& vm = p.vm();
  js::Value timers = vm.NewObject();
  for (const char* name : {"setTimeout", "setInterval", "setImmediate", "clearTimeout",
                           "clearInterval", "clearImmediate"}) {
    vm.Set(timers, name, vm.GetOwn(vm.global(), name));
  }
  js::Completion promises = modules.Require("timers/promises");
  if (promises.ok()) vm.Set(timers, "promises", promises.value);
  return timers;
}

// util.isDeepStrictEqual is assert's comparison (lib/internal/util/comparisons.js in Node).
js::Value BuildUtil(Modules& modules, Process& p) {
  js::Value binding = modules.NewBinding();
  js::Completion assert = modules.Require("assert");
  if (assert.ok()) p.vm().Set(binding, "assert", assert.value);
  p.vm().Set(binding, "types", modules.RunLib("util_types", modules.NewBinding()));
  js::Value util = modules.RunLib("util", binding);
  // util.TextEncoder/TextDecoder are the globals' classes (text_coding_global.cpp).
  for (const char* name : {"TextEncoder", "TextDecoder"})
    p.vm().Set(util, name, p.vm().GetOwn(modules.text_coding(), name));
  return util;
}

// require('util/types') === require('util').types.
js::Value UtilTypes(Modules& modules, Process& p) {
  js::Completion util = modules.Require("util");
  return util.ok() ? p.vm().GetOwn(util.value, "types") : js::Value::Undefined();
}

js::Value AssertStrict(Modules& modules, Process& p) {
  js::Completion assert = modules.Require("assert");
  return assert.ok() ? p.vm().GetOwn(assert.value, "strict") : js::Value::Undefined();
}

// require('stream/promises') === require('stream').promises (an accessor there, so read
// from the internals lib/stream_module.js leaves it on).
js::Value StreamPromises(Modules& modules, Process& p) {
  js::Completion stream = modules.Require("stream");
  return stream.ok() ? p.vm().GetOwn(modules.StreamInternals(), "promises")
                     : js::Value::Undefined();
}

// require('stream/consumers'): lib/stream_consumers.js.
js::Value StreamConsumers(Modules& modules, Process&) {
  return modules.RunLib("stream_consumers", modules.NewBinding());
}

// A module that is one property of another: require('fs/promises') === require('fs').promises,
// and the legacy aliases (lib/_stream_readable.js …), each one class of require('stream').
template <const char* kModule, const char* kProperty>
js::Value PropertyOf(Modules& modules, Process& p) {
  js::Completion module = modules.Require(kModule);
  return module.ok() ? p.vm().GetOwn(module.value, kProperty) : js::Value::Undefined();
}
constexpr char kFs[] = "fs";
constexpr char kDns[] = "dns";
constexpr char kReadline[] = "readline";
constexpr char kStream[] = "stream";
constexpr char kPromises[] = "promises";
constexpr char kReadable[] = "Readable";
constexpr char kWritable[] = "Writable";
constexpr char kDuplex[] = "Duplex";
constexpr char kTransform[] = "Transform";
constexpr char kPassThrough[] = "PassThrough";

// lib/domain.js over the emitter class, createHook and the process object.
js::Value BuildDomain(Modules& modules, Process& p) {
  js::Completion hooks = modules.Require("async_hooks");
  if (!hooks.ok()) return js::Value::Undefined();
  js::Value binding = modules.NewBinding();
  p.vm().Set(binding, "EventEmitter", modules.event_emitter());
  p.vm().Set(binding, "asyncHooks", hooks.value);
  p.vm().Set(binding, "process", p.process_object());
  return modules.RunLib("domain", binding);
}

constexpr BuiltinModule kBuiltinModules[] = {
    {"events", [](Modules& m, Process&) { return m.event_emitter(); }},
    {"util", BuildUtil},
    {"util/types", UtilTypes},
    {"timers", BuildTimers},
    {"timers/promises", BuildTimersPromises},
    {"fs", [](Modules&, Process& p) { return BuildFsModule(p); }},
    {"fs/promises", PropertyOf<kFs, kPromises>},
    {"crypto", [](Modules&, Process& p) { return BuildCryptoModule(p); }},
    {"zlib", [](Modules&, Process& p) { return BuildZlibModule(p); }},
    {"dns", [](Modules&, Process& p) { return BuildDnsModule(p); }},
    {"dns/promises", PropertyOf<kDns, kPromises>},
    {"net", [](Modules&, Process& p) { return BuildNetModule(p); }},
    {"http", [](Modules&, Process& p) { return BuildHttpModule(p); }},
    {"https", [](Modules&, Process& p) { return BuildHttpModule(p); }},
    {"path", [](Modules&, Process& p) { return BuildPathModule(p); }},
    {"url", [](Modules& m, Process& p) { return BuildUrlModule(m, p); }},
    {"os", [](Modules&, Process& p) { return BuildOsModule(p); }},
    {"buffer", [](Modules& modules, Process& p) { return BuildBufferModule(modules, p); }},
    {"process", [](Modules&, Process& p) { return p.process_object(); }},
    // require('console') === console, the global one (console.Console: globals.cpp).
    {"console", [](Modules&, Process& p) { return p.vm().GetOwn(p.vm().global(), "console"); }},
    {"assert", BuildAssertModule},
    {"assert/strict", AssertStrict},
    {"async_hooks", BuildAsyncHooksModule},
    {"domain", BuildDomain},
    {"stream", BuildStreamModule},
    {"string_decoder", BuildStringDecoderModule},
    {"readline", BuildReadlineModule},
    {"readline/promises", PropertyOf<kReadline, kPromises>},
    {"stream/promises", StreamPromises},
    {"stream/consumers", StreamConsumers},
    {"stream/web", BuildStreamWebModule},
    {"_stream_readable", PropertyOf<kStream, kReadable>},
    {"_stream_writable", PropertyOf<kStream, kWritable>},
    {"_stream_duplex", PropertyOf<kStream, kDuplex>},
    {"_stream_transform", PropertyOf<kStream, kTransform>},
    {"_stream_passthrough", PropertyOf<kStream, kPassThrough>},
    {"test", BuildTestModule},
    {"worker_threads", BuildWorkerThreadsModule},
};

// The modules Node 20 only knows by their `node:` name (lib/internal/bootstrap/realm.js
// schemelessBlockList): require('test') looks for a package instead.
constexpr std::string_view kPrefixOnlyModules[] = {"test"};

bool IsPrefixOnly(std::string_view id) {
  for (std::string_view m : kPrefixOnlyModules) {
    if (m == id) return true;
  }
  return false;
}

}  // namespace

std::string BuiltinModuleList() {
  std::string list;
  for (const BuiltinModule& m : kBuiltinModules)
    list += (list.empty() ? "" : ", ") + std::string(IsPrefixOnly(m.id) ? "node:" : "") +
            std::string(m.id);
  return list;
}

js::Completion Modules::Require(std::string_view raw_id) {
  std::string_view id = StripNodePrefix(raw_id);
  if (raw_id == id && IsPrefixOnly(id)) return ThrowNotFound(raw_id, id);
  if (auto it = cache_.find(id); it != cache_.end()) return Ok(it->second);
  js::Value exports = BuildModule(id);
  if (exports.IsUndefined()) return ThrowNotFound(raw_id, id);
  cache_.emplace(std::string(id), exports);
  return Ok(exports);
}

// lib/internal/modules/cjs/loader.js: a `node:` id that is not built in is
// ERR_UNKNOWN_BUILTIN_MODULE; anything else is "Cannot find module" with the require stack
// (here always the program), as a plain Error carrying code and requireStack. Node's text
// is kept as it is; the step log gets a note on what Loopscope can load.
js::Completion Modules::ThrowNotFound(std::string_view raw_id, std::string_view id) {
  js::Vm& vm = p_.vm();
  if (raw_id != id) {
    return Throw(MakeNodeError(vm, js::ErrorType::kError, "ERR_UNKNOWN_BUILTIN_MODULE",
                               "No such built-in module: " + std::string(raw_id)));
  }
  p_.rec().Note("'" + std::string(id) +
                "' is not one of the built-in modules Loopscope simulates: " + BuiltinModuleList());
  js::Value err = vm.MakeError(js::ErrorType::kError, "Cannot find module '" + std::string(raw_id) +
                                                          "'\nRequire stack:\n- " + filename_);
  vm.Set(err, "code", vm.NewString("MODULE_NOT_FOUND"));
  js::Value stack[] = {vm.NewString(filename_)};
  vm.Set(err, "requireStack", vm.NewArray(stack));
  return Throw(err);
}

js::Value Modules::BuildModule(std::string_view id) {
  for (const BuiltinModule& m : kBuiltinModules) {
    if (m.id == id) return m.build(*this, p_);
  }
  return js::Value::Undefined();
}

bool Modules::IsDomException(js::Value v) const {
  if (!v.IsObject() || !dom_exception_.IsObject()) return false;
  js::Value proto = p_.vm().GetOwn(dom_exception_, "prototype");
  for (js::Object* o = v.As<js::Object>()->prototype; o; o = o->prototype)
    if (proto.IsObject() && o == proto.As<js::Object>()) return true;
  return false;
}

void Modules::Trace(js::RootTracer& tracer) const {
  tracer.Mark(main_module_);
  tracer.Mark(require_);
  tracer.Mark(event_emitter_);
  tracer.Mark(dom_exception_);
  tracer.Mark(promisify_custom_);
  tracer.Mark(stream_internals_);
  tracer.Mark(abort_);
  tracer.Mark(text_coding_);
  tracer.Mark(active_handles_);
  tracer.Mark(throw_site_error_);
  tracer.Mark(first_event_param_);
  for (const auto& [id, v] : cache_) tracer.Mark(v);
  for (const auto& [file, module] : file_cache_) tracer.Mark(module);
}

}  // namespace loopscope::node
