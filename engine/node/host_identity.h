// engine/node/host_identity.h — the synthetic machine's name, in one place.
//
// A program sees no fact of the host: os.hostname() and the file Linux keeps the same name
// in, /proc/sys/kernel/hostname (proc(5)), both report this name, so a test that reads the
// file (Node's test-fs-read-file-sync-hostname) and one that calls os.hostname() agree.
// The file is placed in the program's tree by engine/node/virtual_fs.cpp.
#pragma once

namespace loopscope::node {

inline constexpr char kHostname[] = "loopscope";
// proc(5): the kernel's hostname, with the newline its read(2) returns.
inline constexpr char kHostnamePath[] = "/proc/sys/kernel/hostname";

}  // namespace loopscope::node
