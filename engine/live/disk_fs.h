// engine/live/disk_fs.h — the scenario's files on a real disk, inside one directory.
//
// A live run's files live in a private temporary directory: the scenario's virtual files
// (and the program itself) are written there first, and every read, write, listing and
// removal the program makes is a real file operation on the same path under that
// directory. A program's path is resolved and normalised to an absolute path first (as
// in the simulator), then placed under the directory, so no path — `..`, absolute or
// otherwise — can name a file outside it; a program's symbolic links are followed in that
// resolution (engine/node/virtual_links.cpp) and never made on disk. The fs module
// refuses paths holding a NUL byte (the kernel would cut them there); OnDisk escapes any
// that reach it anyway. The directory holds at most a quota of bytes (Fits): past it a
// write fails with ENOSPC, as on a full disk. A worker thread's DiskFs opens the same
// directory without writing the scenario's files again (`write_files` false).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "engine/node/virtual_fs.h"

namespace loopscope::live {

// How many bytes a live run's files may hold: enough for any teaching program, small
// enough that a runaway write loop cannot fill the host's disk.
inline constexpr uint64_t kDiskQuotaBytes = 64ull << 20;

class DiskFs final : public node::VirtualFs {
 public:
  DiskFs(const scenario::Scenario& scenario, const std::string& program_path,
         const std::string& cwd, std::filesystem::path root, uint64_t quota_bytes = kDiskQuotaBytes,
         bool write_files = true);

  const std::string* Find(const std::string& path) const override;
  bool IsDirectory(const std::string& path) const override;
  std::vector<std::string> List(const std::string& dir) const override;
  void Write(const std::string& path, std::string content) override;
  void Append(const std::string& path, const std::string& content) override;
  bool Remove(const std::string& path) override;
  bool Fits(const std::string& path, size_t bytes, bool append) const override;
  void MakeDir(const std::string& path) override;
  bool RemoveDir(const std::string& path) override;
  void Rename(const std::string& from, const std::string& to) override;
  node::FileInfo Info(const std::string& path) const override;
  void SetModifiedTime(const std::string& key, double ms) override;

  // Where a program's path lives on disk: always under the root.
  std::filesystem::path OnDisk(const std::string& path) const;
  const std::filesystem::path& root() const { return root_; }
  uint64_t used_bytes() const { return used_bytes_; }

 private:
  uint64_t SizeOnDisk(const std::filesystem::path& file) const;

  std::filesystem::path root_;
  uint64_t quota_bytes_;
  uint64_t used_bytes_ = 0;  // the sum of the sizes of the files written here
  // Find returns a pointer: the last content read for each path stays here.
  mutable std::map<std::string, std::string> read_;
};

}  // namespace loopscope::live
