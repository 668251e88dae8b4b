// engine/node/esm_loader.cpp — loading, linking and evaluating ES modules (esm_loader.h).
//
// [SECTION] index: records and loading, resolution, namespaces and exports, evaluation,
// the entry and import(), require() of an ES module. Module bodies are compiled by
// js::Vm::CompileModule; a module's imports read the namespaces passed to its body, whose getters
// call the readers its body hands to `%bind` (lib/esm_namespace.js builds the objects).
#include "engine/node/esm_loader.h"

#include <algorithm>
#include <filesystem>

#include "engine/node/modules.h"
#include "engine/node/native.h"
#include "engine/node/process.h"
#include "engine/node/virtual_fs.h"
#include "engine/trace/explain.h"

namespace loopscope::node {

// [SECTION] records and loading
struct EsmLoader::Record {
  std::string path;  // absolute path, or "node:fs" for a built-in
  std::string url;   // file:///... (what stacks and import.meta.url show)
  bool builtin = false;
  js::ModuleSyntax syntax;
  js::Persistent fn;
  js::Persistent readers;  // the array the body passed to %bind
  js::Persistent ns;
  js::Persistent required;  // what require() returns when that differs from ns (esm_loader.cpp,
                            // "require() of an ES module")
  js::Persistent exports;   // a built-in's CommonJS exports
  std::vector<int> deps;    // one per syntax.requested
  Status status = Status::kLinked;
  bool linked = false;
  bool has_error = false;
  js::Persistent error;
  int pending = 0;                 // async dependencies not finished yet
  std::vector<int> async_parents;  // modules waiting for this one
  std::vector<js::NativeFunction> waiters;
};

namespace {
std::string FileUrl(const std::string& path) {
  return "file://" + path;
}
bool IsRelative(const std::string& s) {
  return s.starts_with("./") || s.starts_with("../") || s.starts_with("/") || s == "." || s == "..";
}
}  // namespace

EsmLoader::EsmLoader(Process& process) : p_(process) {}
EsmLoader::~EsmLoader() = default;

js::Value EsmLoader::Lib() {
  if (lib_.empty())
    lib_ = js::Persistent(p_.vm(), p_.modules().RunLib("esm_namespace", p_.vm().NewObject()));
  return lib_.Get();
}

// A source module: compiled now (its SyntaxError is a load error), then its imports.
int EsmLoader::Load(const std::string& path, const std::string& source, std::string* error) {
  js::Vm& vm = p_.vm();
  auto record = std::make_unique<Record>();
  record->path = path;
  record->url = FileUrl(path);
  js::Completion c = vm.CompileModule(source, record->url, &record->syntax);
  if (!c.ok()) {
    // "SyntaxError: file:///x.mjs:1:9: message" → "file:///x.mjs:1:9: error: message".
    std::string text = vm.ToDisplayString(c.value);
    if (text.starts_with("SyntaxError: ")) text = text.substr(13);
    size_t at = text.find(": ", record->url.size());
    *error =
        at == std::string::npos ? text : text.substr(0, at) + ": error: " + text.substr(at + 2);
    return -1;
  }
  record->fn = js::Persistent(vm, c.value);
  int index = static_cast<int>(records_.size());
  records_.push_back(std::move(record));
  for (const std::string& specifier : records_[index]->syntax.requested) {
    int dep = Resolve(specifier, path, error);
    if (dep < 0) return -1;
    records_[index]->deps.push_back(dep);
  }
  return index;
}

int EsmLoader::LoadBuiltin(const std::string& id) {
  std::string name = id.starts_with("node:") ? id.substr(5) : id;
  // The id as written, and before the records: a module Node only knows as node:NAME
  // (node:test) is no bare NAME. require() builds each module once, so this is cheap.
  js::Completion c = p_.modules().Require(id);
  if (!c.ok()) return -1;
  for (size_t i = 0; i < records_.size(); ++i) {
    if (records_[i]->builtin && records_[i]->path == "node:" + name) return static_cast<int>(i);
  }
  auto record = std::make_unique<Record>();
  record->path = record->url = "node:" + name;
  record->builtin = true;
  record->linked = true;
  record->status = Status::kEvaluated;
  record->exports = js::Persistent(p_.vm(), c.value);
  records_.push_back(std::move(record));
  return static_cast<int>(records_.size() - 1);
}

// [SECTION] resolution (lib/internal/modules/esm/resolve.js: no extension search, no
// directory index; a bare name is a built-in or a package, and there are no packages).
int EsmLoader::Resolve(const std::string& specifier, const std::string& referrer,
                       std::string* error) {
  if (!IsRelative(specifier)) {
    int index = LoadBuiltin(specifier);
    if (index >= 0) return index;
    if (specifier.starts_with("node:"))
      *error = "Error [ERR_UNKNOWN_BUILTIN_MODULE]: No such built-in module: " + specifier;
    else
      *error = "Error [ERR_MODULE_NOT_FOUND]: Cannot find package '" + specifier +
               "' imported from " + referrer;
    return -1;
  }
  namespace fs = std::filesystem;
  std::string path =
      specifier.starts_with("/")
          ? fs::path(specifier).lexically_normal().string()
          : (fs::path(referrer).parent_path() / specifier).lexically_normal().string();
  for (size_t i = 0; i < records_.size(); ++i) {
    if (records_[i]->path == path) return static_cast<int>(i);
  }
  const std::string* source = p_.vfs().Find(path);
  if (!source) {
    *error =
        "Error [ERR_MODULE_NOT_FOUND]: Cannot find module '" + path + "' imported from " + referrer;
    return -1;
  }
  std::string text = *source;  // Load may grow the file table
  return Load(path, text, error);
}

// ECMA-262 16.2.1.6.3 InitializeEnvironment step 7.c: every import must resolve.
bool EsmLoader::Link(int index, std::string* error) {
  if (records_[index]->linked) return true;
  records_[index]->linked = true;
  const js::ModuleSyntax& syntax = records_[index]->syntax;
  for (size_t i = 0; i < syntax.requested.size(); ++i) {
    if (!Link(records_[index]->deps[i], error)) return false;
  }
  for (const js::ImportEntry& e : syntax.imports) {
    if (e.import_name == "*") continue;
    auto at = std::find(syntax.requested.begin(), syntax.requested.end(), e.specifier);
    int dep = records_[index]->deps[at - syntax.requested.begin()];
    std::vector<int> visited;
    js::Value reader;
    if (!ResolveExport(dep, e.import_name, visited, &reader)) {
      *error = records_[index]->url + ":" + std::to_string(e.loc.line) + ":" +
               std::to_string(e.loc.col) + ": error: SyntaxError: The requested module '" +
               e.specifier + "' does not provide an export named '" + e.import_name + "'";
      return false;
    }
  }
  return true;
}

// [SECTION] namespaces and exports
// ECMA-262 16.2.1.6.3 ResolveExport: local, then indirect, then star exports (never
// "default"). The reader is a getter that throws while the binding is uninitialised.
bool EsmLoader::ResolveExport(int index, const std::string& name, std::vector<int>& visited,
                              js::Value* reader) {
  if (std::find(visited.begin(), visited.end(), index) != visited.end()) return false;
  visited.push_back(index);
  js::Vm& vm = p_.vm();
  Record& r = *records_[index];
  if (r.builtin) {
    js::Value exports = r.exports.Get();
    if (name != "default" && vm.GetOwn(exports, name).IsUndefined()) return false;
    *reader = vm.NewFunction(name, 0, [this, index, name](js::NativeCall& call) {
      js::Value exports = records_[index]->exports.Get();
      return name == "default" ? Ok(exports) : call.vm.Get(exports, name);
    });
    return true;
  }
  int local = 0;
  for (const js::ExportEntry& e : r.syntax.exports) {
    bool is_local = !e.local_name.empty();
    if (e.export_name == name) {
      if (is_local) {
        *reader = vm.NewFunction(name, 0, [this, index, local, name](js::NativeCall& call) {
          js::Value readers = records_[index]->readers.Get();
          if (!call.vm.IsArray(readers))
            return Throw(call.vm.MakeError(js::ErrorType::kReferenceError,
                                           "Cannot access '" + name + "' before initialization"));
          return call.vm.Call(call.vm.ArrayAt(readers, local), js::Value::Undefined(), {});
        });
        return true;
      }
      auto at = std::find(r.syntax.requested.begin(), r.syntax.requested.end(), e.specifier);
      int dep = r.deps[at - r.syntax.requested.begin()];
      if (e.import_name == "*") {
        *reader =
            vm.NewFunction(name, 0, [this, dep](js::NativeCall&) { return Ok(Namespace(dep)); });
        return true;
      }
      return ResolveExport(dep, e.import_name, visited, reader);
    }
    if (is_local) ++local;
  }
  if (name == "default") return false;
  for (const js::ExportEntry& e : r.syntax.exports) {
    if (!e.export_name.empty() || e.specifier.empty()) continue;
    auto at = std::find(r.syntax.requested.begin(), r.syntax.requested.end(), e.specifier);
    std::vector<int> branch = visited;
    if (ResolveExport(r.deps[at - r.syntax.requested.begin()], name, branch, reader)) return true;
  }
  return false;
}

// ECMA-262 16.2.1.6.2 GetExportedNames.
std::vector<std::string> EsmLoader::ExportNames(int index, std::vector<int>& visited) {
  std::vector<std::string> names;
  if (std::find(visited.begin(), visited.end(), index) != visited.end()) return names;
  visited.push_back(index);
  Record& r = *records_[index];
  js::Vm& vm = p_.vm();
  if (r.builtin) {
    names.push_back("default");
    js::Value arg[] = {r.exports.Get()};
    js::Completion keys = vm.Call(vm.GetOwn(Lib(), "keys"), js::Value::Undefined(), arg);
    if (keys.ok()) {
      for (size_t i = 0; i < vm.ArrayLength(keys.value); ++i)
        names.push_back(vm.ToDisplayString(vm.ArrayAt(keys.value, i)));
    }
    return names;
  }
  for (const js::ExportEntry& e : r.syntax.exports) {
    if (!e.export_name.empty()) names.push_back(e.export_name);
  }
  for (const js::ExportEntry& e : r.syntax.exports) {
    if (!e.export_name.empty() || e.specifier.empty()) continue;
    auto at = std::find(r.syntax.requested.begin(), r.syntax.requested.end(), e.specifier);
    for (std::string& n : ExportNames(r.deps[at - r.syntax.requested.begin()], visited)) {
      if (n != "default" && std::find(names.begin(), names.end(), n) == names.end())
        names.push_back(n);
    }
  }
  return names;
}

// ECMA-262 10.4.6.12 ModuleNamespaceCreate: the names sorted by code unit.
js::Value EsmLoader::Namespace(int index) {
  Record& r = *records_[index];
  if (!r.ns.empty()) return r.ns.Get();
  js::Vm& vm = p_.vm();
  std::vector<int> visited;
  std::vector<std::string> names = ExportNames(index, visited);
  std::sort(names.begin(), names.end());
  js::Value name_array = vm.NewArray();
  js::Value readers = vm.NewArray();
  for (const std::string& name : names) {
    std::vector<int> seen;
    js::Value reader;
    if (!ResolveExport(index, name, seen, &reader)) continue;
    vm.ArrayPush(name_array, vm.NewString(name));
    vm.ArrayPush(readers, reader);
  }
  js::Value ns = vm.NewHostObject("Module", nullptr, js::Value::Null());
  js::Value args[] = {ns, name_array, readers};
  vm.Call(vm.GetOwn(Lib(), "makeNamespace"), js::Value::Undefined(), args);
  r.ns = js::Persistent(vm, ns);
  return ns;
}

// [SECTION] evaluation
void EsmLoader::Evaluate(int index) {
  Record& r = *records_[index];
  if (r.status != Status::kLinked) return;  // done, waiting, or on the stack (a cycle)
  r.status = Status::kEvaluating;
  for (int dep : r.deps) {
    Evaluate(dep);
    Record& d = *records_[dep];
    if (d.has_error) {
      r.has_error = true;
      r.error = js::Persistent(p_.vm(), d.error.Get());
      r.status = Status::kEvaluated;
      return Settle(index);
    }
    if (d.status == Status::kEvaluatingAsync) {
      ++r.pending;
      d.async_parents.push_back(index);
    }
  }
  if (r.pending > 0) {
    r.status = Status::kEvaluatingAsync;
    return;
  }
  if (r.syntax.has_top_level_await) return ExecuteAsync(index);
  Execute(index);
}

// Calls the body: (%bind, %meta, %import, the namespaces of its requested modules).
void EsmLoader::Execute(int index) {
  js::Vm& vm = p_.vm();
  Record& r = *records_[index];
  std::vector<js::Value> args;
  args.push_back(vm.NewFunction("bind", 1, [this, index](js::NativeCall& call) {
    records_[index]->readers = js::Persistent(call.vm, call.Arg(0));
    return Ok();
  }));
  std::string dir = std::filesystem::path(r.path).parent_path().string();
  js::Value meta_args[] = {
      vm.NewString(r.url), vm.NewString(r.path), vm.NewString(dir),
      vm.NewFunction("resolve", 1, [this, index](js::NativeCall& call) {
        std::string error;
        std::string specifier = call.vm.ToDisplayString(call.Arg(0));
        if (!IsRelative(specifier)) return Ok(call.vm.NewString("node:" + specifier));
        std::string path = (std::filesystem::path(records_[index]->path).parent_path() / specifier)
                               .lexically_normal()
                               .string();
        return Ok(call.vm.NewString(FileUrl(path)));
      })};
  args.push_back(vm.Call(vm.GetOwn(Lib(), "meta"), js::Value::Undefined(), meta_args).value);
  args.push_back(ImportFunction(r.path));
  for (int dep : r.deps) args.push_back(Namespace(dep));
  js::CallOptions options;
  options.frame_name = trace::kModuleFrameName;
  js::Completion c = vm.Call(r.fn.Get(), js::Value::Undefined(), args, options);
  if (c.terminated()) return;
  if (r.syntax.has_top_level_await) {
    if (!c.ok()) return AsyncRejected(index, c.value);
    Then(
        c.value,
        [this, index](js::NativeCall&) {
          AsyncFulfilled(index);
          return Ok();
        },
        [this, index](js::NativeCall& call) {
          AsyncRejected(index, call.Arg(0));
          return Ok();
        });
    return;
  }
  r.status = Status::kEvaluated;
  if (c.threw()) {
    r.has_error = true;
    r.error = js::Persistent(vm, c.value);
  }
  Settle(index);
}

void EsmLoader::ExecuteAsync(int index) {
  records_[index]->status = Status::kEvaluatingAsync;
  Execute(index);
}

// ECMA-262 16.2.1.5.3.4 AsyncModuleExecutionFulfilled: the modules that waited only for
// this one run now, in the order they started waiting.
void EsmLoader::AsyncFulfilled(int index) {
  Record& r = *records_[index];
  r.status = Status::kEvaluated;
  Settle(index);
  std::vector<int> parents = r.async_parents;
  for (int parent : parents) {
    Record& p = *records_[parent];
    if (p.has_error || --p.pending > 0) continue;
    if (p.syntax.has_top_level_await) {
      Execute(parent);
      continue;
    }
    Execute(parent);
    if (!p.has_error)
      AsyncFulfilled(parent);
    else {
      std::vector<int> grand = p.async_parents;
      for (int g : grand) AsyncRejected(g, p.error.Get());
    }
  }
}

// ECMA-262 16.2.1.5.3.5 AsyncModuleExecutionRejected.
void EsmLoader::AsyncRejected(int index, js::Value error) {
  Record& r = *records_[index];
  if (r.has_error) return;
  r.has_error = true;
  r.error = js::Persistent(p_.vm(), error);
  r.status = Status::kEvaluated;
  Settle(index);
  std::vector<int> parents = r.async_parents;
  for (int parent : parents) AsyncRejected(parent, error);
}

void EsmLoader::Settle(int index) {
  std::vector<js::NativeFunction> waiters = std::move(records_[index]->waiters);
  records_[index]->waiters.clear();
  for (js::NativeFunction& w : waiters) {
    js::NativeCall call{p_.vm(), js::Value::Undefined(), {}};
    w(call);
  }
}

void EsmLoader::OnSettled(int index, js::NativeFunction then) {
  if (records_[index]->status == Status::kEvaluated) {
    js::NativeCall call{p_.vm(), js::Value::Undefined(), {}};
    then(call);
    return;
  }
  records_[index]->waiters.push_back(std::move(then));
}

// [SECTION] the entry and import()
bool EsmLoader::LoadEntry(const std::string& path, const std::string& source, std::string* error) {
  entry_ = Load(path, source, error);
  return entry_ >= 0 && Link(entry_, error);
}

js::Value EsmLoader::ReadFilePromise(const std::string& path) {
  js::Vm& vm = p_.vm();
  js::Value fs = p_.modules().Require("fs").value;
  js::Value promises = vm.Get(fs, "promises").value;
  js::Value args[] = {vm.NewString(path)};
  return vm.Call(vm.Get(promises, "readFile").value, promises, args).value;
}

js::Completion EsmLoader::Then(js::Value promise, js::NativeFunction on_fulfilled,
                               js::NativeFunction on_rejected) {
  js::Vm& vm = p_.vm();
  js::Value args[] = {vm.NewFunction("", 1, std::move(on_fulfilled)),
                      vm.NewFunction("", 1, std::move(on_rejected))};
  return vm.Call(vm.Get(promise, "then").value, promise, args);
}

// module_job.js run(): the graph evaluates in the job that continues after the loader's
// reads; a failure reaches triggerUncaughtException three promise jobs later (measured:
// a chain of `then`s queued by a throwing entry prints three links before the report).
void EsmLoader::StartEntry() {
  entry_started_ = true;
  Then(
      ReadFilePromise(records_[entry_]->path),
      [this](js::NativeCall&) {
        Evaluate(entry_);
        OnSettled(entry_, [this](js::NativeCall&) {
          entry_settled_ = true;
          Record& r = *records_[entry_];
          if (r.has_error) ExplainCommonJsGlobal(r.error.Get());
          if (r.has_error) ReportEntryError(r.error.Get(), 3);
          return Ok();
        });
        return Ok();
      },
      [](js::NativeCall&) { return Ok(); });
}

// lib/internal/modules/esm/module_job.js run() catches the graph's evaluation error: a
// ReferenceError whose message is one of isCommonJSGlobalLikeNotDefinedError's gets " in ES
// module scope" (and for require ", you can use import instead"). V8 builds `stack` lazily,
// so node's report shows the new message, as the engine's report does.
void EsmLoader::ExplainCommonJsGlobal(js::Value error) {
  js::Vm& vm = p_.vm();
  if (!error.IsObject()) return;
  std::string name(vm.StringView(vm.GetOwn(error, "name")));
  if (name.empty()) name = vm.StringView(vm.Get(error, "name").value);
  std::string message(vm.StringView(vm.GetOwn(error, "message")));
  constexpr std::string_view kNames[] = {"require", "module", "exports", "__filename", "__dirname"};
  bool common_js = false;
  for (std::string_view n : kNames) common_js |= message == std::string(n) + " is not defined";
  if (name != "ReferenceError" || !common_js) return;
  std::string explained = message + " in ES module scope";
  if (message.starts_with("require ")) explained += ", you can use import instead";
  vm.Set(error, "message", vm.NewString(explained));
}

void EsmLoader::ReportEntryError(js::Value error, int hops) {
  if (hops == 0) return p_.TriggerUncaughtException(error, /*from_promise=*/true);
  js::Value next = p_.vm().NewFunction("", 0, [this, hops](js::NativeCall&) {
    ReportEntryError(records_[entry_]->error.Get(), hops - 1);
    return Ok();
  });
  p_.vm().EnqueueMicrotask(next, {});
}

// A load error's text ("Error [ERR_X]: message") as the Error node throws or rejects with.
js::Value EsmLoader::LoadError(const std::string& error) {
  js::Vm& vm = p_.vm();
  std::string code = error.substr(error.find('[') + 1);
  code = code.substr(0, code.find(']'));
  std::string message =
      error.substr(error.find("]: ") == std::string::npos ? 0 : error.find("]: ") + 3);
  js::Value e = vm.MakeError(js::ErrorType::kError, message);
  if (!code.empty() && code.starts_with("ERR_")) vm.Set(e, "code", vm.NewString(code));
  return e;
}

js::Value EsmLoader::ImportFunction(const std::string& referrer) {
  return p_.vm().NewFunction("import", 1, [this, referrer](js::NativeCall& call) {
    return Ok(DynamicImport(call.Arg(0), referrer));
  });
}

// import(): resolve and compile now (errors reject), read the file through the pool as
// node does, evaluate in that read's job, then fulfil with the namespace.
js::Value EsmLoader::DynamicImport(js::Value specifier_value, const std::string& referrer) {
  js::Vm& vm = p_.vm();
  js::Value promise = vm.NewPromise();
  // The closures below live in the heap, so they name the promise by its slot here.
  size_t held = held_.size();
  held_.emplace_back(vm, promise);
  std::string error;
  int index = Resolve(vm.ToDisplayString(specifier_value), referrer, &error);
  if (index >= 0 && !Link(index, &error)) index = -1;
  if (index < 0) {
    vm.RejectPromise(promise, LoadError(error));
    return promise;
  }
  js::NativeFunction evaluate = [this, index, held](js::NativeCall& call) {
    Evaluate(index);
    OnSettled(index, [this, index, held](js::NativeCall& inner) {
      Record& r = *records_[index];
      if (r.has_error)
        inner.vm.RejectPromise(held_[held].Get(), r.error.Get());
      else
        inner.vm.ResolvePromise(held_[held].Get(), Namespace(index));
      return Ok();
    });
    return Ok();
  };
  js::NativeFunction fail = [this, held](js::NativeCall& call) {
    call.vm.RejectPromise(held_[held].Get(), call.Arg(0));
    return Ok();
  };
  if (records_[index]->builtin) {
    vm.ResolvePromise(promise, Namespace(index));
    return promise;
  }
  Then(ReadFilePromise(records_[index]->path), std::move(evaluate), std::move(fail));
  return promise;
}

// [SECTION] require() of an ES module (node 20.19+, unflagged): the graph is loaded, linked and
// evaluated synchronously, inside the require call (lib/internal/modules/cjs/loader.js
// loadESMFromCJS). A graph with top-level await is ERR_REQUIRE_ASYNC_MODULE; an evaluation
// error is thrown to the requirer; the result is the namespace or, when the module has a default
// export, a namespace-like object that adds `__esModule: true` (node's interop for transpiled
// CommonJS consumers).
bool EsmLoader::GraphHasTopLevelAwait(int index, std::vector<int>& visited) const {
  if (std::find(visited.begin(), visited.end(), index) != visited.end()) return false;
  visited.push_back(index);
  const Record& r = *records_[index];
  if (r.status == Status::kEvaluated || r.builtin) return false;
  if (r.syntax.has_top_level_await) return true;
  return std::any_of(r.deps.begin(), r.deps.end(),
                     [&](int dep) { return GraphHasTopLevelAwait(dep, visited); });
}

js::Completion EsmLoader::Require(const std::string& path, const std::string& parent) {
  js::Vm& vm = p_.vm();
  std::string error;
  int index = Resolve(path, parent, &error);
  if (index >= 0 && !Link(index, &error)) index = -1;
  if (index < 0) return Throw(LoadError(error));
  std::vector<int> visited;
  if (GraphHasTopLevelAwait(index, visited)) {
    return Throw(MakeNodeError(
        vm, js::ErrorType::kError, "ERR_REQUIRE_ASYNC_MODULE",
        "require() cannot be used on an ESM graph with top-level await. Use import() instead. "
        "To see where the top-level await comes from, use --experimental-print-required-tla.\n"
        "  From " +
            parent + " \n  Requiring " + path + " "));
  }
  Evaluate(index);
  Record& r = *records_[index];
  if (r.has_error) return Throw(r.error.Get());
  std::vector<int> seen;
  std::vector<std::string> names = ExportNames(index, seen);
  if (std::find(names.begin(), names.end(), "default") != names.end())
    return Ok(RequiredWrapper(index, std::move(names)));
  return Ok(Namespace(index));
}

// The object require() returns for a module with a default export: the namespace's names
// plus `__esModule`, sorted as a namespace's are, each reading the live binding.
js::Value EsmLoader::RequiredWrapper(int index, std::vector<std::string> names) {
  Record& r = *records_[index];
  if (!r.required.empty()) return r.required.Get();
  js::Vm& vm = p_.vm();
  names.push_back("__esModule");
  std::sort(names.begin(), names.end());
  js::Value name_array = vm.NewArray();
  js::Value readers = vm.NewArray();
  for (const std::string& name : names) {
    js::Value reader;
    std::vector<int> visited;
    if (name == "__esModule")
      reader =
          vm.NewFunction(name, 0, [](js::NativeCall&) { return Ok(js::Value::Boolean(true)); });
    else if (!ResolveExport(index, name, visited, &reader))
      continue;
    vm.ArrayPush(name_array, vm.NewString(name));
    vm.ArrayPush(readers, reader);
  }
  js::Value wrapper = vm.NewHostObject("Module", nullptr, js::Value::Null());
  js::Value args[] = {wrapper, name_array, readers};
  vm.Call(vm.GetOwn(Lib(), "makeNamespace"), js::Value::Undefined(), args);
  r.required = js::Persistent(vm, wrapper);
  return wrapper;
}

}  // namespace loopscope::node
