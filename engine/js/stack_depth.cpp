// engine/js/stack_depth.cpp — the operand-stack depth of a function (see stack_depth.h).
//
// A worklist walk over the bytecode's control flow: every instruction gets the greatest
// depth it can be reached with, and jumps, the exception handlers' entry points and the
// instructions whose effect depends on an operand are handled here. The compiler emits
// structured code, so paths agree at their joins and each instruction is visited once.
// Where to look next: bytecode.h (the effects), dispatch.cpp (what each instruction does).
#include "engine/js/stack_depth.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "engine/js/bytecode.h"

namespace loopscope::js {
namespace {

uint32_t OperandAt(const std::vector<uint8_t>& code, size_t ip, int i) {
  uint32_t v;
  std::memcpy(&v, &code[ip + 1 + 4 * static_cast<size_t>(i)], 4);
  return v;
}

// Depth after `op` falls through; `peak` is the highest depth while it runs.
int64_t FallThrough(Op op, const std::vector<uint8_t>& code, size_t ip, int64_t depth,
                    int64_t& peak) {
  int effect = kOpInfo[static_cast<size_t>(op)].stack_effect;
  if (effect != kVaries) {
    // new and new-with-spread insert the receiver slot before calling: one more for a moment.
    peak = depth + std::max(effect, 0) + (op == Op::kNewSpread ? 1 : 0);
    return depth + effect;
  }
  int64_t n = OperandAt(code, ip, 0);
  switch (op) {
    case Op::kCall:
      peak = depth;
      return depth - n - 1;  // [f this args.. -> r]
    case Op::kNew:
      peak = depth + 1;
      return depth - n;  // [f args.. -> obj]
    case Op::kSuperCall:
      peak = depth;
      return depth - n + 1;  // [args.. -> this]
    case Op::kNewArray:
      peak = depth;
      return depth - n + 1;  // [items.. -> array]
    case Op::kObjectRest:
      peak = depth + 1;  // the rest object, rooted on the stack while it fills
      return depth - n;  // [k1..kn src -> rest]
    case Op::kMakeClass:
      peak = depth;
      return depth - (n != 0);  // [super? ctor -> ctor]
    default:
      peak = depth;
      return depth;
  }
}

constexpr int32_t kDepthCap = int32_t{1} << 30;

bool EndsPath(Op op) {
  return op == Op::kJump || op == Op::kLoop || op == Op::kReturn || op == Op::kThrow ||
         op == Op::kThrowConstAssign || op == Op::kThrowNotIterable || op == Op::kIterCloseThrow ||
         op == Op::kThrowNoThrowMethod;
}

}  // namespace

uint32_t MaxStackDepth(const Proto& proto) {
  const std::vector<uint8_t>& code = proto.code;
  std::vector<int32_t> seen(code.size(), -1);  // code is at most 16 MB
  std::vector<std::pair<size_t, int64_t>> work = {{0, 0}};
  int64_t max_depth = 0;
  // Records that `ip` can be reached with `depth`; false when nothing new was learned.
  // Depths saturate at kDepthCap (far beyond any VM stack), so even code whose loops grew
  // the stack would end the walk, with a depth no frame can reserve.
  auto reach = [&](size_t ip, int64_t& depth) {
    depth = std::min<int64_t>(depth, kDepthCap);
    if (ip >= code.size() || seen[ip] >= depth) return false;
    seen[ip] = static_cast<int32_t>(depth);
    return true;
  };
  while (!work.empty()) {
    size_t ip = work.back().first;
    int64_t depth = work.back().second;
    work.pop_back();
    if (!reach(ip, depth)) continue;
    for (;;) {
      Op op = static_cast<Op>(code[ip]);
      int64_t peak = depth;
      int64_t next_depth = FallThrough(op, code, ip, depth, peak);
      max_depth = std::max({max_depth, peak, next_depth});
      switch (op) {
        case Op::kJump:
        case Op::kLoop:
          work.push_back({OperandAt(code, ip, 0), depth});
          break;
        // Jumps that keep the value they tested, or replace it by undefined.
        case Op::kJumpIfFalseKeep:
        case Op::kJumpIfTrueKeep:
        case Op::kJumpIfNotNullishKeep:
        case Op::kJumpIfNullish:
          work.push_back({OperandAt(code, ip, 0), depth});
          break;
        case Op::kJumpIfFalse:
        case Op::kJumpIfTrue:
          work.push_back({OperandAt(code, ip, 0), depth - 1});
          break;
        case Op::kIterNext:
          work.push_back({OperandAt(code, ip, 0), depth});
          break;
        case Op::kResumeYield:
          work.push_back({OperandAt(code, ip, 0), depth - 1});
          break;
        case Op::kYieldDelegate:
          work.push_back({OperandAt(code, ip, 0), depth - 1});
          work.push_back({OperandAt(code, ip, 1), depth - 1});
          break;
        case Op::kIterResultStep:
        case Op::kAsyncIterReturn:
          work.push_back({OperandAt(code, ip, 0), depth - 1});
          break;
        case Op::kAsyncDelegate:
          work.push_back({OperandAt(code, ip, 0), depth - 2});
          work.push_back({OperandAt(code, ip, 1), depth - 1});
          break;
        case Op::kAsyncDelegateStep:
          work.push_back({OperandAt(code, ip, 0), depth - 1});
          work.push_back({OperandAt(code, ip, 1), depth - 1});
          break;
        case Op::kJumpIfReturnKind:
          work.push_back({OperandAt(code, ip, 0), depth});
          break;
        // A caught exception restores the depth the handler was pushed at, plus the value.
        case Op::kPushHandler:
          work.push_back({OperandAt(code, ip, 0), depth + 1});
          break;
        default:
          break;
      }
      if (EndsPath(op)) break;
      ip += 1 + 4 * static_cast<size_t>(kOpInfo[static_cast<size_t>(op)].operands);
      depth = next_depth;
      if (!reach(ip, depth)) break;
    }
  }
  return static_cast<uint32_t>(std::min<int64_t>(max_depth, kDepthCap));
}

}  // namespace loopscope::js
