// engine/node/module_files.cpp — require() of the program's own files: `require('./util')`
// loads a module from the virtual tree (a scenario's environment.files, or the files a program
// run from disk requires from its folder: engine/scenario/sibling_modules.h).
//
// Mirrors lib/internal/modules/cjs/loader.js: Module._findPath tries X, X.js, X.json, then
// X/index.js and X/index.json (no package.json `main`, no node_modules); the module is cached
// by its absolute path before its body runs, so a cycle sees the partial exports; a body that
// throws leaves the cache; a .json file is JSON.parse'd with the path in front of a parse error;
// an .mjs file is an ES module, required synchronously as node 20.19+ does (esm_loader.cpp,
// "require() of an ES module"). Each module gets its own require, resolving from its folder.
#include <filesystem>

#include "engine/node/esm_loader.h"
#include "engine/node/modules.h"
#include "engine/node/native.h"
#include "engine/node/process.h"
#include "engine/node/virtual_fs.h"

namespace loopscope::node {

namespace {
namespace fs = std::filesystem;

bool IsPathRequest(std::string_view id) {
  return id == "." || id == ".." || id.starts_with("./") || id.starts_with("../") ||
         id.starts_with("/");
}
}  // namespace

// Module._findPath for a relative or absolute request; "" when no candidate exists.
std::string Modules::FindModuleFile(std::string_view id, const std::string& from_dir) const {
  const std::string base = (id.starts_with("/") ? fs::path(id) : fs::path(from_dir) / fs::path(id))
                               .lexically_normal()
                               .string();
  const bool directory_only = id.ends_with("/") || id == "." || id == "..";
  std::vector<std::string> candidates;
  if (!directory_only) candidates = {base, base + ".js", base + ".json"};
  const std::string dir = base.ends_with("/") ? base : base + "/";
  candidates.push_back(dir + "index.js");
  candidates.push_back(dir + "index.json");
  for (const std::string& candidate : candidates)
    if (p_.vfs().Find(candidate)) return candidate;
  return {};
}

js::Completion Modules::RequireFile(std::string_view id, const std::string& parent) {
  js::Vm& vm = p_.vm();
  const std::string file = FindModuleFile(id, fs::path(parent).parent_path().string());
  if (file.empty()) return ThrowModuleNotFound(id, parent);
  if (auto cached = file_cache_.find(file); cached != file_cache_.end())
    return vm.Get(cached->second, "exports");
  if (file.ends_with(".mjs")) return p_.esm().Require(file, parent);
  // A copy (the table may grow while the body runs), without the byte order mark Node's
  // stripBOM drops from both kinds of file.
  std::string source = *p_.vfs().Find(file);
  if (source.starts_with("\xEF\xBB\xBF")) source.erase(0, 3);
  const std::string dirname = fs::path(file).parent_path().string();
  js::Value module = vm.NewObject();
  vm.Set(module, "id", vm.NewString(file));
  vm.Set(module, "path", vm.NewString(dirname));
  vm.Set(module, "exports", vm.NewObject());
  vm.Set(module, "filename", vm.NewString(file));
  vm.Set(module, "loaded", js::Value::Boolean(false));
  vm.Set(module, "children", vm.NewArray());
  file_cache_.emplace(file, module);
  parents_.emplace(file, parent);
  js::Completion c = file.ends_with(".json") ? LoadJsonModule(module, file, source)
                                             : RunModuleBody(module, file, dirname, source);
  if (!c.ok()) {
    file_cache_.erase(file);  // Module._load: a failed load is not cached
    return c;
  }
  vm.Set(module, "loaded", js::Value::Boolean(true));
  return vm.Get(module, "exports");
}

// Module._extensions['.json']: JSON.parse, and the path in front of a parse error.
js::Completion Modules::LoadJsonModule(js::Value module, const std::string& file,
                                       const std::string& source) {
  js::Vm& vm = p_.vm();
  js::Value json = vm.Get(vm.global(), "JSON").value;
  js::Value args[] = {vm.NewString(source)};
  js::Completion parsed = vm.Call(vm.Get(json, "parse").value, json, args);
  if (!parsed.ok()) {
    if (parsed.value.IsObject()) {
      js::Value message = vm.Get(parsed.value, "message").value;
      vm.Set(parsed.value, "message", vm.NewString(file + ": " + vm.ToDisplayString(message)));
    }
    return parsed;
  }
  vm.Set(module, "exports", parsed.value);
  return parsed;
}

// Module._extensions['.js']: the CommonJS wrapper, called with `this` = module.exports.
js::Completion Modules::RunModuleBody(js::Value module, const std::string& file,
                                      const std::string& dirname, const std::string& source) {
  js::Vm& vm = p_.vm();
  js::Completion compiled =
      vm.CompileFunction(source, file, kCommonJsWrapperParams, /*internal=*/false);
  if (!compiled.ok()) return compiled;
  js::Value require = NewRequireFunction(file);
  vm.Set(module, "require", require);
  js::Value exports = vm.Get(module, "exports").value;
  js::Value args[] = {exports,
                      require,
                      module,
                      vm.NewString(file),
                      vm.NewString(dirname),
                      p_.esm().ImportFunction(file)};
  const std::string frame = "<" + fs::path(file).filename().string() + ">";
  js::CallOptions options;
  options.frame_name = frame;
  return vm.Call(compiled.value, exports, args, options);
}

// The `require` a module's body receives: built-ins by name, files from the module's folder.
js::Value Modules::NewRequireFunction(const std::string& filename) {
  return p_.vm().NewFunction("require", 1, [this, filename](js::NativeCall& call) {
    js::Value id = call.Arg(0);
    if (!id.IsString()) {
      return Throw(MakeNodeError(
          call.vm, js::ErrorType::kTypeError, "ERR_INVALID_ARG_TYPE",
          "The \"id\" argument must be of type string. " + DescribeReceived(call.vm, id)));
    }
    const std::string request(call.vm.StringView(id));
    if (request.empty()) {
      return Throw(MakeNodeError(call.vm, js::ErrorType::kTypeError, "ERR_INVALID_ARG_VALUE",
                                 "The argument 'id' must be a non-empty string. Received ''"));
    }
    if (IsPathRequest(request)) return RequireFile(request, filename);
    return Require(request);
  });
}

// "Cannot find module './x'" with node's require stack: the requiring file, then its own
// requirers up to the program.
js::Completion Modules::ThrowModuleNotFound(std::string_view id, const std::string& parent) {
  js::Vm& vm = p_.vm();
  p_.rec().Note("'" + std::string(id) +
                "' is not among the program's files: a program run from disk brings the files it "
                "requires by a literal path from its folder; a scenario lists them in "
                "environment.files");
  std::vector<js::Value> stack;
  std::string message = "Cannot find module '" + std::string(id) + "'\nRequire stack:";
  for (std::string at = parent; !at.empty();) {
    message += "\n- " + at;
    stack.push_back(vm.NewString(at));
    auto up = parents_.find(at);
    at = up == parents_.end() ? std::string() : up->second;
  }
  js::Value err = vm.MakeError(js::ErrorType::kError, message);
  vm.Set(err, "code", vm.NewString("MODULE_NOT_FOUND"));
  vm.Set(err, "requireStack", vm.NewArray(stack));
  return Throw(err);
}

}  // namespace loopscope::node
