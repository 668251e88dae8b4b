// engine/node/virtual_fs.cpp — see virtual_fs.h.
#include "engine/node/virtual_fs.h"

#include <algorithm>
#include <filesystem>

namespace loopscope::node {

namespace fs = std::filesystem;

VirtualFs::VirtualFs(const scenario::Scenario& scenario, const std::string& program_path,
                     const std::string& cwd)
    : cwd_(cwd) {
  files_[program_path] = scenario.source;
  for (const auto& [path, file] : scenario.environment.files) {
    std::string abs = Resolve(path);
    files_[abs] = file.content;
    if (file.latency_ms) latency_ms_[abs] = *file.latency_ms;
  }
}

std::string VirtualFs::Resolve(const std::string& path) const {
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
  std::string prefix = dir == "/" ? "/" : dir + "/";
  auto it = files_.lower_bound(prefix);
  return it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
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
  for (auto it = files_.lower_bound(prefix); it != files_.end(); ++it) add(it->first);
  for (const auto& [d, present] : dirs_) add(d);
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

std::optional<double> VirtualFs::FileLatencyMs(const std::string& path) const {
  auto it = latency_ms_.find(Resolve(path));
  if (it == latency_ms_.end()) return std::nullopt;
  return it->second;
}

}  // namespace loopscope::node
