// engine/node/virtual_fs.cpp — see virtual_fs.h.
#include "engine/node/virtual_fs.h"

#include <algorithm>
#include <filesystem>
#include <functional>

#include "engine/node/host_identity.h"

namespace loopscope::node {

namespace fs = std::filesystem;

VirtualFs::VirtualFs(const scenario::Scenario& scenario, const std::string& program_path,
                     const std::string& cwd)
    : cwd_(cwd) {
  files_[kHostnamePath] = std::string(kHostname) + "\n";
  files_[program_path] = scenario.source;
  for (const auto& [path, file] : scenario.environment.files) {
    std::string abs = Resolve(path);
    files_[abs] = file.content;
    if (file.latency_ms) latency_ms_[abs] = *file.latency_ms;
  }
}

std::string VirtualFs::Normalise(const std::string& path) const {
  fs::path p(path);
  if (!p.is_absolute()) p = fs::path(cwd_) / p;
  std::string s = p.lexically_normal().string();
  if (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

const std::string* VirtualFs::Find(const std::string& path) const {
  auto it = files_.find(Resolve(path));
  return it == files_.end() ? nullptr : &it->second;
}

bool VirtualFs::IsDirectory(const std::string& path) const {
  std::string dir = Resolve(path);
  if (dirs_.count(dir) || dir == cwd_) return true;
  if (files_.count(dir)) return false;
  // Every directory above a file, an explicit directory or the working directory exists.
  std::string prefix = dir == "/" ? "/" : dir + "/";
  if (cwd_.compare(0, prefix.size(), prefix) == 0) return true;
  auto under = [&prefix](const auto& map) {
    auto it = map.lower_bound(prefix);
    return it != map.end() && it->first.compare(0, prefix.size(), prefix) == 0;
  };
  return under(files_) || under(dirs_);
}

std::vector<std::string> VirtualFs::List(const std::string& path) const {
  std::string dir = Resolve(path);
  std::string prefix = dir == "/" ? "/" : dir + "/";
  std::vector<std::string> names;
  auto add = [&](const std::string& full) {
    if (full.compare(0, prefix.size(), prefix) != 0 || full.size() == prefix.size()) return;
    std::string rest = full.substr(prefix.size());
    std::string name = rest.substr(0, rest.find('/'));
    if (names.empty() || names.back() != name) names.push_back(name);
  };
  // Only the keys under prefix: the maps are sorted, so they form one range in each.
  auto add_under = [&](const auto& map) {
    for (auto it = map.lower_bound(prefix); it != map.end(); ++it) {
      if (it->first.compare(0, prefix.size(), prefix) != 0) break;
      add(it->first);
    }
  };
  add_under(files_);
  add_under(dirs_);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

void VirtualFs::Write(const std::string& path, std::string content) {
  files_[Resolve(path)] = std::move(content);
}

void VirtualFs::Append(const std::string& path, const std::string& content) {
  files_[Resolve(path)] += content;
}

bool VirtualFs::Remove(const std::string& path) {
  return files_.erase(Resolve(path)) > 0;
}

void VirtualFs::MakeDir(const std::string& path) {
  dirs_[Resolve(path)] = true;
}

bool VirtualFs::RemoveDir(const std::string& path) {
  return dirs_.erase(Resolve(path)) > 0;
}

namespace {
// Moves every key equal to `src` or under `src/` to the same place under `dst`.
template <typename Map>
void MoveKeys(Map& map, const std::string& src, const std::string& dst) {
  std::string prefix = src + "/";
  for (auto it = map.begin(); it != map.end();) {
    bool hit = it->first == src || it->first.compare(0, prefix.size(), prefix) == 0;
    if (!hit) {
      ++it;
      continue;
    }
    auto node = map.extract(it++);
    node.key() = dst + node.key().substr(src.size());
    map.insert_or_assign(node.key(), std::move(node.mapped()));
  }
}
}  // namespace

void VirtualFs::Rename(const std::string& from, const std::string& to) {
  std::string src = Resolve(from), dst = Resolve(to);
  if (src == dst) return;
  MoveKeys(files_, src, dst);
  MoveKeys(dirs_, src, dst);
  MoveKeys(links_, src, dst);
  RenameMetadata(from, to);
}

void VirtualFs::RenameMetadata(const std::string& from, const std::string& to) {
  std::string src = Resolve(from), dst = Resolve(to);
  if (src == dst) return;
  MoveKeys(mtime_ms_, src, dst);
  MoveKeys(atime_ms_, src, dst);
  MoveKeys(latency_ms_, src, dst);
  MoveKeys(modes_, src, dst);
  // Second names under `src` move with it, and those naming a file under `src` follow it.
  MoveKeys(hard_links_, src, dst);
  for (auto& [name, file] : hard_links_) {
    if (file == src || file.compare(0, src.size() + 1, src + "/") == 0) {
      file = dst + file.substr(src.size());
    }
  }
}

FileInfo VirtualFs::Info(const std::string& path) const {
  FileInfo info;
  std::string abs = Resolve(path);
  const std::string* content = Find(abs);
  info.directory = !content && IsDirectory(abs);
  info.exists = content || info.directory;
  info.size = content ? content->size() : 4096;
  auto mtime = mtime_ms_.find(abs);
  info.mtime_ms = mtime == mtime_ms_.end() ? kDefaultMtimeMs : mtime->second;
  auto atime = atime_ms_.find(abs);
  info.atime_ms = atime == atime_ms_.end() ? info.mtime_ms : atime->second;
  info.ino = std::hash<std::string>{}(abs) % 100'000'000;  // stable per path within a run
  info.permissions = Permissions(abs, info.directory);
  info.nlink = info.directory ? 2 : HardLinkCount(abs);
  return info;
}

std::pair<double, double> VirtualFs::LinkTimes(const std::string& key) const {
  auto mtime = mtime_ms_.find(key);
  double m = mtime == mtime_ms_.end() ? kDefaultMtimeMs : mtime->second;
  auto atime = atime_ms_.find(key);
  return {atime == atime_ms_.end() ? m : atime->second, m};
}

// A file made without a mode is 0o644 and a directory 0o755 (0o666 and 0o777 under umask 022).
uint32_t VirtualFs::Permissions(const std::string& path, bool directory) const {
  auto it = modes_.find(Resolve(path));
  if (it != modes_.end()) return it->second;
  return directory ? 0755 : 0644;
}

std::optional<double> VirtualFs::FileLatencyMs(const std::string& path) const {
  auto it = latency_ms_.find(Resolve(path));
  if (it == latency_ms_.end()) return std::nullopt;
  return it->second;
}

}  // namespace loopscope::node
