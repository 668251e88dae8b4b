// engine/node/worker_cores.cpp — processor sharing between threads (see the header).
#include "engine/node/worker_cores.h"

#include <algorithm>

namespace loopscope::node {

double CoreShare(int wanting, int cores) {
  cores = std::max(1, cores);
  return wanting <= cores ? 1.0 : static_cast<double>(cores) / wanting;
}

int64_t StretchedNs(int64_t cpu_ns, int wanting, int cores) {
  const double share = CoreShare(wanting, cores);
  // A free core (the common case) needs no floating-point division.
  return share == 1.0 ? cpu_ns : static_cast<int64_t>(static_cast<double>(cpu_ns) / share);
}

}  // namespace loopscope::node
