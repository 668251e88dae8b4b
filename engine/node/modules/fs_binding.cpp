// engine/node/modules/fs_binding.cpp — the syscalls under lib/fs.js (Node's
// internalBinding('fs'), src/node_file.cc).
//
// Each function takes the already validated arguments and a last `req`, as node_file.cc
// does: undefined runs the syscall synchronously (the main thread blocks for one request,
// then the result is returned or the error thrown), a function is an FSReqCallback (one
// thread-pool request; the syscall's outcome is decided when it completes and the function
// is called with (err, result) in the poll phase), and `true` is kUsePromises (the same
// request settles a promise). Argument checks and overloads live in lib/fs.js.
#include <cmath>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>

#include "engine/node/clock_reading.h"
#include "engine/node/modules.h"
#include "engine/node/modules/buffer.h"
#include "engine/node/modules/fs_support.h"
#include "engine/node/native.h"
#include "engine/node/process.h"
#include "engine/node/virtual_fs.h"

namespace loopscope::node {

namespace {

// open(2) flags as Node passes them (fs.constants, Linux values).
constexpr int kAccessMode = 3, kWriteOnly = 1, kReadWrite = 2, kCreate = 64, kExclusive = 128,
              kTruncate = 512, kAppend = 1024;
constexpr int kCopyExclusive = 1;  // fs.constants.COPYFILE_EXCL
constexpr size_t kPathMax = 4096;
constexpr uint32_t kDirectoryType = 040000, kFileType = 0100000;  // S_IFDIR, S_IFREG
constexpr uint32_t kLinkType = 0120000;                           // S_IFLNK
constexpr uint32_t kUmask = 022;  // process.umask() of a shell-started node

// One syscall's outcome: an errno code (with the paths its message names) or a value.
struct Outcome {
  std::string code;
  js::Value value = js::Value::Undefined();
  std::string dest;  // rename, copyfile, link: "'from' -> 'to'"
};
using Syscall = std::function<Outcome(Process&)>;

Outcome Error(std::string code, std::string dest = {}) {
  return {std::move(code), js::Value::Undefined(), std::move(dest)};
}
Outcome Value(js::Value v) {
  return {{}, v, {}};
}

// What every function shares: the descriptor table's open flags and fs.Stats' constructor.
struct FsBindingState {
  std::map<int, int> fd_flags;
  uint64_t stats_factory = 0;  // Process::Hold of (array) => new Stats
  uint32_t temp_counter = 0;   // mkdtemp's suffixes, reproducible within a run
};

// A descriptor's syscall (close, read, write, fstat...) names no path in its error, nor
// does opendir (node_dir.cc).
bool OnDescriptor(const std::string& syscall) {
  return syscall == "close" || syscall == "read" || syscall == "write" || syscall[0] == 'f' ||
         syscall == "opendir";
}

js::Value ErrorFor(Process& p, const Outcome& r, const std::string& syscall,
                   const std::string& path) {
  return FsError(p, r.code, syscall, OnDescriptor(syscall) ? "" : path, r.dest);
}

// Runs `run` as `syscall` on `path` in the way `req` asks for (see the header).
js::Completion Dispatch(Process& p, js::Value req, const std::string& syscall,
                        const std::string& path, Syscall run) {
  p.SyncClock();
  // Linux's PATH_MAX: a longer path fails before any syscall, which also bounds how deep a
  // tree rm -r walks.
  if (p.vfs().Resolve(path).size() >= kPathMax) {
    run = [](Process&) { return Error("ENAMETOOLONG"); };
  }
  if (req.IsUndefined()) {
    p.BlockMainThread(MsToNs(p.FsLatencyMs(path)));
    Outcome r = run(p);
    if (!r.code.empty()) return Throw(ErrorFor(p, r, syscall, path));
    return Ok(r.value);
  }
  js::Value promise = req.IsBoolean() ? p.vm().NewPromise() : js::Value::Undefined();
  FsCompletion done = promise.IsUndefined()
                          ? CallbackCompletion(p, req, syscall + " " + path)
                          : PromiseCompletion(p, promise, "fs.promises." + syscall + " " + path);
  auto chain = std::make_shared<FsChain>(p, path, std::move(done));
  chain->Step(syscall, [chain, syscall, run = std::move(run)]() {
    Outcome r = run(chain->p);
    if (!r.code.empty()) return chain->Fail(ErrorFor(chain->p, r, syscall, chain->path));
    // A syscall with no result calls back with the error alone, as FSReqAfterScope does.
    chain->Succeed(r.value.IsUndefined() ? std::vector<js::Value>{} : std::vector{r.value});
  });
  return Ok(promise);
}

// Descriptors, flags and modes convert as ECMA-262's ToUint32/ToInt32 (7.1.6-7): lib/fs.js
// has validated them, but a NaN or a huge number must still not reach a C++ cast.
uint32_t ToUint32(double d) {
  if (!std::isfinite(d)) return 0;
  double m = std::fmod(std::trunc(d), 4294967296.0);
  return static_cast<uint32_t>(m < 0 ? m + 4294967296.0 : m);
}
int32_t ToInt32(double d) {
  return static_cast<int32_t>(ToUint32(d));  // modular since C++20
}
int FdArg(js::NativeCall& call, size_t i) {
  return ToInt32(call.vm.ToNumber(call.Arg(i)));
}
std::string StringArg(js::NativeCall& call, size_t i) {
  return call.vm.ToDisplayString(call.Arg(i));
}
double NumberArg(js::NativeCall& call, size_t i) {
  return call.vm.ToNumber(call.Arg(i));
}
// An offset or size from JavaScript: -1 for "none" (negative or NaN), else at most 2^53.
int64_t OffsetArg(js::NativeCall& call, size_t i) {
  double d = NumberArg(call, i);
  if (!(d >= 0)) return -1;
  return static_cast<int64_t>(std::min(d, 9007199254740992.0));
}

// Whether a file may grow from `old_size` to `new_size` bytes: within a live run's disk quota
// and, in the simulator, within the heap limit its bytes count against. Past either the
// syscall fails with ENOSPC, as on a full disk, before anything is allocated.
bool MayGrow(Process& p, const std::string& path, uint64_t old_size, uint64_t new_size) {
  if (new_size <= old_size) return true;
  if (!p.vfs().Fits(path, new_size, /*append=*/false)) return false;
  return ReserveFileBytes(p, new_size - old_size).ok();
}

// lib/internal/fs/utils.js Stats fields, in the order of node_file.cc's stat array.
js::Value StatsOf(Process& p, FsBindingState& s, const FileInfo& info) {
  js::Vm& vm = p.vm();
  std::vector<js::Value> items;
  for (double f : StatFields(info)) items.push_back(js::Value::Number(f));
  js::Value args[] = {vm.NewArray(items)};
  js::Completion made = vm.Call(p.Held(s.stats_factory)[0], js::Value::Undefined(), args);
  return made.ok() ? made.value : js::Value::Undefined();
}

std::string Parent(Process& p, const std::string& path) {
  std::string abs = p.vfs().Resolve(path);
  size_t slash = abs.rfind('/');
  return slash == 0 ? "/" : abs.substr(0, slash);
}

// ENOENT or ENOTDIR when the directory that would hold `path` is missing.
std::string ParentProblem(Process& p, const std::string& path) {
  std::string parent = Parent(p, path);
  if (p.vfs().IsDirectory(parent)) return {};
  return p.vfs().Find(parent) ? "ENOTDIR" : "ENOENT";
}

void SetFileContent(Process& p, const std::string& path, const std::string& bytes) {
  WriteVirtualFile(p, path, bytes, /*append=*/false);
}

// mkdir -p: the first directory made, or undefined when all were there.
Outcome MakeDirs(Process& p, const std::string& path, uint32_t bits) {
  VirtualFs& vfs = p.vfs();
  std::string abs = vfs.Resolve(path);
  std::vector<std::string> missing;
  for (std::string at = abs; !vfs.IsDirectory(at); at = Parent(p, at)) {
    if (vfs.Find(at)) return Error(missing.empty() ? "EEXIST" : "ENOTDIR");
    missing.push_back(at);
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    vfs.MakeDir(*it);
    vfs.SetPermissions(*it, bits);
    vfs.Changed(*it, FsChange::kCreate);
  }
  if (missing.empty()) return Value(js::Value::Undefined());
  // Named as the caller named `path` (relative stays relative): its ancestor that many up.
  std::filesystem::path first(path);
  if (!first.has_filename()) first = first.parent_path();
  for (size_t up = 1; up < missing.size(); ++up) first = first.parent_path();
  return Value(p.vm().NewString(first.string()));
}

// rm -r: every file and directory under `path`, then `path` itself.
void RemoveTree(Process& p, const std::string& path) {
  VirtualFs& vfs = p.vfs();
  if (vfs.RemoveLink(path)) {  // rm -r removes a link, never what it points to
    vfs.Changed(path, FsChange::kDelete);
    return;
  }
  if (!vfs.IsDirectory(path)) {
    if (RemoveVirtualFile(p, path)) vfs.Changed(path, FsChange::kDelete);
    return;
  }
  std::string abs = vfs.Resolve(path);
  for (const std::string& name : vfs.List(abs)) RemoveTree(p, abs + "/" + name);
  for (const std::string& name : vfs.LinksIn(abs)) RemoveTree(p, abs + "/" + name);
  if (vfs.RemoveDir(abs)) vfs.Changed(abs, FsChange::kDelete);
}

// link(existing, path): a second name for a file; a directory cannot have one (EPERM).
Outcome HardLink(Process& p, const std::string& existing, const std::string& path) {
  VirtualFs& vfs = p.vfs();
  FileInfo info = vfs.Info(existing);
  if (!info.exists) return Error("ENOENT", path);
  if (info.directory) return Error("EPERM", path);
  if (std::string problem = ParentProblem(p, path); !problem.empty()) return Error(problem, path);
  if (!vfs.MakeHardLink(path, existing)) return Error("EEXIST", path);
  vfs.Changed(path, FsChange::kCreate);
  vfs.Changed(existing, FsChange::kAttrib);  // its link count changed
  return Value(js::Value::Undefined());
}

// utimes and futimes on a file or directory: fs.watch sees IN_ATTRIB, as for chmod.
void SetTimes(Process& p, const std::string& abs, double atime_ms, double mtime_ms) {
  p.vfs().SetAccessTime(abs, atime_ms);
  p.vfs().SetModifiedTime(abs, mtime_ms);
  p.vfs().Changed(abs, FsChange::kAttrib);
}

void InstallPathCalls(Process& p, js::Value b, std::shared_ptr<FsBindingState> s) {
  js::Vm& vm = p.vm();
  for (const char* op : {"stat", "lstat"}) {
    std::string name = op;
    SetMethod(vm, b, name, 2, [&p, s, name](js::NativeCall& call) {
      std::string path = StringArg(call, 0);
      return Dispatch(p, call.Arg(1), name, path, [s, path, name](Process& proc) {
        // lstat of a symbolic link describes the link itself.
        if (const std::string* target = proc.vfs().LinkTarget(path); target && name == "lstat") {
          FileInfo link;  // a link's own times: the virtual epoch's, or what lutimes set
          link.exists = link.link = true;
          std::tie(link.atime_ms, link.mtime_ms) =
              proc.vfs().LinkTimes(proc.vfs().ResolveNoFollow(path));
          link.size = target->size();
          link.ino = std::hash<std::string>{}(proc.vfs().ResolveNoFollow(path)) % 100'000'000;
          return Value(StatsOf(proc, *s, link));
        }
        FileInfo info = proc.vfs().Info(path);
        return info.exists ? Value(StatsOf(proc, *s, info)) : Error("ENOENT");
      });
    });
  }
  // access, chmod, chown, utimes...: the file must exist; modes and owners are not modelled.
  // lchown and lutimes act on a link itself, so a dangling one is there for them.
  SetMethod(vm, b, "checkPath", 3, [&p](js::NativeCall& call) {
    std::string syscall = StringArg(call, 0), path = StringArg(call, 1);
    return Dispatch(p, call.Arg(2), syscall, path, [syscall, path](Process& proc) {
      bool on_link = syscall[0] == 'l' && proc.vfs().LinkTarget(path);
      if (on_link || proc.vfs().Info(path).exists) return Value(js::Value::Undefined());
      return Error("ENOENT");
    });
  });
  // utimes(syscall, path, atime, mtime, req), times in seconds (lib/fs.js toUnixTimestamp):
  // utime follows links, lutime sets a link's own times (uv_fs_utime, uv_fs_lutime).
  SetMethod(vm, b, "utimes", 5, [&p](js::NativeCall& call) {
    std::string syscall = StringArg(call, 0), path = StringArg(call, 1);
    double atime_ms = NumberArg(call, 2) * 1000, mtime_ms = NumberArg(call, 3) * 1000;
    return Dispatch(p, call.Arg(4), syscall, path, [=](Process& proc) {
      VirtualFs& vfs = proc.vfs();
      if (syscall == "lutime" && vfs.LinkTarget(path)) {
        vfs.SetLinkTimes(vfs.ResolveNoFollow(path), atime_ms, mtime_ms);
        return Value(js::Value::Undefined());
      }
      if (!vfs.Info(path).exists) return Error("ENOENT");
      SetTimes(proc, vfs.Resolve(path), atime_ms, mtime_ms);
      return Value(js::Value::Undefined());
    });
  });
  // readdir(path, withFileTypes[, syscall]): names, or [names, types] (UV_DIRENT_FILE 1,
  // _DIR 2); opendir reads the same listing under its own name.
  SetMethod(vm, b, "readdir", 4, [&p](js::NativeCall& call) {
    std::string path = StringArg(call, 0);
    bool types = call.vm.ToBoolean(call.Arg(1));
    std::string syscall = call.Arg(3).IsString() ? StringArg(call, 3) : "scandir";
    return Dispatch(p, call.Arg(2), syscall, path, [path, types](Process& proc) {
      VirtualFs& vfs = proc.vfs();
      if (!vfs.IsDirectory(path)) return Error(vfs.Find(path) ? "ENOTDIR" : "ENOENT");
      std::vector<js::Value> names, kinds;
      std::string abs = vfs.Resolve(path);
      std::vector<std::string> entries = vfs.List(abs), links = vfs.LinksIn(abs);
      entries.insert(entries.end(), links.begin(), links.end());
      std::sort(entries.begin(), entries.end());
      for (const std::string& n : entries) {
        names.push_back(proc.vm().NewString(n));
        std::string full = abs + "/" + n;
        int kind = vfs.LinkTarget(full) ? 3 : vfs.IsDirectory(full) ? 2 : 1;  // UV_DIRENT_*
        kinds.push_back(js::Value::Number(kind));
      }
      if (!types) return Value(proc.vm().NewArray(names));
      js::Value pair[] = {proc.vm().NewArray(names), proc.vm().NewArray(kinds)};
      return Value(proc.vm().NewArray(pair));
    });
  });
  // mkdir(path, recursive, mode): the new directories get mode & ~umask.
  SetMethod(vm, b, "mkdir", 4, [&p](js::NativeCall& call) {
    std::string path = StringArg(call, 0);
    bool recursive = call.vm.ToBoolean(call.Arg(1));
    uint32_t bits = ToUint32(NumberArg(call, 2)) & 0777 & ~kUmask;
    return Dispatch(p, call.Arg(3), "mkdir", path, [path, recursive, bits](Process& proc) {
      if (recursive) return MakeDirs(proc, path, bits);
      if (proc.vfs().Info(path).exists) return Error("EEXIST");
      if (std::string problem = ParentProblem(proc, path); !problem.empty()) return Error(problem);
      proc.vfs().MakeDir(path);
      proc.vfs().SetPermissions(path, bits);
      proc.vfs().Changed(path, FsChange::kCreate);
      return Value(js::Value::Undefined());
    });
  });
  // readlink: a link's target as written; EINVAL for any other existing path.
  SetMethod(vm, b, "readlink", 2, [&p](js::NativeCall& call) {
    std::string path = StringArg(call, 0);
    return Dispatch(p, call.Arg(1), "readlink", path, [path](Process& proc) {
      if (const std::string* target = proc.vfs().LinkTarget(path))
        return Value(proc.vm().NewString(*target));
      return Error(proc.vfs().Info(path).exists ? "EINVAL" : "ENOENT");
    });
  });
  // realpath(path, native): the absolute path. lib/fs.js's realpath lstat()s each component
  // and names the first missing one absolutely; the native form names the path as given.
  SetMethod(vm, b, "realpath", 3, [&p](js::NativeCall& call) {
    std::string path = StringArg(call, 0);
    bool native = call.vm.ToBoolean(call.Arg(1));
    VirtualFs& vfs = p.vfs();
    std::string missing = vfs.ResolveNoFollow(path);
    for (std::string up = missing; up != "/" && !vfs.Info(up).exists && !vfs.LinkTarget(up);
         up = Parent(p, up))
      missing = up;
    // A link whose target is missing: lib/fs.js's stat of the link is what fails.
    bool dangling = vfs.LinkTarget(missing) && !vfs.Info(missing).exists;
    std::string named = native ? path : missing;
    std::string syscall = native ? "realpath" : dangling ? "stat" : "lstat";
    return Dispatch(p, call.Arg(2), syscall, named, [path](Process& proc) {
      if (!proc.vfs().Info(path).exists) return Error("ENOENT");
      return Value(proc.vm().NewString(proc.vfs().Resolve(path)));
    });
  });
  // makeLink(syscall, target, path, req): symlink makes a link of the virtual tree
  // (virtual_links.cpp), link a second name of a file (virtual_hard_links.cpp); in a live
  // run too, where nothing is linked on disk.
  SetMethod(vm, b, "makeLink", 4, [&p](js::NativeCall& call) {
    std::string syscall = StringArg(call, 0);
    std::string target = StringArg(call, 1), path = StringArg(call, 2);
    return Dispatch(p, call.Arg(3), syscall, target, [syscall, target, path](Process& proc) {
      if (syscall == "link") return HardLink(proc, target, path);
      if (target.empty()) return Error("ENOENT", path);
      if (std::string problem = ParentProblem(proc, path); !problem.empty())
        return Error(problem, path);
      if (!proc.vfs().MakeLink(path, target)) return Error("EEXIST", path);
      proc.vfs().Changed(path, FsChange::kCreate);
      return Value(js::Value::Undefined());
    });
  });
  // chmod(path, mode) and fchmod(fd, mode): the bits Stats.mode reports from now on.
  SetMethod(vm, b, "chmod", 3, [&p](js::NativeCall& call) {
    std::string path = StringArg(call, 0);
    uint32_t bits = ToUint32(NumberArg(call, 1)) & 07777;
    return Dispatch(p, call.Arg(2), "chmod", path, [path, bits](Process& proc) {
      if (!proc.vfs().Info(path).exists) return Error("ENOENT");
      proc.vfs().SetPermissions(path, bits);
      proc.vfs().Changed(path, FsChange::kAttrib);
      return Value(js::Value::Undefined());
    });
  });
  SetMethod(vm, b, "rmdir", 2, [&p](js::NativeCall& call) {
    std::string path = StringArg(call, 0);
    return Dispatch(p, call.Arg(1), "rmdir", path, [path](Process& proc) {
      VirtualFs& vfs = proc.vfs();
      if (!vfs.IsDirectory(path)) return Error(vfs.Find(path) ? "ENOTDIR" : "ENOENT");
      if (!vfs.List(path).empty() || !vfs.LinksIn(path).empty()) return Error("ENOTEMPTY");
      vfs.RemoveDir(path);
      vfs.Changed(path, FsChange::kDelete);
      return Value(js::Value::Undefined());
    });
  });
  // rm -r (lib/internal/fs/rimraf.js), once lib/fs.js has checked the options.
  SetMethod(vm, b, "rmTree", 2, [&p](js::NativeCall& call) {
    std::string path = StringArg(call, 0);
    return Dispatch(p, call.Arg(1), "rm", path, [path](Process& proc) {
      if (!proc.vfs().Info(path).exists && !proc.vfs().LinkTarget(path)) return Error("ENOENT");
      RemoveTree(proc, path);
      return Value(js::Value::Undefined());
    });
  });
  SetMethod(vm, b, "unlink", 2, [&p](js::NativeCall& call) {
    std::string path = StringArg(call, 0);
    return Dispatch(p, call.Arg(1), "unlink", path, [path](Process& proc) {
      if (proc.vfs().RemoveLink(path)) {
        proc.vfs().Changed(path, FsChange::kDelete);
        return Value(js::Value::Undefined());
      }
      if (proc.vfs().IsDirectory(path)) return Error("EISDIR");
      if (!RemoveVirtualFile(proc, path)) return Error("ENOENT");
      proc.vfs().Changed(path, FsChange::kDelete);
      return Value(js::Value::Undefined());
    });
  });
  SetMethod(vm, b, "rename", 3, [&p](js::NativeCall& call) {
    std::string from = StringArg(call, 0), to = StringArg(call, 1);
    return Dispatch(p, call.Arg(2), "rename", from, [from, to](Process& proc) {
      VirtualFs& vfs = proc.vfs();
      std::string dest = to;
      if (vfs.LinkTarget(from)) {  // rename(2) moves the link itself
        if (std::string problem = ParentProblem(proc, to); !problem.empty())
          return Error(problem, dest);
        if (vfs.IsDirectory(to) && !vfs.LinkTarget(to)) return Error("EISDIR", dest);
        if (!vfs.RemoveLink(to) && vfs.Find(to)) RemoveVirtualFile(proc, to);
        vfs.RenameLink(from, to);
        vfs.Changed(from, FsChange::kMovedFrom);
        vfs.Changed(to, FsChange::kMovedTo);
        return Value(js::Value::Undefined());
      }
      // rename(2): two names of one file, nothing happens; a second name moves alone.
      if (!vfs.LinkTarget(to) && vfs.Info(from).exists && !vfs.IsDirectory(from) &&
          vfs.HardTarget(from) == vfs.HardTarget(to)) {
        return Value(js::Value::Undefined());
      }
      if (vfs.IsHardAlias(from)) {
        if (std::string problem = ParentProblem(proc, to); !problem.empty())
          return Error(problem, dest);
        if (vfs.IsDirectory(to) && !vfs.LinkTarget(to)) return Error("EISDIR", dest);
        if (!vfs.RemoveLink(to) && vfs.Find(to)) RemoveVirtualFile(proc, to);
        vfs.RenameHardAlias(from, to);
        vfs.Changed(from, FsChange::kMovedFrom);
        vfs.Changed(to, FsChange::kMovedTo);
        return Value(js::Value::Undefined());
      }
      FileInfo src = vfs.Info(from), dst = vfs.Info(to);
      if (!src.exists) return Error("ENOENT", dest);
      if (std::string problem = ParentProblem(proc, to); !problem.empty())
        return Error(problem, dest);
      std::string a = vfs.Resolve(from), z = vfs.Resolve(to);
      if (src.directory && z.compare(0, a.size() + 1, a + "/") == 0) return Error("EINVAL", dest);
      if (dst.exists && dst.directory && !src.directory) return Error("EISDIR", dest);
      if (dst.exists && !dst.directory && src.directory) return Error("ENOTDIR", dest);
      if (dst.exists && dst.directory && !vfs.List(to).empty()) return Error("ENOTEMPTY", dest);
      if (dst.exists && !dst.directory) RemoveVirtualFile(proc, to);
      if (dst.exists && dst.directory) vfs.RemoveDir(to);
      vfs.Rename(from, to);
      vfs.Changed(from, FsChange::kMovedFrom);
      vfs.Changed(to, FsChange::kMovedTo);
      return Value(js::Value::Undefined());
    });
  });
  SetMethod(vm, b, "copyFile", 4, [&p](js::NativeCall& call) {
    std::string from = StringArg(call, 0), to = StringArg(call, 1);
    int mode = ToInt32(NumberArg(call, 2));
    return Dispatch(p, call.Arg(3), "copyfile", from, [from, to, mode](Process& proc) {
      VirtualFs& vfs = proc.vfs();
      const std::string* content = vfs.Find(from);
      if (!content) return Error(vfs.IsDirectory(from) ? "EISDIR" : "ENOENT", to);
      if ((mode & kCopyExclusive) && vfs.Info(to).exists) return Error("EEXIST", to);
      if (vfs.IsDirectory(to)) return Error("EISDIR", to);
      if (std::string problem = ParentProblem(proc, to); !problem.empty())
        return Error(problem, to);
      std::string bytes = *content;
      const std::string* before = vfs.Find(to);
      if (!MayGrow(proc, to, before ? before->size() : 0, bytes.size())) return Error("ENOSPC", to);
      SetFileContent(proc, to, bytes);
      return Value(js::Value::Undefined());
    });
  });
  // mkdtemp(prefix): prefix + six characters, a new directory.
  SetMethod(vm, b, "mkdtemp", 2, [&p, s](js::NativeCall& call) {
    std::string prefix = StringArg(call, 0);
    static constexpr char kLetters[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    std::string path;
    do {
      uint32_t n = ++s->temp_counter * 2654435761u;
      path = prefix;
      for (int i = 0; i < 6; ++i, n /= 62) path += kLetters[n % 62];
    } while (p.vfs().Info(path).exists);
    return Dispatch(p, call.Arg(1), "mkdtemp", prefix + "XXXXXX", [path](Process& proc) {
      if (std::string problem = ParentProblem(proc, path); !problem.empty()) return Error(problem);
      proc.vfs().MakeDir(path);
      proc.vfs().Changed(path, FsChange::kCreate);
      return Value(proc.vm().NewString(path));
    });
  });
}

// The descriptor's file, or "" (EBADF) when `fd` is not open.
std::string FdFile(Process& p, int fd) {
  return p.FdPath(fd);
}

void InstallFdCalls(Process& p, js::Value b, std::shared_ptr<FsBindingState> s) {
  js::Vm& vm = p.vm();
  // open(path, flags, mode): O_CREAT/O_EXCL/O_TRUNC/O_APPEND as open(2) treats them.
  SetMethod(vm, b, "open", 4, [&p, s](js::NativeCall& call) {
    std::string path = StringArg(call, 0);
    int flags = ToInt32(NumberArg(call, 1));
    uint32_t bits = ToUint32(NumberArg(call, 2)) & 07777 & ~kUmask;
    return Dispatch(p, call.Arg(3), "open", path, [s, path, flags, bits](Process& proc) {
      FileInfo info = proc.vfs().Info(path);
      bool writes = (flags & kAccessMode) != 0;
      if (info.exists && (flags & kCreate) && (flags & kExclusive)) return Error("EEXIST");
      if (info.directory && writes) return Error("EISDIR");
      if (!info.exists) {
        if (!(flags & kCreate)) return Error("ENOENT");
        if (std::string problem = ParentProblem(proc, path); !problem.empty())
          return Error(problem);
        SetFileContent(proc, path, "");
        proc.vfs().SetPermissions(path, bits);
      } else if ((flags & kTruncate) && writes) {
        SetFileContent(proc, path, "");
      }
      int fd = proc.OpenFd(path);
      s->fd_flags[fd] = flags;
      return Value(js::Value::Number(fd));
    });
  });
  SetMethod(vm, b, "close", 2, [&p, s](js::NativeCall& call) {
    int fd = FdArg(call, 0);
    return Dispatch(p, call.Arg(1), "close", FdFile(p, fd), [s, fd](Process& proc) {
      s->fd_flags.erase(fd);
      return proc.CloseFd(fd) ? Value(js::Value::Undefined()) : Error("EBADF");
    });
  });
  // fstat, fsync, fdatasync, fchmod (mode), fchown, futimes: the descriptor must be open.
  SetMethod(vm, b, "checkFd", 4, [&p, s](js::NativeCall& call) {
    std::string syscall = StringArg(call, 0);
    int fd = FdArg(call, 1);
    std::string path = FdFile(p, fd);
    uint32_t bits = ToUint32(NumberArg(call, 3)) & 07777;
    return Dispatch(p, call.Arg(2), syscall, path, [s, syscall, fd, path, bits](Process& proc) {
      if (proc.FdPath(fd).empty()) return Error("EBADF");
      if (syscall == "fchmod") {
        proc.vfs().SetPermissions(path, bits);
        proc.vfs().Changed(path, FsChange::kAttrib);
      }
      if (syscall != "fstat") return Value(js::Value::Undefined());
      return Value(StatsOf(proc, *s, proc.vfs().Info(path)));
    });
  });
  // futimes(fd, atime, mtime, req): times in seconds, on whatever the descriptor names.
  SetMethod(vm, b, "futimes", 4, [&p](js::NativeCall& call) {
    int fd = FdArg(call, 0);
    double atime_ms = NumberArg(call, 1) * 1000, mtime_ms = NumberArg(call, 2) * 1000;
    return Dispatch(p, call.Arg(3), "futime", FdFile(p, fd), [=](Process& proc) {
      std::string path = proc.FdPath(fd);
      if (path.empty()) return Error("EBADF");
      SetTimes(proc, proc.vfs().Resolve(path), atime_ms, mtime_ms);
      return Value(js::Value::Undefined());
    });
  });
  SetMethod(vm, b, "ftruncate", 3, [&p, s](js::NativeCall& call) {
    int fd = FdArg(call, 0);
    int64_t length = std::max<int64_t>(0, OffsetArg(call, 1));
    return Dispatch(p, call.Arg(2), "ftruncate", FdFile(p, fd), [s, fd, length](Process& proc) {
      std::string path = proc.FdPath(fd);
      const std::string* content = path.empty() ? nullptr : proc.vfs().Find(path);
      if (!content || !(s->fd_flags[fd] & kAccessMode)) return Error(content ? "EINVAL" : "EBADF");
      std::string bytes = *content;
      size_t size = static_cast<size_t>(length);
      if (!MayGrow(proc, path, bytes.size(), size)) return Error("ENOSPC");
      bytes.resize(size, '\0');
      SetFileContent(proc, path, bytes);
      return Value(js::Value::Undefined());
    });
  });
  // writeBuffer(fd, buffer, offset, length, position): O_APPEND writes at the end.
  SetMethod(vm, b, "writeBuffer", 6, [&p, s](js::NativeCall& call) {
    int fd = FdArg(call, 0);
    std::string bytes;
    if (auto data = BufferBytes(call.vm, call.Arg(1))) {
      // lib/fs.js has checked offset and length against the buffer; clamp all the same.
      size_t off = std::min<size_t>(std::max<int64_t>(0, OffsetArg(call, 2)), data->bytes.size());
      size_t len =
          std::min<size_t>(std::max<int64_t>(0, OffsetArg(call, 3)), data->bytes.size() - off);
      bytes = std::string(std::string_view(data->bytes).substr(off, len));
    }
    int64_t position = OffsetArg(call, 4);
    return Dispatch(p, call.Arg(5), "write", FdFile(p, fd),
                    [s, fd, bytes, position](Process& proc) {
                      std::string path = proc.FdPath(fd);
                      int flags = s->fd_flags[fd];
                      if (path.empty() || !(flags & kAccessMode)) return Error("EBADF");
                      const std::string* content = proc.vfs().Find(path);
                      std::string file = content ? *content : std::string();
                      size_t at = (flags & kAppend) ? file.size()
                                  : position < 0    ? proc.FdPosition(fd)
                                                    : static_cast<size_t>(position);
                      if (!MayGrow(proc, path, file.size(), at + bytes.size()))
                        return Error("ENOSPC");
                      if (file.size() < at + bytes.size()) file.resize(at + bytes.size(), '\0');
                      file.replace(at, bytes.size(), bytes);
                      SetFileContent(proc, path, file);
                      if (position < 0 || (flags & kAppend))
                        proc.SetFdPosition(fd, at + bytes.size());
                      return Value(js::Value::Number(static_cast<double>(bytes.size())));
                    });
  });
}

}  // namespace

js::Value BuildFsBinding(Process& p) {
  js::Vm& vm = p.vm();
  js::Value b = vm.NewObject();
  auto s = std::make_shared<FsBindingState>();
  // lib/fs.js hands over its Stats constructor once, before any call.
  SetMethod(vm, b, "setStatsFactory", 1, [&p, s](js::NativeCall& call) {
    s->stats_factory = p.Hold({call.Arg(0)});
    return Ok();
  });
  SetMethod(vm, b, "loadStdin", 0,
            [&p](js::NativeCall&) { return Ok(js::Value::Boolean(p.LoadStdin())); });
  InstallPathCalls(p, b, s);
  InstallFdCalls(p, b, s);
  return b;
}

// src/node_process_methods.cc Chdir, inside the virtual tree only (in a live run, the
// private directory): "ENOENT: no such file or directory, chdir '/a' -> 'b'".
js::Completion ChangeDirectory(Process& p, js::NativeCall& call) {
  js::Value arg = call.Arg(0);
  if (!arg.IsString()) {
    return Throw(MakeNodeError(
        call.vm, js::ErrorType::kTypeError, "ERR_INVALID_ARG_TYPE",
        "The \"directory\" argument must be of type string. " + DescribeReceived(call.vm, arg)));
  }
  std::string dir(call.vm.StringView(arg));
  VirtualFs& vfs = p.vfs();
  if (vfs.IsDirectory(dir)) {
    vfs.set_cwd(vfs.Resolve(dir));
    return Ok();
  }
  return Throw(FsError(p, vfs.Find(dir) ? "ENOTDIR" : "ENOENT", "chdir", vfs.cwd(), dir));
}

std::array<double, kStatFieldCount> StatFields(const FileInfo& info) {
  double size = static_cast<double>(info.size);
  return {2049,
          static_cast<double>(info.link ? kLinkType | 0777
                                        : (info.directory ? kDirectoryType : kFileType) |
                                              info.permissions),
          info.link ? 1.0 : static_cast<double>(info.nlink),
          1000,
          1000,
          0,
          4096,
          static_cast<double>(info.ino),
          size,
          std::ceil(size / 4096) * 8,
          info.atime_ms,
          info.mtime_ms,
          info.mtime_ms,
          info.mtime_ms};
}

}  // namespace loopscope::node
