// engine/node/modules/fs_support.h — the machinery behind the fs module.
//
// FsChain runs an fs operation as its sequence of thread-pool requests (one FsChain::Step
// per syscall Node makes) and finishes it through an FsCompletion: a Node-style callback
// (called as a MakeCallback in the poll phase) or a promise (fs.promises).
#pragma once

#include <array>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "engine/js/vm.h"
#include "engine/node/virtual_fs.h"

namespace loopscope::node {

class Process;

inline constexpr size_t kReadChunk = 512 * 1024;  // kReadFileBufferLength

struct FsCompletion {
  enum class Kind : uint8_t { kCallback, kPromise, kExists };
  Kind kind = Kind::kCallback;
  uint64_t hold = 0;  // Process::Hold id of the callback or the promise
  std::string label;
};

FsCompletion CallbackCompletion(Process& p, js::Value callback, std::string label);
FsCompletion PromiseCompletion(Process& p, js::Value promise, std::string label);
// fs.exists: the callback gets only a boolean.
FsCompletion ExistsCompletion(Process& p, js::Value callback, std::string label);

class FsChain : public std::enable_shared_from_this<FsChain> {
 public:
  FsChain(Process& process, std::string path, FsCompletion done);
  ~FsChain();

  // Submits one pool request for `syscall`; `next` runs when it completes (poll phase).
  void Step(const std::string& syscall, std::function<void()> next);
  // `count` requests one after the other, then `after`.
  void Repeat(const std::string& syscall, size_t count, std::function<void()> after);
  void Succeed(std::vector<js::Value> results);
  void Fail(js::Value error);

  Process& p;
  std::string path;

 private:
  void Finish(js::Value error, std::vector<js::Value> results);
  FsCompletion done_;
  uint64_t last_request_ = 0;
  bool finished_ = false;
};

// The path argument at `index`. Node refuses a path holding a NUL byte before any syscall
// (lib/internal/fs/utils.js nullCheck: ERR_INVALID_ARG_VALUE): the kernel reads a path only
// up to its first NUL, so in a live run '/..\0' would name the directory above the sandbox.
// False (and *error set to the TypeError, to throw or to reject with) for such a path.
bool PathArg(js::NativeCall& call, size_t index, std::string* path, js::Value* error);

// What fs.Stats is built from, in Node's order (dev, mode, nlink, uid, gid, rdev, blksize, ino,
// size, blocks, then atime, mtime, ctime and birthtime in ms): src/node_file.h's
// kFsStatsFieldsNumber fields (modules/fs_binding.cpp).
inline constexpr size_t kStatFieldCount = 14;
std::array<double, kStatFieldCount> StatFields(const FileInfo& info);

// Node's error for a failed syscall: "ENOENT: no such file or directory, open 'x'" with
// errno, code, syscall and path properties. An empty path is an fd operation's error, which
// names none ("ENOSPC: no space left on device, write"). A `dest` (rename, copyfile) is
// named after it: "rename 'a' -> 'b'".
js::Value FsError(Process& p, const std::string& code, const std::string& syscall,
                  const std::string& path, const std::string& dest = "");

void ReadFileAsync(Process& p, const std::string& path, const std::string& encoding,
                   FsCompletion done);
// A virtual file lives in the simulator's memory, so what a write adds is reserved against
// the heap limit before the write is accepted (a loop appending megabytes stops at
// limits.max_heap_mb, exit 3) and counted as the program's external memory once written.
// A live run keeps its files on disk: none of this applies there.
js::Completion ReserveFileBytes(Process& p, size_t bytes);
void WriteVirtualFile(Process& p, const std::string& path, const std::string& data, bool append);
bool RemoveVirtualFile(Process& p, const std::string& path);  // false: no such file
// Reserves the data (a termination when it does not fit), then queues the requests.
js::Completion WriteFileAsync(Process& p, const std::string& path, const std::string& data,
                              bool append, FsCompletion done);
// fs.exists: one access request.
void AccessAsync(Process& p, const std::string& path, FsCompletion done);
void InstallFdFunctions(Process& p, js::Value fs);
void InstallSyncFunctions(Process& p, js::Value fs);

}  // namespace loopscope::node
