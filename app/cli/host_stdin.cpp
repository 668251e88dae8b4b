// app/cli/host_stdin.cpp — see host_stdin.h.
#include "app/cli/host_stdin.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace loopscope::cli {

namespace {

// Reads fd 0 to its end; false once more than the limit has arrived.
bool ReadAll(std::string* out) {
  out->clear();
  char buffer[64 * 1024];
  for (;;) {
    ssize_t n = ::read(0, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return true;  // end of input, or an error: what was read is the input
    out->append(buffer, static_cast<size_t>(n));
    if (out->size() > scenario::kMaxStdinBytes) return false;
  }
}

}  // namespace

scenario::StdinSource HostStdin() {
  scenario::StdinSource source;
  struct stat st {};
  if (::fstat(0, &st) != 0) return source;  // fd 0 closed: nothing to read
  if (::isatty(0)) {
    source.kind = scenario::StdinKind::kTty;
    return source;
  }
  source.kind = S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode) ? scenario::StdinKind::kPipe
                                                             : scenario::StdinKind::kFile;
  source.read = ReadAll;
  return source;
}

}  // namespace loopscope::cli
