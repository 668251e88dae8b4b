// engine/node/virtual_links.cpp — symbolic links of the virtual tree (see virtual_fs.h).
//
// path_resolution(7): each component of a path is looked up in turn; a link met on the way
// (or at the end, unless the call does not follow it: lstat, readlink, unlink, rename) is
// replaced by its target, relative to the link's directory, and the walk starts again. Like
// the kernel, at most 40 links are followed; past that the path is left unresolved (the
// kernel's ELOOP shows as ENOENT here). Links are kept in memory in a live run as well.
#include <algorithm>

#include "engine/node/virtual_fs.h"

namespace loopscope::node {

namespace {
constexpr int kMaxLinkHops = 40;  // Linux's MAXSYMLINKS

std::string Join(const std::string& dir, const std::string& name) {
  return dir == "/" ? "/" + name : dir + "/" + name;
}
}  // namespace

// With links about, `..` must be taken from where a link leads (the kernel walks the path
// one component at a time), so the path is walked as written; without links the lexical
// normal form is the same answer.
std::string VirtualFs::Resolve(const std::string& path) const {
  std::string resolved =
      links_.empty() ? Normalise(path)
                     : FollowLinks(path.empty() || path[0] != '/' ? Join(cwd_, path) : path, true);
  // A second name of a file is that file (virtual_hard_links.cpp).
  if (!hard_links_.empty()) {
    if (auto it = hard_links_.find(resolved); it != hard_links_.end()) return it->second;
  }
  return resolved;
}

std::string VirtualFs::ResolveNoFollow(const std::string& path) const {
  if (links_.empty()) return Normalise(path);
  return FollowLinks(path.empty() || path[0] != '/' ? Join(cwd_, path) : path, false);
}

std::string VirtualFs::FollowLinks(const std::string& abs, bool follow_last) const {
  std::string path = abs;
  for (int hops = 0; hops <= kMaxLinkHops; ++hops) {
    std::string walked = "/";
    bool replaced = false;
    size_t at = 1;
    while (at <= path.size() && !replaced) {
      size_t slash = path.find('/', at);
      if (slash == std::string::npos) slash = path.size();
      std::string name = path.substr(at, slash - at);
      at = slash + 1;
      if (name.empty() || name == ".") continue;
      if (name == "..") {
        walked = walked.substr(0, std::max<size_t>(walked.rfind('/'), 1));
        continue;
      }
      std::string next = Join(walked, name);
      bool last = slash >= path.size();
      auto link = links_.find(next);
      if (link == links_.end() || (last && !follow_last)) {
        walked = next;
        continue;
      }
      if (hops == kMaxLinkHops) return Normalise(abs);  // ELOOP: left unresolved
      const std::string& to = link->second;
      std::string target = !to.empty() && to[0] == '/' ? to : Join(walked, to);
      path = target + (last ? "" : path.substr(slash));
      replaced = true;
    }
    if (!replaced) return walked;
  }
  return Normalise(abs);
}

bool VirtualFs::MakeLink(const std::string& path, const std::string& target) {
  std::string at = ResolveNoFollow(path);
  if (links_.count(at) || hard_links_.count(at) || Info(at).exists) return false;
  links_[at] = target;
  return true;
}

const std::string* VirtualFs::LinkTarget(const std::string& path) const {
  auto it = links_.find(ResolveNoFollow(path));
  return it == links_.end() ? nullptr : &it->second;
}

bool VirtualFs::RemoveLink(const std::string& path) {
  return links_.erase(ResolveNoFollow(path)) > 0;
}

void VirtualFs::RenameLink(const std::string& from, const std::string& to) {
  auto node = links_.extract(ResolveNoFollow(from));
  if (node.empty()) return;
  node.key() = ResolveNoFollow(to);
  links_.insert_or_assign(node.key(), std::move(node.mapped()));
}

std::vector<std::string> VirtualFs::LinksIn(const std::string& dir) const {
  std::string prefix = Join(Resolve(dir), "");
  std::vector<std::string> names;
  for (const auto* map : {&links_, &hard_links_}) {
    for (auto it = map->lower_bound(prefix); it != map->end(); ++it) {
      if (it->first.compare(0, prefix.size(), prefix) != 0) break;
      std::string rest = it->first.substr(prefix.size());
      if (rest.find('/') == std::string::npos) names.push_back(rest);
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace loopscope::node
