// engine/node/modules/fs.cpp — the fs module: lib/fs.js over its native halves.
//
// Every asynchronous call is the sequence of thread-pool requests Node really makes
// (lib/fs.js, lib/internal/fs/read/context.js): readFile is open → fstat → read → close
// with the callback after close; writeFile is open → write → close (these chains are here);
// stat, access, readdir, mkdir, unlink, rename... are one request each (fs_binding.cpp).
// Each request occupies a pool thread for the file's latency, and its completion runs in a
// later poll phase. *Sync forms block the main thread for the same total latency.
// fs.promises resolves after the same sequence. Overloads and argument checks: lib/fs.js.
#include "engine/node/modules.h"
#include "engine/node/modules/buffer.h"
#include "engine/node/modules/fs_support.h"
#include "engine/node/native.h"
#include "engine/node/process.h"
#include "engine/node/virtual_fs.h"

namespace loopscope::node {

namespace {

// The encoding named by an options argument ('utf8' or { encoding: 'utf8' }), or "".
std::string EncodingOption(js::Vm& vm, js::Value options) {
  if (options.IsString()) return std::string(vm.StringView(options));
  if (options.IsObject() && !vm.IsCallable(options)) {
    js::Value enc = vm.GetOwn(options, "encoding");
    if (enc.IsString()) return std::string(vm.StringView(enc));
  }
  return {};
}

// Splits (path, [options], callback) into its parts.
struct FsArgs {
  std::string path;
  js::Value options;
  js::Value callback;
};

bool ParseArgs(js::NativeCall& call, size_t data_args, FsArgs* out, js::Completion* error) {
  size_t cb_index = call.args.empty() ? 0 : call.args.size() - 1;
  out->callback = call.Arg(cb_index);
  out->options = cb_index > 1 + data_args ? call.Arg(1 + data_args) : js::Value::Undefined();
  if (!call.vm.IsCallable(out->callback)) {
    *error = ThrowNotFunction(call.vm, "cb", out->callback);
    return false;
  }
  js::Value path_error;
  if (!PathArg(call, 0, &out->path, &path_error)) {
    *error = Throw(path_error);
    return false;
  }
  return true;
}

js::Value ContentValue(Process& p, const std::string& bytes, const std::string& encoding) {
  if (encoding.empty()) return NewBuffer(p, bytes);
  return p.vm().NewString(DecodeBytes(bytes, encoding));
}

}  // namespace

// fs.readFile(path[, options], callback): open, fstat, read (512 KiB chunks), close.
void ReadFileAsync(Process& p, const std::string& path, const std::string& encoding,
                   FsCompletion done) {
  auto chain = std::make_shared<FsChain>(p, path, std::move(done));
  const std::string* content = p.vfs().Find(path);
  if (!content) {
    chain->Step("open",
                [chain, path]() { chain->Fail(FsError(chain->p, "ENOENT", "open", path)); });
    return;
  }
  std::string bytes = *content;
  chain->Step("open", [chain, bytes, encoding]() {
    chain->Step("fstat", [chain, bytes, encoding]() {
      // lib/internal/fs/read/context.js: reads of min(512 KiB, remaining) until size.
      size_t reads = bytes.empty() ? 1 : (bytes.size() + kReadChunk - 1) / kReadChunk;
      chain->Repeat("read", reads, [chain, bytes, encoding]() {
        chain->Step("close", [chain, bytes, encoding]() {
          chain->Succeed({ContentValue(chain->p, bytes, encoding)});
        });
      });
    });
  });
}

namespace {

// The request chains lib/fs.js keeps from here: readFile, writeFile, appendFile, exists, read
// and their Sync forms (fs.promises.readFile/writeFile come from BuildFsPromises).
js::Value BuildNativeFs(Process& p) {
  js::Vm& vm = p.vm();
  js::Value fs = vm.NewObject();
  SetMethod(vm, fs, "readFile", 3, [&p](js::NativeCall& call) {
    FsArgs a;
    js::Completion err;
    if (!ParseArgs(call, 0, &a, &err)) return err;
    p.SyncClock();
    ReadFileAsync(p, a.path, EncodingOption(call.vm, a.options),
                  CallbackCompletion(p, a.callback, "readFile " + a.path));
    return Ok();
  });
  SetMethod(vm, fs, "writeFile", 4, [&p](js::NativeCall& call) {
    FsArgs a;
    js::Completion err;
    if (!ParseArgs(call, 1, &a, &err)) return err;
    std::string data;
    if (!BytesOf(call.vm, call.Arg(1), "", &data)) data = call.vm.ToDisplayString(call.Arg(1));
    p.SyncClock();
    return WriteFileAsync(p, a.path, data, false,
                          CallbackCompletion(p, a.callback, "writeFile " + a.path));
  });
  SetMethod(vm, fs, "appendFile", 4, [&p](js::NativeCall& call) {
    FsArgs a;
    js::Completion err;
    if (!ParseArgs(call, 1, &a, &err)) return err;
    std::string data;
    if (!BytesOf(call.vm, call.Arg(1), "", &data)) data = call.vm.ToDisplayString(call.Arg(1));
    p.SyncClock();
    return WriteFileAsync(p, a.path, data, true,
                          CallbackCompletion(p, a.callback, "appendFile " + a.path));
  });
  SetMethod(vm, fs, "exists", 2, [&p](js::NativeCall& call) {
    js::Value cb = call.Arg(1);
    if (!call.vm.IsCallable(cb)) return ThrowNotFunction(call.vm, "cb", cb);
    std::string path;
    js::Value path_error;  // lib/fs.js exists: an invalid path calls back false at once
    if (!PathArg(call, 0, &path, &path_error)) {
      js::Value no[] = {js::Value::Boolean(false)};
      js::Completion called = call.vm.Call(cb, js::Value::Undefined(), no);
      return called.ok() ? Ok() : called;
    }
    p.SyncClock();
    AccessAsync(p, path, ExistsCompletion(p, cb, "exists " + path));
    return Ok();
  });
  InstallFdFunctions(p, fs);
  InstallSyncFunctions(p, fs);
  return fs;
}

}  // namespace

// lib/fs.js over the native chains, the syscall binding and the stream classes.
js::Value BuildFsModule(Process& p) {
  js::Vm& vm = p.vm();
  js::Value binding = p.modules().NewBinding();
  vm.Set(binding, "native", BuildNativeFs(p));
  vm.Set(binding, "nativePromises", BuildFsPromises(p));
  vm.Set(binding, "fs", BuildFsBinding(p));
  vm.Set(binding, "EventEmitter", p.modules().event_emitter());
  vm.Set(binding, "stream", p.modules().StreamInternals());
  vm.Set(binding, "AbortError", p.modules().abort_error());
  js::Completion url = p.modules().Require("url");
  if (url.ok()) vm.Set(binding, "fileURLToPath", vm.GetOwn(url.value, "fileURLToPath"));
  js::Value fs = p.modules().RunLib("fs", binding);
  // fs.watch and fs.promises.watch (lib/fs_watch.js), over lib/fs.js's validators.
  js::Value watch_binding = p.modules().NewBinding();
  vm.Set(watch_binding, "fs", fs);
  vm.Set(watch_binding, "internal", vm.GetOwn(binding, "internal"));
  vm.Set(watch_binding, "watch", BuildFsWatchBinding(p));
  vm.Set(watch_binding, "EventEmitter", p.modules().event_emitter());
  vm.Set(watch_binding, "AbortError", p.modules().abort_error());
  p.modules().RunLib("fs_watch", watch_binding);
  // fs.cp, fs.cpSync and fs.promises.cp (lib/fs_cp.js), over fs's own calls.
  js::Value cp_binding = p.modules().NewBinding();
  vm.Set(cp_binding, "fs", fs);
  vm.Set(cp_binding, "internal", vm.GetOwn(binding, "internal"));
  if (js::Completion path = p.modules().Require("path"); path.ok()) {
    vm.Set(cp_binding, "path", path.value);
  }
  p.modules().RunLib("fs_cp", cp_binding);
  return fs;
}

}  // namespace loopscope::node
