// engine/node/virtual_fs.h — the scenario's files: the only files a simulated program sees.
//
// Paths are resolved against the program's directory (its working directory) and
// normalised. The program's own file is always present (fs.readFile(__filename)); other
// files come from the scenario's `environment.files`; writes stay in memory. Nothing here
// touches the host's file system.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/scenario/scenario.h"

namespace loopscope::node {

// The files in memory. A real-time run (engine/live) derives from it to keep them on disk.
class VirtualFs {
 public:
  VirtualFs(const scenario::Scenario& scenario, const std::string& program_path,
            const std::string& cwd);
  virtual ~VirtualFs() = default;

  std::string Resolve(const std::string& path) const;  // absolute, normalised
  virtual const std::string* Find(const std::string& path) const;
  virtual bool IsDirectory(const std::string& path) const;
  virtual std::vector<std::string> List(const std::string& dir) const;  // names, sorted
  virtual void Write(const std::string& path, std::string content);
  virtual void Append(const std::string& path, const std::string& content);
  virtual bool Remove(const std::string& path);
  // Whether writing `bytes` more to `path` (appended, or replacing its content) fits on the
  // disk. The simulator's files are unbounded here; a live run's disk has a quota.
  virtual bool Fits(const std::string& /*path*/, size_t /*bytes*/, bool /*append*/) const {
    return true;
  }
  // Per-request latency for this path (the file's own latency_ms, else io["fs"]).
  std::optional<double> FileLatencyMs(const std::string& path) const;

 protected:
  std::string cwd_;
  std::map<std::string, std::string> files_;
  std::map<std::string, double> latency_ms_;
  std::map<std::string, bool> dirs_;
};

}  // namespace loopscope::node
