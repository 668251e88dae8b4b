// tests/fuzz/disk_fs_path_fuzz.cpp — fuzz target: arbitrary bytes as a live program's path.
//
// The property of live mode's sandbox (engine/live/disk_fs.h): whatever the path — `..`
// chains, absolute paths, NUL bytes, `//`, invalid UTF-8 — DiskFs::OnDisk places it under
// the run's root, and the read-only operations on it (Find, IsDirectory, List) never reach
// outside. The first byte picks the working directory the path is resolved against. Seeds:
// tests/fuzz/seeds/disk_fs_path.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "engine/live/disk_fs.h"
#include "engine/live/private_dir.h"

namespace {

namespace fs = std::filesystem;

bool Inside(const fs::path& root, const fs::path& p) {
  const std::string r = root.lexically_normal().string();
  const std::string s = p.lexically_normal().string();
  if (s.find('\0') != std::string::npos) return false;
  return s == r || (s.size() > r.size() && s.compare(0, r.size(), r) == 0 && s[r.size()] == '/');
}

// One root per process, and one DiskFs per working directory, made on first use and kept
// for the whole fuzzing process (a harness fixture, not engine state).
loopscope::live::DiskFs& Disk(int which) {
  static const loopscope::live::PrivateDir root("loopscope-fuzz-disk");  // gone at exit
  static const char* const kCwds[] = {"/", "/virtual", "/a/b/c/d"};
  static loopscope::live::DiskFs* disks[3] = {};
  if (!disks[which]) {
    loopscope::scenario::Scenario s;
    s.source = "";
    disks[which] = new loopscope::live::DiskFs(s, "/virtual/p.js", kCwds[which], root.path());
  }
  return *disks[which];
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  loopscope::live::DiskFs& disk = Disk(data[0] % 3);
  const std::string path(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (!Inside(disk.root(), disk.OnDisk(path))) std::abort();
  disk.Find(path);
  disk.IsDirectory(path);
  disk.List(path);
  return 0;
}
