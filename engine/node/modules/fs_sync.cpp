// engine/node/modules/fs_sync.cpp — readFileSync/writeFileSync, fs.read(Sync) and the
// native fs.promises.readFile/writeFile that lib/fs.js calls.
//
// *Sync calls make the same syscalls on the main thread: it is blocked for their total
// latency (no pool thread, no callback), which is what delays timers in Node.
#include <map>
#include <optional>

#include "engine/node/modules.h"
#include "engine/node/modules/buffer.h"
#include "engine/node/modules/fs_support.h"
#include "engine/node/native.h"
#include "engine/node/process.h"
#include "engine/node/task_queue.h"
#include "engine/node/validators.h"
#include "engine/node/virtual_fs.h"

namespace loopscope::node {

namespace {
std::string EncodingArg(js::Vm& vm, js::Value options) {
  if (options.IsString()) return std::string(vm.StringView(options));
  if (options.IsObject()) {
    js::Value enc = vm.GetOwn(options, "encoding");
    if (enc.IsString()) return std::string(vm.StringView(enc));
  }
  return {};
}

// fsPromises.readFile and writeFile check the path inside `await open(path)`: their
// promise rejects one microtask after stat's does (lib/internal/fs/promises.js).
js::Completion RejectedAfterOpen(js::Vm& vm, js::Value error) {
  js::Value opened = vm.NewPromise();
  vm.RejectPromise(opened, error);
  js::Completion then = vm.Get(opened, "then");
  if (!then.ok()) return then;
  js::Value rethrow = vm.NewFunction("", 1, [](js::NativeCall& c) { return Throw(c.Arg(0)); });
  js::Value args[] = {js::Value::Undefined(), rethrow};
  return vm.Call(then.value, opened, args);
}

// Blocks the main thread for `syscalls` requests on `path`.
void BlockFor(Process& p, const std::string& path, int syscalls) {
  p.SyncClock();
  p.BlockMainThread(MsToNs(p.FsLatencyMs(path)) * syscalls);
}
}  // namespace

void InstallSyncFunctions(Process& p, js::Value fs) {
  js::Vm& vm = p.vm();
  SetMethod(vm, fs, "readFileSync", 2, [&p](js::NativeCall& call) {
    std::string path;
    js::Value path_error;
    if (!PathArg(call, 0, &path, &path_error)) return Throw(path_error);
    const std::string* content = p.vfs().Find(path);
    BlockFor(p, path, content ? 4 : 1);
    if (!content) return Throw(FsError(p, "ENOENT", "open", path));
    std::string enc = EncodingArg(call.vm, call.Arg(1));
    if (enc.empty()) return Ok(NewBuffer(p, *content));
    return Ok(call.vm.NewString(DecodeBytes(*content, enc)));
  });
  auto writer = [&p](bool append) {
    return [&p, append](js::NativeCall& call) {
      std::string path;
      js::Value path_error;
      if (!PathArg(call, 0, &path, &path_error)) return Throw(path_error);
      std::string data;
      if (!BytesOf(call.vm, call.Arg(1), "", &data)) data = call.vm.ToDisplayString(call.Arg(1));
      if (js::Completion room = ReserveFileBytes(p, data.size()); !room.ok()) return room;
      BlockFor(p, path, 3);
      if (!p.vfs().Fits(path, data.size(), append)) {
        return Throw(FsError(p, "ENOSPC", "write", ""));  // a full disk: write(2) fails
      }
      WriteVirtualFile(p, path, data, append);
      return Ok();
    };
  };
  SetMethod(vm, fs, "writeFileSync", 3, writer(false));
  SetMethod(vm, fs, "appendFileSync", 3, writer(true));
  SetMethod(vm, fs, "existsSync", 1, [&p](js::NativeCall& call) {
    std::string path;
    js::Value path_error;  // lib/fs.js existsSync: an invalid path does not exist
    if (!PathArg(call, 0, &path, &path_error)) return Ok(js::Value::Boolean(false));
    BlockFor(p, path, 1);
    return Ok(js::Value::Boolean(p.vfs().Find(path) || p.vfs().IsDirectory(path)));
  });
}

namespace {

// fs.read's and fs.readSync's arguments, validated as lib/fs.js does before anything is
// queued: offset, length and position come back as integers that fit the buffer, or the
// call throws Node's RangeError/TypeError synchronously.
struct ReadRequest {
  size_t offset = 0;
  size_t length = 0;
  std::optional<size_t> position;  // none: the descriptor's position, which then advances
  bool nothing = false;            // length 0: Node answers 0 without a request
};

js::Completion ParseReadArgs(js::NativeCall& call, bool has_callback, ReadRequest& out) {
  js::Vm& vm = call.vm;
  auto target = BufferBytes(vm, call.Arg(1));
  double buffer_length = target ? static_cast<double>(target->bytes.size()) : 0;
  double offset = 0, length = buffer_length, position = -1;
  size_t given = call.args.size() - (has_callback && !call.args.empty() ? 1 : 0);
  if (given > 2) {
    if (!call.Arg(2).IsNullish()) {
      js::Completion ok = ValidateInteger(vm, call.Arg(2), "offset", 0, kMaxSafeInteger, offset);
      if (!ok.ok()) return ok;
    }
    length = ToInt32(vm.ToNumber(call.Arg(3)));  // length |= 0
    if (length == 0) {
      out.nothing = true;
      return Ok();
    }
    // validateOffsetLengthRead (lib/internal/fs/utils.js).
    if (length < 0) return ThrowOutOfRange(vm, "length", ">= 0", call.Arg(3));
    if (offset + length > buffer_length) {
      std::string range = "<= " + vm.Inspect(js::Value::Number(buffer_length - offset));
      return ThrowOutOfRange(vm, "length", range, js::Value::Number(length));
    }
    js::Value pos = given > 4 ? call.Arg(4) : js::Value::Null();
    if (!pos.IsNullish() && !pos.IsNumber()) {
      return Throw(MakeNodeError(vm, js::ErrorType::kTypeError, "ERR_INVALID_ARG_TYPE",
                                 "The \"position\" argument must be of type bigint or integer. " +
                                     DescribeReceived(vm, pos)));
    }
    if (pos.IsNumber()) {
      js::Completion ok = ValidateInteger(vm, pos, "position", -1, kMaxSafeInteger, position);
      if (!ok.ok()) return ok;
    }
  }
  out.offset = static_cast<size_t>(offset);  // validated: within the buffer
  out.length = static_cast<size_t>(length);
  if (position >= 0) out.position = static_cast<size_t>(position);
  return Ok();
}

// uv_fs_read into `buffer`; false when the descriptor or the buffer is gone. The buffer may
// have changed since the arguments were checked: every bound is checked again here.
bool ReadIntoBuffer(Process& p, int fd, const std::string& path, js::Value buffer,
                    const ReadRequest& req, size_t& n) {
  auto data = BufferBytes(p.vm(), buffer);
  const std::string* content = p.vfs().Find(path);
  if (!data || !content) return false;
  size_t pos = req.position ? *req.position : p.FdPosition(fd);
  size_t room = req.offset < data->bytes.size() ? data->bytes.size() - req.offset : 0;
  size_t want = std::min(room, req.length);
  n = pos < content->size() ? std::min(want, content->size() - pos) : 0;
  if (n > 0) data->bytes.replace(req.offset, n, std::string_view(*content).substr(pos, n));
  if (!req.position) p.SetFdPosition(fd, pos + n);
  return true;
}

}  // namespace

// fs.open / fs.read / fs.close on descriptors into the virtual files.
void InstallFdFunctions(Process& p, js::Value fs) {
  js::Vm& vm = p.vm();
  // fs.read(fd, buffer, offset, length, position, callback).
  SetMethod(vm, fs, "read", 6, [&p](js::NativeCall& call) {
    int fd = static_cast<int>(ToInt32(call.vm.ToNumber(call.Arg(0))));
    js::Value buffer = call.Arg(1);
    js::Value cb = call.Arg(call.args.empty() ? 0 : call.args.size() - 1);
    if (!call.vm.IsCallable(cb)) return ThrowNotFunction(call.vm, "cb", cb);
    ReadRequest req;
    if (js::Completion c = ParseReadArgs(call, /*has_callback=*/true, req); !c.ok()) return c;
    if (req.nothing) {  // lib/fs.js: nothing to read, the callback on the next tick
      p.tasks().NextTick(cb, {js::Value::Null(), js::Value::Number(0), buffer});
      return Ok();
    }
    std::string path = p.FdPath(fd);
    p.SyncClock();
    uint64_t hold = p.Hold({buffer});
    auto chain = std::make_shared<FsChain>(p, path, CallbackCompletion(p, cb, "read " + path));
    chain->Step("read", [chain, fd, hold, req]() {
      Process& proc = chain->p;
      js::Value buf = proc.Held(hold)[0];
      proc.Release(hold);
      size_t n = 0;
      if (!ReadIntoBuffer(proc, fd, chain->path, buf, req, n))
        return chain->Fail(FsError(proc, "EBADF", "read", ""));
      chain->Succeed({js::Value::Number(static_cast<double>(n)), buf});
    });
    return Ok();
  });
  // The synchronous form blocks the main thread for one request.
  SetMethod(vm, fs, "readSync", 5, [&p](js::NativeCall& call) {
    int fd = static_cast<int>(ToInt32(call.vm.ToNumber(call.Arg(0))));
    ReadRequest req;
    if (js::Completion c = ParseReadArgs(call, /*has_callback=*/false, req); !c.ok()) return c;
    if (req.nothing) return Ok(js::Value::Number(0));
    std::string path = p.FdPath(fd);
    BlockFor(p, path, 1);
    size_t n = 0;
    if (!ReadIntoBuffer(p, fd, path, call.Arg(1), req, n))
      return Throw(FsError(p, "EBADF", "read", ""));
    return Ok(js::Value::Number(static_cast<double>(n)));
  });
}

// fs.promises: the same request sequences, settling a promise.
js::Value BuildFsPromises(Process& p) {
  js::Vm& vm = p.vm();
  js::Value promises = vm.NewObject();
  SetMethod(vm, promises, "readFile", 2, [&p](js::NativeCall& call) {
    std::string path;
    js::Value path_error;
    if (!PathArg(call, 0, &path, &path_error)) return RejectedAfterOpen(call.vm, path_error);
    p.SyncClock();
    js::Value promise = call.vm.NewPromise();
    ReadFileAsync(p, path, EncodingArg(call.vm, call.Arg(1)),
                  PromiseCompletion(p, promise, "fs.promises.readFile " + path));
    return Ok(promise);
  });
  SetMethod(vm, promises, "writeFile", 3, [&p](js::NativeCall& call) {
    std::string path;
    js::Value path_error;
    if (!PathArg(call, 0, &path, &path_error)) return RejectedAfterOpen(call.vm, path_error);
    std::string data;
    if (!BytesOf(call.vm, call.Arg(1), "", &data)) data = call.vm.ToDisplayString(call.Arg(1));
    p.SyncClock();
    js::Value promise = call.vm.NewPromise();
    js::Completion queued = WriteFileAsync(
        p, path, data, false, PromiseCompletion(p, promise, "fs.promises.writeFile " + path));
    return queued.ok() ? Ok(promise) : queued;
  });
  return promises;
}

}  // namespace loopscope::node
