// engine/node/modules.h — the JavaScript surface of the simulated Node: globals and require.
//
// Installs the globals a Node program sees (console, timers, queueMicrotask, process,
// Buffer, Date.now, performance.now) and resolves `require(id)` to the built-in modules of
// the subset (fs, crypto, zlib, dns, events, net, http, util, timers, path, ...), each
// built once, on first use, by its own file in modules/. Parts written in JavaScript live in
// lib/*.js and run as internal code (no frames, no statements in the step log).
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "engine/js/vm.h"

namespace loopscope::node {

class Process;

// The parameters of node's CommonJS module wrapper, the main module's and every required
// file's (`%import` is the module's own import()).
inline constexpr std::string_view kCommonJsWrapperParams[] = {"exports",    "require",   "module",
                                                              "__filename", "__dirname", "%import"};

class Modules {
 public:
  explicit Modules(Process& process);

  js::Value main_module() const { return main_module_; }
  js::Value require_function() const { return require_; }
  const std::string& filename() const { return filename_; }  // __filename
  const std::string& dirname() const { return dirname_; }    // __dirname

  js::Completion Require(std::string_view id);
  js::Value event_emitter() const { return event_emitter_; }
  // lib/abort.js AbortError, for the libraries that reject with it.
  js::Value abort_error() const;
  // The DOMException class, whatever the program did to the global of that name.
  js::Value dom_exception() const { return dom_exception_; }
  // { TextEncoder, TextDecoder }, whatever the program did to the globals of those names.
  js::Value text_coding() const { return text_coding_; }
  // new EventEmitter() (for servers, sockets, streams and process).
  js::Value NewEmitter();
  // Runs lib/<name>.js (a function body taking `binding`) and returns what it returns.
  js::Value RunLib(std::string_view name, js::Value binding);
  // A binding object with the helpers every lib file may use.
  js::Value NewBinding();
  // The stream classes (lib/stream*.js), built once and shared by require('stream'), fs,
  // net and http (modules/stream.cpp).
  js::Value StreamInternals();
  // lib/process_api.js's list of open handles, which lib/net.js keeps (HandleWrap's
  // handle_wrap_queue, as process._getActiveHandles() and getActiveResourcesInfo() read it).
  js::Value active_handles() const { return active_handles_; }
  // lib/events.js's internal kFirstEventParam option of events.on (readline's iterator).
  js::Value first_event_param() const { return first_event_param_; }

  void Trace(js::RootTracer& tracer) const;

  // True for a DOMException (lib/domexception.js): an error object that V8 does not count as
  // a native error, which changes how node lays out its uncaught report.
  bool IsDomException(js::Value v) const;

  // Node's report of an error its own library throws names that library's line
  // ("node:events:502" and the source line under it), not the program's. The library
  // registers the header for the error it is about to throw (binding.throwSite), with the
  // stack Node prints for it when that differs (an 'error' event's "Emitted 'error' event
  // at:" part); the report uses them when the uncaught throw came from library code.
  struct ThrowSite {
    std::string header;
    std::string stack;  // empty: the error's own
    // An error another thread sent (a worker's): node lays its report out as for a thrown
    // value that is not a native error (a blank line first, none after the caret).
    bool deserialized = false;
  };
  const ThrowSite* FindThrowSite(js::Value error) const {
    return throw_site_error_.SameBits(error) ? &throw_site_ : nullptr;
  }

 private:
  void InstallGlobals();
  void InstallConsole(js::Value global);
  void InstallTimers(js::Value global);
  void InstallTimerObjects();
  void InstallProcess(js::Value global);
  void InstallWarnings(js::Value process);
  void InstallProcessApi(js::Value process);
  void InstallStdin(js::Value process);  // modules/stdin.cpp
  void InstallClock(js::Value global);
  js::Value BuildModule(std::string_view id);
  js::Completion ThrowNotFound(std::string_view raw_id, std::string_view id);
  // The program's own module files (module_files.cpp).
  std::string FindModuleFile(std::string_view id, const std::string& from_dir) const;
  js::Completion RequireFile(std::string_view id, const std::string& parent);
  js::Completion LoadJsonModule(js::Value module, const std::string& file,
                                const std::string& source);
  js::Completion RunModuleBody(js::Value module, const std::string& file,
                               const std::string& dirname, const std::string& source);
  js::Value NewRequireFunction(const std::string& filename);
  js::Completion ThrowModuleNotFound(std::string_view id, const std::string& parent);

  Process& p_;
  std::string filename_;
  std::string dirname_;
  js::Value main_module_;
  js::Value require_;
  js::Value event_emitter_;
  js::Value dom_exception_;  // the global DOMException class (lib/domexception.js)
  js::Value promisify_custom_;
  js::Value stream_internals_;
  js::Value first_event_param_;
  js::Value abort_;           // lib/abort.js's exports: the abort globals and AbortError
  js::Value text_coding_;     // lib/text_coding.js's exports: TextEncoder, TextDecoder
  js::Value active_handles_;  // lib/process_api.js's handle list
  std::map<std::string, js::Value, std::less<>> cache_;
  std::map<std::string, js::Value, std::less<>> file_cache_;  // module objects by absolute path
  std::map<std::string, std::string, std::less<>> parents_;   // a file → the file requiring it
  std::map<std::string, int64_t, std::less<>> console_timers_;
  std::map<std::string, int64_t, std::less<>> console_counts_;
  int console_indent_ = 0;
  js::Value throw_site_error_;
  ThrowSite throw_site_;
};

// The ids of every built-in module `require` knows ("events, util, timers, ..."), from the
// one table in modules.cpp.
std::string BuiltinModuleList();

// Builders of the individual modules (one file each under modules/); modules.cpp's table
// (kBuiltinModules) maps each id to its builder.
js::Value BuildFsModule(Process& p);
js::Value BuildFsPromises(Process& p);
js::Value BuildFsBinding(Process& p);
js::Value BuildFsWatchBinding(Process& p);  // FSEvent handles (modules/fs_watch.cpp)
// process.chdir(directory), within the virtual tree (modules/fs_binding.cpp).
js::Completion ChangeDirectory(Process& p, js::NativeCall& call);
js::Value BuildCryptoModule(Process& p);
js::Value BuildZlibModule(Process& p);
js::Value BuildDnsModule(Process& p);
js::Value BuildNetModule(Process& p);
js::Value BuildHttpModule(Process& p);
js::Value BuildPathModule(Process& p);
js::Value BuildUrlModule(Modules& modules, Process& p);  // modules/url.cpp, lib/url.js
js::Value BuildOsModule(Process& p);
js::Value BuildTimersPromises(Modules& modules, Process& p);
js::Value BuildBufferModule(Modules& modules, Process& p);
js::Value BuildAssertModule(Modules& modules, Process& p);
js::Value BuildAsyncHooksModule(Modules& modules, Process& p);
js::Value BuildStreamModule(Modules& modules, Process& p);
js::Value BuildStringDecoderModule(Modules& modules, Process& p);  // modules/readline.cpp
js::Value BuildReadlineModule(Modules& modules, Process& p);       // lib/readline.js
js::Value BuildTestModule(Modules& modules, Process& p);  // node:test (modules/test_runner.cpp)
js::Value BuildWorkerThreadsModule(Modules& modules, Process& p);  // modules/worker_threads.cpp

}  // namespace loopscope::node
