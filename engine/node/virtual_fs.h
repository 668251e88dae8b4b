// engine/node/virtual_fs.h — the scenario's files: the only files a simulated program sees.
//
// Paths are resolved against the program's directory (its working directory) and
// normalised. The program's own file is always present (fs.readFile(__filename)); other
// files come from the scenario's `environment.files`; writes stay in memory. Nothing here
// touches the host's file system.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/scenario/scenario.h"

namespace loopscope::node {

// What stat(2) reports about one path (engine/node/modules/fs_binding.cpp builds fs.Stats).
struct FileInfo {
  bool exists = false;
  bool directory = false;
  bool link = false;  // lstat of a symbolic link: `size` is its target's length
  uint64_t size = 0;
  double mtime_ms = 0;  // milliseconds since the epoch
  double atime_ms = 0;  // the last access utimes set; otherwise the file's mtime
  uint64_t ino = 0;
  uint32_t permissions = 0;  // chmod's bits (0o7777)
  uint32_t nlink = 1;        // a file's names (hard links); a directory's is 2
};

// What one change did to a path, in inotify's terms (inotify(7): IN_CREATE, IN_DELETE,
// IN_MODIFY, IN_ATTRIB, IN_MOVED_FROM, IN_MOVED_TO): what fs.watch reports
// (engine/node/modules/fs_watch.cpp).
enum class FsChange : uint8_t { kCreate, kDelete, kModify, kAttrib, kMovedFrom, kMovedTo };

// When a file the program did not write was last modified: the simulator's Date.now() epoch
// (engine/node/clock_reading.h), so a scenario's files predate everything the program does.
inline constexpr double kDefaultMtimeMs = 1'700'000'000'000.0;

// The files in memory. A real-time run (engine/live) derives from it to keep them on disk.
class VirtualFs {
 public:
  VirtualFs(const scenario::Scenario& scenario, const std::string& program_path,
            const std::string& cwd);
  virtual ~VirtualFs() = default;

  // Absolute, normalised, every symbolic link on the way followed (virtual_links.cpp).
  std::string Resolve(const std::string& path) const;
  // Absolute and lexically normal, no link followed: path.resolve's answer.
  std::string Absolute(const std::string& path) const { return Normalise(path); }
  // The same with the last component left as it is: the path lstat, readlink and unlink
  // act on.
  std::string ResolveNoFollow(const std::string& path) const;

  // Symbolic links. They live here in a live run too and are never made on disk: a link is
  // followed by Resolve to another path of the program's own tree, which a live run then
  // places under its private directory like any other, so no link reaches outside it.
  bool MakeLink(const std::string& path, const std::string& target);  // false: path exists
  const std::string* LinkTarget(const std::string& path) const;       // not followed
  bool RemoveLink(const std::string& path);
  void RenameLink(const std::string& from, const std::string& to);
  // Names in `dir` that are links: symbolic ones and second names of files; sorted.
  std::vector<std::string> LinksIn(const std::string& dir) const;
  // Hard links (virtual_hard_links.cpp): a second name of a file is kept here, in a live run
  // too, and is never made on disk. Resolve maps it to the file's first name, so every read,
  // write and stat goes to the one content (one inode), wherever the file lives.
  bool MakeHardLink(const std::string& path, const std::string& existing);  // false: exists
  // unlink of one name: a second name goes alone; a first name with others passes its
  // content on to the next. False when `path` has no other name (an ordinary unlink).
  bool UnlinkHardName(const std::string& path);
  // The file a name (not followed if it is a symbolic link) is a name of.
  std::string HardTarget(const std::string& path) const;
  bool IsHardAlias(const std::string& path) const;
  void RenameHardAlias(const std::string& from, const std::string& to);
  uint32_t HardLinkCount(const std::string& resolved) const;
  virtual const std::string* Find(const std::string& path) const;
  virtual bool IsDirectory(const std::string& path) const;
  virtual std::vector<std::string> List(const std::string& dir) const;  // names, sorted
  virtual void Write(const std::string& path, std::string content);
  virtual void Append(const std::string& path, const std::string& content);
  virtual bool Remove(const std::string& path);
  // Directories: an explicit one made by mkdir, or any directory above a file.
  virtual void MakeDir(const std::string& path);
  virtual bool RemoveDir(const std::string& path);  // false: not there
  // Moves a file, or a directory with everything under it, replacing a file at `to`.
  virtual void Rename(const std::string& from, const std::string& to);
  virtual FileInfo Info(const std::string& path) const;
  // Records when a file was last written (the simulator's files have no clock of their own).
  void Touch(const std::string& path, double mtime_ms) { mtime_ms_[Resolve(path)] = mtime_ms; }
  // utimes/futimes (and lutimes on a link, whose key is its unfollowed path): the times
  // the program set. Access times are kept here in a live run too; a live run also sets the
  // file's modification time on disk (engine/live/disk_fs.cpp), where stat reads it.
  void SetAccessTime(const std::string& key, double ms) { atime_ms_[key] = ms; }
  virtual void SetModifiedTime(const std::string& key, double ms) { mtime_ms_[key] = ms; }
  void SetLinkTimes(const std::string& key, double atime_ms, double mtime_ms) {
    atime_ms_[key] = atime_ms;
    mtime_ms_[key] = mtime_ms;
  }
  // The times a link's own lstat reports: the virtual epoch unless lutimes set them.
  std::pair<double, double> LinkTimes(const std::string& key) const;
  // chmod's bits, kept here in a live run too: the host's files stay readable and removable
  // by the run's cleanup whatever mode the program sets.
  void SetPermissions(const std::string& path, uint32_t bits) { modes_[Resolve(path)] = bits; }
  uint32_t Permissions(const std::string& path, bool directory) const;
  // process.chdir: later relative paths resolve against `dir` (absolute, normalised).
  void set_cwd(const std::string& dir) { cwd_ = dir; }
  const std::string& cwd() const { return cwd_; }
  // Whether writing `bytes` more to `path` (appended, or replacing its content) fits on the
  // disk. The simulator's files are unbounded here; a live run's disk has a quota.
  virtual bool Fits(const std::string& /*path*/, size_t /*bytes*/, bool /*append*/) const {
    return true;
  }
  // The program's own changes, reported by the fs binding as it makes them: the simulator
  // and a live run both learn of every change here (the program has no other way to write).
  void set_change_observer(std::function<void(const std::string&, FsChange)> observer) {
    change_observer_ = std::move(observer);
  }
  void Changed(const std::string& path, FsChange change) const {
    if (change_observer_) change_observer_(ResolveNoFollow(path), change);
  }
  // Per-request latency for this path (the file's own latency_ms, else io["fs"]).
  std::optional<double> FileLatencyMs(const std::string& path) const;

 protected:
  // What the program set on a path (times, modes, latency) follows it through a rename.
  void RenameMetadata(const std::string& from, const std::string& to);

  std::string cwd_;
  std::map<std::string, std::string> files_;
  std::map<std::string, double> latency_ms_;
  std::map<std::string, bool> dirs_;
  std::map<std::string, double> mtime_ms_;
  std::map<std::string, double> atime_ms_;
  std::map<std::string, uint32_t> modes_;
  std::map<std::string, std::string> links_;       // link path (not followed) -> target as written
  std::map<std::string, std::string> hard_links_;  // second name -> the file's first name

 private:
  std::string Normalise(const std::string& path) const;  // absolute, lexically normal
  std::string FollowLinks(const std::string& abs, bool follow_last) const;
  std::function<void(const std::string&, FsChange)> change_observer_;
};

}  // namespace loopscope::node
