// engine/live/disk_fs.cpp — see disk_fs.h.
#include "engine/live/disk_fs.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <functional>
#include <iterator>
#include <system_error>

#include "engine/node/host_identity.h"

namespace loopscope::live {

namespace fs = std::filesystem;

DiskFs::DiskFs(const scenario::Scenario& scenario, const std::string& program_path,
               const std::string& cwd, fs::path root, uint64_t quota_bytes, bool write_files)
    : node::VirtualFs(scenario, program_path, cwd),
      root_(std::move(root)),
      quota_bytes_(quota_bytes) {
  std::error_code ec;
  fs::create_directories(OnDisk(cwd_), ec);
  if (write_files) {
    for (const auto& [path, content] : files_) Write(path, content);
    // The machine's own file (engine/node/host_identity.h) is not the program's to pay for.
    used_bytes_ -= SizeOnDisk(OnDisk(node::kHostnamePath));
  }
  files_.clear();  // the disk is the only copy from now on
}

fs::path DiskFs::OnDisk(const std::string& path) const {
  std::string abs = Resolve(path);  // absolute and lexically normal: no ".." remains
  // A NUL would end the path early for the kernel ("/..\0x" is "/.." there): spell it out.
  for (size_t at = abs.find('\0'); at != std::string::npos; at = abs.find('\0', at)) {
    abs.replace(at, 1, "%00");
  }
  return root_ / fs::path(abs).relative_path();
}

uint64_t DiskFs::SizeOnDisk(const fs::path& file) const {
  std::error_code ec;
  uint64_t size = fs::is_regular_file(file, ec) ? fs::file_size(file, ec) : 0;
  return ec ? 0 : size;
}

bool DiskFs::Fits(const std::string& path, size_t bytes, bool append) const {
  uint64_t freed = append ? 0 : SizeOnDisk(OnDisk(path));
  return used_bytes_ - freed + bytes <= quota_bytes_;
}

const std::string* DiskFs::Find(const std::string& path) const {
  fs::path file = OnDisk(path);
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) return nullptr;
  std::ifstream in(file, std::ios::binary);
  if (!in) return nullptr;
  std::string& slot = read_[Resolve(path)];
  slot.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return &slot;
}

bool DiskFs::IsDirectory(const std::string& path) const {
  std::error_code ec;
  return fs::is_directory(OnDisk(path), ec);
}

std::vector<std::string> DiskFs::List(const std::string& dir) const {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(OnDisk(dir), ec)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// As in the simulator, writing a file creates the directories above it.
void DiskFs::Write(const std::string& path, std::string content) {
  fs::path file = OnDisk(path);
  std::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  used_bytes_ -= SizeOnDisk(file);
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << content;
  out.close();
  used_bytes_ += SizeOnDisk(file);
}

void DiskFs::Append(const std::string& path, const std::string& content) {
  fs::path file = OnDisk(path);
  std::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  used_bytes_ -= SizeOnDisk(file);
  std::ofstream out(file, std::ios::binary | std::ios::app);
  out << content;
  out.close();
  used_bytes_ += SizeOnDisk(file);
}

bool DiskFs::Remove(const std::string& path) {
  std::error_code ec;
  fs::path file = OnDisk(path);
  uint64_t size = SizeOnDisk(file);
  if (!fs::is_regular_file(file, ec) || !fs::remove(file, ec)) return false;
  used_bytes_ -= size;
  return true;
}

void DiskFs::MakeDir(const std::string& path) {
  std::error_code ec;
  fs::create_directory(OnDisk(path), ec);
}

bool DiskFs::RemoveDir(const std::string& path) {
  std::error_code ec;
  fs::path dir = OnDisk(path);
  return fs::is_directory(dir, ec) && fs::remove(dir, ec);
}

// The bytes stay on disk: the quota's count does not change unless a file is replaced.
void DiskFs::Rename(const std::string& from, const std::string& to) {
  std::error_code ec;
  fs::path dst = OnDisk(to);
  used_bytes_ -= SizeOnDisk(dst);
  fs::rename(OnDisk(from), dst, ec);
  if (!ec) RenameMetadata(from, to);
}

node::FileInfo DiskFs::Info(const std::string& path) const {
  node::FileInfo info;
  std::error_code ec;
  fs::path file = OnDisk(path);
  fs::file_status status = fs::status(file, ec);
  if (ec || !fs::exists(status)) return info;
  info.exists = true;
  info.directory = fs::is_directory(status);
  info.size = info.directory ? 4096 : SizeOnDisk(file);
  // file_time_type's clock is not system_clock before C++20 libraries agree; the difference
  // to now, applied to system_clock::now(), gives the wall time.
  auto written = fs::last_write_time(file, ec);
  auto wall = std::chrono::system_clock::now() +
              std::chrono::duration_cast<std::chrono::system_clock::duration>(
                  written - fs::file_time_type::clock::now());
  info.mtime_ms =
      std::floor(std::chrono::duration<double, std::milli>(wall.time_since_epoch()).count());
  auto atime = atime_ms_.find(Resolve(path));
  info.atime_ms = atime == atime_ms_.end() ? info.mtime_ms : atime->second;
  info.ino = std::hash<std::string>{}(Resolve(path)) % 100'000'000;
  info.permissions = Permissions(path, info.directory);
  info.nlink = info.directory ? 2 : HardLinkCount(Resolve(path));
  return info;
}

// utimes: the time goes onto the file on disk, through the same clock difference Info reads
// it back with.
void DiskFs::SetModifiedTime(const std::string& key, double ms) {
  node::VirtualFs::SetModifiedTime(key, ms);
  std::error_code ec;
  auto wall = std::chrono::system_clock::time_point(
      std::chrono::duration_cast<std::chrono::system_clock::duration>(
          std::chrono::duration<double, std::milli>(ms)));
  auto on_disk =
      fs::file_time_type::clock::now() + std::chrono::duration_cast<fs::file_time_type::duration>(
                                             wall - std::chrono::system_clock::now());
  fs::last_write_time(OnDisk(key), on_disk, ec);
}

}  // namespace loopscope::live
