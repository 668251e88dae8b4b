// engine/live/disk_fs.h — the scenario's files on a real disk, inside one directory.
//
// A live run's files live in a private temporary directory: the scenario's virtual files
// (and the program itself) are written there first, and every read, write, listing and
// removal the program makes is a real file operation on the same path under that
// directory. A program's path is resolved and normalised to an absolute path first (as
// in the simulator), then placed under the directory, so no path — `..`, absolute or
// otherwise — can name a file outside it; the program cannot create links.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "engine/node/virtual_fs.h"

namespace loopscope::live {

class DiskFs final : public node::VirtualFs {
 public:
  DiskFs(const scenario::Scenario& scenario, const std::string& program_path,
         const std::string& cwd, std::filesystem::path root);

  const std::string* Find(const std::string& path) const override;
  bool IsDirectory(const std::string& path) const override;
  std::vector<std::string> List(const std::string& dir) const override;
  void Write(const std::string& path, std::string content) override;
  void Append(const std::string& path, const std::string& content) override;
  bool Remove(const std::string& path) override;

  // Where a program's path lives on disk.
  std::filesystem::path OnDisk(const std::string& path) const;

 private:
  std::filesystem::path root_;
  // Find returns a pointer: the last content read for each path stays here.
  mutable std::map<std::string, std::string> read_;
};

}  // namespace loopscope::live
