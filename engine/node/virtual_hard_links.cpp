// engine/node/virtual_hard_links.cpp — hard links of the virtual tree (see virtual_fs.h).
//
// link(2) gives a file a second name: both names are the same inode (same content, same
// ino, nlink counting the names) until one is unlinked. Here the file keeps living under its
// first name and each further name maps to it (hard_links_); Resolve follows that mapping,
// so a live run (engine/live/disk_fs.cpp) only ever touches the first name, inside its
// private directory: a link can name nothing outside the program's tree. When the first
// name is unlinked while others remain, the content moves (a rename) to the next name.
#include "engine/node/virtual_fs.h"

namespace loopscope::node {

bool VirtualFs::MakeHardLink(const std::string& path, const std::string& existing) {
  std::string at = ResolveNoFollow(path);
  if (links_.count(at) || hard_links_.count(at) || Info(at).exists) return false;
  hard_links_[at] = Resolve(existing);
  return true;
}

bool VirtualFs::IsHardAlias(const std::string& path) const {
  return hard_links_.count(ResolveNoFollow(path)) > 0;
}

std::string VirtualFs::HardTarget(const std::string& path) const {
  std::string at = ResolveNoFollow(path);
  auto it = hard_links_.find(at);
  return it == hard_links_.end() ? at : it->second;
}

uint32_t VirtualFs::HardLinkCount(const std::string& resolved) const {
  uint32_t count = 1;
  for (const auto& [name, file] : hard_links_) count += file == resolved;
  return count;
}

bool VirtualFs::UnlinkHardName(const std::string& path) {
  std::string at = ResolveNoFollow(path);
  if (hard_links_.erase(at) > 0) return true;
  std::string heir;
  for (const auto& [name, file] : hard_links_) {
    if (file == at) {
      heir = name;
      break;
    }
  }
  if (heir.empty()) return false;
  hard_links_.erase(heir);
  Rename(at, heir);  // virtual: a live run moves the file on disk, within its directory
  for (auto& [name, file] : hard_links_) {
    if (file == at) file = heir;
  }
  return true;
}

// rename(2) of a second name: the name moves, the file stays where it is.
void VirtualFs::RenameHardAlias(const std::string& from, const std::string& to) {
  auto node = hard_links_.extract(ResolveNoFollow(from));
  if (node.empty()) return;
  node.key() = ResolveNoFollow(to);
  hard_links_.insert_or_assign(node.key(), std::move(node.mapped()));
}

}  // namespace loopscope::node
