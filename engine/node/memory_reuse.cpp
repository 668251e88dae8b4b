// engine/node/memory_reuse.cpp — glibc's allocator thresholds for repeated simulations.
// Fixing M_MMAP_THRESHOLD also stops glibc's dynamic threshold from moving (malloc.c,
// "mmap_threshold ... dynamic"), so the policy stays what it says. See memory_reuse.h.
#include "engine/node/memory_reuse.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace loopscope::node {

bool KeepFreedMemoryForNextRun() {
#if defined(__GLIBC__)
  return mallopt(M_TRIM_THRESHOLD, static_cast<int>(kRetainedBytes)) == 1 &&
         mallopt(M_MMAP_THRESHOLD, static_cast<int>(kOwnMappingBytes)) == 1;
#else
  return false;
#endif
}

}  // namespace loopscope::node
