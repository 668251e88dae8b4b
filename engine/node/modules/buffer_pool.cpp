// engine/node/modules/buffer_pool.cpp — lib/buffer.js createPool / alignPool / allocate.
// Where to look next: buffer.cpp (which calls it), buffer_pool.h.
#include "engine/node/modules/buffer_pool.h"

#include <algorithm>
#include <string>

#include "engine/node/modules/buffer.h"
#include "engine/node/process.h"

namespace loopscope::node {

js::Value BufferPool::Allocate(Process& p, std::string_view bytes) {
  js::Vm& vm = p.vm();
  if (bytes.empty() || bytes.size() >= kPoolSize / 2) return NewBuffer(p, bytes);
  if (hold_ == 0 || bytes.size() > kPoolSize - offset_) {  // createPool()
    offset_ = hold_ == 0 ? kUsedAtStartup : 0;
    if (hold_ != 0) p.Release(hold_);
    hold_ = p.Hold({vm.NewArrayBuffer(std::string(kPoolSize, '\0'))});
  }
  js::Value pool = p.Held(hold_)[0];
  js::Value buf = vm.NewUint8ArrayOver(pool, offset_, bytes.size(), vm.BufferPrototype());
  std::copy(bytes.begin(), bytes.end(), vm.ViewSpan(buf)->begin());
  offset_ += bytes.size();
  offset_ = (offset_ + 7) & ~size_t{7};  // alignPool()
  return buf;
}

}  // namespace loopscope::node
