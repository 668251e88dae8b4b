// engine/node/esm_loader.h — Node 20's ES module loader over the program's files.
//
// Resolves specifiers as lib/internal/modules/esm/resolve.js does (relative paths with
// their extension, `node:` and bare built-in ids), links each module's imports to the
// exporting module's namespace, and evaluates a graph the way ECMA-262 16.2.1.5.3
// Evaluate does: dependencies first, each body once, cycles cut at the module being
// evaluated, async bodies (top-level await) holding back the modules that import them.
// Node starts the entry only after reading its file through the thread pool and inside a
// promise job (lib/internal/modules/esm/module_job.js run()): docs/semantics.md "ES modules".
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engine/js/module_syntax.h"
#include "engine/js/vm.h"

namespace loopscope::node {

class Process;

class EsmLoader {
 public:
  explicit EsmLoader(Process& process);
  ~EsmLoader();

  // Compiles the entry and every module it imports; false with node's error text.
  bool LoadEntry(const std::string& path, const std::string& source, std::string* error);
  // Reads the entry's file (fs.promises.readFile, as node's loader does), then evaluates
  // the graph in the promise job that read completes.
  void StartEntry();
  // Whether the entry's evaluation is still pending (an unsettled top-level await).
  bool EntryPending() const { return entry_started_ && !entry_settled_; }
  // `import(specifier)` from code whose file is `referrer` (a path): a promise.
  js::Value DynamicImport(js::Value specifier, const std::string& referrer);
  // The function bound to `%import` in code of `referrer`.
  js::Value ImportFunction(const std::string& referrer);
  // require() of the ES module at `path` from the CommonJS file `parent` (esm_loader.cpp,
  // "require() of an ES module").
  js::Completion Require(const std::string& path, const std::string& parent);

 private:
  struct Record;
  enum class Status { kLinked, kEvaluating, kEvaluatingAsync, kEvaluated };

  int Load(const std::string& path, const std::string& source, std::string* error);
  int LoadBuiltin(const std::string& id);
  int Resolve(const std::string& specifier, const std::string& referrer, std::string* error);
  bool Link(int index, std::string* error);
  js::Value Namespace(int index);
  bool ResolveExport(int index, const std::string& name, std::vector<int>& visited,
                     js::Value* reader);
  std::vector<std::string> ExportNames(int index, std::vector<int>& visited);
  // ECMA-262 16.2.1.5.3.1 InnerModuleEvaluation, simplified: no strongly connected
  // components, a cycle is cut where it meets a module being evaluated.
  void Evaluate(int index);
  void Execute(int index);
  void ExecuteAsync(int index);
  void AsyncFulfilled(int index);
  void AsyncRejected(int index, js::Value error);
  void Settle(int index);
  void OnSettled(int index, js::NativeFunction then);
  void ReportEntryError(js::Value error, int hops);
  // module_job.js run(): a ReferenceError for a CommonJS name says where it is missing.
  void ExplainCommonJsGlobal(js::Value error);
  js::Value Lib();
  js::Value LoadError(const std::string& error);
  bool GraphHasTopLevelAwait(int index, std::vector<int>& visited) const;
  js::Value RequiredWrapper(int index, std::vector<std::string> names);
  js::Value ReadFilePromise(const std::string& path);
  js::Completion Then(js::Value promise, js::NativeFunction on_fulfilled,
                      js::NativeFunction on_rejected);

  Process& p_;
  std::vector<std::unique_ptr<Record>> records_;
  js::Persistent lib_;
  std::vector<js::Persistent> held_;  // import() promises, named by index from closures
  int entry_ = -1;
  bool entry_started_ = false;
  bool entry_settled_ = false;
};

}  // namespace loopscope::node
