// engine/node/modules/buffer_pool.h — Node's 8 KiB allocation pool for small Buffers.
//
// lib/buffer.js hands out Buffers shorter than poolSize >>> 1 (4096 bytes) made by
// Buffer.from and Buffer.allocUnsafe (so Buffer.concat) as slices of one shared ArrayBuffer,
// each slice starting at a multiple of 8: a program sees it in `buf.buffer.byteLength`
// (8192) and `buf.byteOffset`. Node's bootstrap has used the first 8 bytes when user code
// starts, so the first pooled Buffer sits at offset 8, as here. Node also takes pool slices
// for strings written to a TTY or a file by console.log; the simulator's stdout is a pipe,
// where Node does not, so those are not modelled.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/js/vm.h"

namespace loopscope::node {

class Process;

class BufferPool {
 public:
  static constexpr size_t kPoolSize = 8 * 1024;  // Buffer.poolSize
  static constexpr size_t kUsedAtStartup = 8;    // by Node's bootstrap, before user code

  // A Buffer over `bytes`: a pool slice when it is short enough (lib/buffer.js allocate,
  // fromStringFast, fromArrayLike), else over an ArrayBuffer of its own.
  js::Value Allocate(Process& p, std::string_view bytes);

 private:
  uint64_t hold_ = 0;  // Process::Hold of the current pool ArrayBuffer; 0 before the first
  size_t offset_ = 0;  // poolOffset
};

}  // namespace loopscope::node
