// engine/node/modules/fs_support.cpp — fs request chains, errors and stats.
#include "engine/node/modules/fs_support.h"

#include <map>

#include "engine/node/async_context.h"
#include "engine/node/clock_reading.h"
#include "engine/node/modules.h"
#include "engine/node/modules/buffer.h"
#include "engine/node/native.h"
#include "engine/node/process.h"
#include "engine/node/task_queue.h"
#include "engine/node/thread_pool.h"
#include "engine/node/virtual_fs.h"

namespace loopscope::node {

namespace {
struct ErrnoInfo {
  int errno_value;
  const char* text;
};

ErrnoInfo Errno(const std::string& code) {
  static const std::map<std::string, ErrnoInfo> kTable = {
      {"ENOENT", {-2, "no such file or directory"}},
      {"EEXIST", {-17, "file already exists"}},
      {"ENOTDIR", {-20, "not a directory"}},
      {"EISDIR", {-21, "illegal operation on a directory"}},
      {"EBADF", {-9, "bad file descriptor"}},
      {"ENOSPC", {-28, "no space left on device"}},
      {"ENOTEMPTY", {-39, "directory not empty"}},
      {"EINVAL", {-22, "invalid argument"}},
      {"EPERM", {-1, "operation not permitted"}},
      {"EACCES", {-13, "permission denied"}},
      {"ENAMETOOLONG", {-36, "name too long"}},
  };
  auto it = kTable.find(code);
  return it == kTable.end() ? ErrnoInfo{-5, "i/o error"} : it->second;
}
}  // namespace

FsCompletion CallbackCompletion(Process& p, js::Value callback, std::string label) {
  return {FsCompletion::Kind::kCallback, p.Hold({callback}), std::move(label)};
}

FsCompletion PromiseCompletion(Process& p, js::Value promise, std::string label) {
  return {FsCompletion::Kind::kPromise, p.Hold({promise}), std::move(label)};
}

FsCompletion ExistsCompletion(Process& p, js::Value callback, std::string label) {
  return {FsCompletion::Kind::kExists, p.Hold({callback}), std::move(label)};
}

bool PathArg(js::NativeCall& call, size_t index, std::string* path, js::Value* error) {
  *path = call.vm.ToDisplayString(call.Arg(index));
  if (path->find('\0') == std::string::npos) return true;
  std::string message =
      "The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received " +
      call.vm.Inspect(call.vm.NewString(*path));
  *error = MakeNodeError(call.vm, js::ErrorType::kTypeError, "ERR_INVALID_ARG_VALUE", message);
  return false;
}

js::Value FsError(Process& p, const std::string& code, const std::string& syscall,
                  const std::string& path, const std::string& dest) {
  js::Vm& vm = p.vm();
  ErrnoInfo info = Errno(code);
  std::string message = code + ": " + info.text + ", " + syscall;
  if (!path.empty()) message += " '" + path + "'";
  if (!dest.empty()) message += " -> '" + dest + "'";
  js::Value err = vm.MakeError(js::ErrorType::kError, message);
  vm.Set(err, "errno", js::Value::Number(info.errno_value));
  vm.Set(err, "code", vm.NewString(code));
  vm.Set(err, "syscall", vm.NewString(syscall));
  if (!path.empty()) vm.Set(err, "path", vm.NewString(path));
  if (!dest.empty()) vm.Set(err, "dest", vm.NewString(dest));
  return err;
}

FsChain::FsChain(Process& process, std::string path_in, FsCompletion done)
    : p(process), path(std::move(path_in)), done_(std::move(done)) {}

FsChain::~FsChain() {
  p.Release(done_.hold);
}

void FsChain::Step(const std::string& syscall, std::function<void()> next) {
  PoolWork work;
  work.id = p.rec().NewId();
  work.label = "fs." + syscall + " " + path;
  work.from = p.call_site();
  work.latency_ns = MsToNs(p.FsLatencyMs(path));
  last_request_ = work.id;
  auto self = shared_from_this();
  work.done = [self, next = std::move(next)](PoolWork&) { next(); };
  p.pool().Submit(std::move(work));
  if (done_.kind == FsCompletion::Kind::kPromise)
    p.async_contexts().NamePromiseRequest(last_request_);
}

void FsChain::Repeat(const std::string& syscall, size_t count, std::function<void()> after) {
  if (count == 0) {
    after();
    return;
  }
  auto self = shared_from_this();
  Step(syscall, [self, syscall, count, after = std::move(after)]() {
    self->Repeat(syscall, count - 1, after);
  });
}

void FsChain::Succeed(std::vector<js::Value> results) {
  Finish(js::Value::Null(), std::move(results));
}

void FsChain::Fail(js::Value error) {
  Finish(error, {});
}

// The operation's callback runs as a MakeCallback from the last request's completion; a
// promise is settled there instead and the microtasks it queues drain right after.
void FsChain::Finish(js::Value error, std::vector<js::Value> results) {
  if (finished_) return;
  finished_ = true;
  js::Vm& vm = p.vm();
  js::Value target = p.Held(done_.hold)[0];
  // An anonymous callback shows on the stack as "readFile callback".
  std::string frame = done_.label.substr(0, done_.label.find(' ')) + " callback";
  switch (done_.kind) {
    case FsCompletion::Kind::kCallback: {
      std::vector<js::Value> args{error};
      args.insert(args.end(), results.begin(), results.end());
      CallbackSite site{Queue::kPollReady, last_request_, done_.label, frame};
      p.MakeCallback(target, js::Value::Undefined(), args, site);
      break;
    }
    case FsCompletion::Kind::kExists: {
      js::Value args[] = {js::Value::Boolean(error.IsNull())};
      CallbackSite site{Queue::kPollReady, last_request_, done_.label, frame};
      p.MakeCallback(target, js::Value::Undefined(), args, site);
      break;
    }
    case FsCompletion::Kind::kPromise:
      if (error.IsNull()) {
        vm.ResolvePromise(target, results.empty() ? js::Value::Undefined() : results[0]);
      } else {
        vm.RejectPromise(target, error);
      }
      p.tasks().DrainAfterCallback();
      break;
  }
}

js::Completion ReserveFileBytes(Process& p, size_t bytes) {
  if (p.real_time()) return Ok();
  return p.vm().ReserveHeap(bytes);
}

void WriteVirtualFile(Process& p, const std::string& path, const std::string& data, bool append) {
  auto size_of = [&p, &path]() -> int64_t {
    const std::string* content = p.vfs().Find(path);
    return content ? static_cast<int64_t>(content->size()) : 0;
  };
  bool existed = p.vfs().Find(path) != nullptr;
  int64_t before = size_of();
  append ? p.vfs().Append(path, data) : p.vfs().Write(path, data);
  double now = ClockReading(ClockKind::kDateNow, p.now());
  p.vfs().Touch(path, now);
  if (!existed) p.vfs().SetAccessTime(p.vfs().Resolve(path), now);  // a new file's atime
  // open(O_CREAT) on a new file is IN_CREATE alone; a write or a truncation is IN_MODIFY.
  if (!existed) p.vfs().Changed(path, FsChange::kCreate);
  if (!data.empty() || (existed && !append)) p.vfs().Changed(path, FsChange::kModify);
  if (!p.real_time()) p.vm().AdjustExternalMemory(size_of() - before);
}

bool RemoveVirtualFile(Process& p, const std::string& path) {
  // One name of several: the file itself stays (virtual_hard_links.cpp).
  if (p.vfs().UnlinkHardName(path)) return true;
  const std::string* content = p.vfs().Find(path);
  int64_t size = content ? static_cast<int64_t>(content->size()) : 0;
  if (!p.vfs().Remove(path)) return false;
  if (!p.real_time()) p.vm().AdjustExternalMemory(-size);
  return true;
}

// fs.writeFile: open ('w' truncates or creates), write, close.
js::Completion WriteFileAsync(Process& p, const std::string& path, const std::string& data,
                              bool append, FsCompletion done) {
  if (js::Completion room = ReserveFileBytes(p, data.size()); !room.ok()) return room;
  auto chain = std::make_shared<FsChain>(p, path, std::move(done));
  chain->Step("open", [chain, data, append]() {
    chain->Step("write", [chain, data, append]() {
      // A full disk fails the write(2), which names no path.
      if (!chain->p.vfs().Fits(chain->path, data.size(), append)) {
        return chain->Fail(FsError(chain->p, "ENOSPC", "write", ""));
      }
      WriteVirtualFile(chain->p, chain->path, data, append);
      chain->Step("close", [chain]() { chain->Succeed({}); });
    });
  });
  return Ok();
}

// fs.exists: one access request, whose outcome is decided when it completes.
void AccessAsync(Process& p, const std::string& path, FsCompletion done) {
  auto chain = std::make_shared<FsChain>(p, path, std::move(done));
  chain->Step("access", [chain]() {
    FileInfo info = chain->p.vfs().Info(chain->path);
    if (!info.exists) return chain->Fail(FsError(chain->p, "ENOENT", "access", chain->path));
    chain->Succeed({});
  });
}

}  // namespace loopscope::node
