// engine/js/loop_fold.cpp — the loop fast path (see loop_fold.h): reading one iteration
// symbolically, the closed form of a counter loop, and handing the folded iterations to the
// embedder.
#include "engine/js/loop_fold.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>
#include <vector>

#include "engine/js/bytecode.h"
#include "engine/js/runtime.h"

namespace loopscope::js {

namespace {

// Integers up to 2^53 are exact in a double: a folded counter stays inside.
constexpr double kExactLimit = 9007199254740992.0;

uint32_t Operand(const std::vector<uint8_t>& code, uint32_t ip, int i) {
  uint32_t v;
  std::memcpy(&v, code.data() + ip + 1 + 4 * i, 4);
  return v;
}

// A value on the symbolic operand stack.
struct Sym {
  enum class Kind : uint8_t { kNumber, kCounter, kClock, kTest, kObject };
  Kind kind = Kind::kNumber;
  double number = 0;  // kNumber: the value; kCounter, kClock: what is added to the base
  Value object;       // kObject: a value read on the way to the clock call
  FoldCompare op = FoldCompare::kLt;  // kTest: (base + number) op bound
  double bound = 0;
  bool on_clock = false;  // kTest: the left side is the clock
  bool IsLinear() const { return kind == Kind::kCounter || kind == Kind::kClock; }
};

// a op b, turned around so the counter or clock side is on the left.
std::optional<Sym> Compare(Op op, const Sym& a, const Sym& b) {
  const bool left = a.IsLinear() && b.kind == Sym::Kind::kNumber;
  const bool right = b.IsLinear() && a.kind == Sym::Kind::kNumber;
  if (!left && !right) return std::nullopt;
  const Sym& linear = left ? a : b;
  const Sym& other = left ? b : a;
  FoldCompare cmp;
  switch (op) {  // b op a is a (mirror op) b
    case Op::kLt:
      cmp = left ? FoldCompare::kLt : FoldCompare::kGt;
      break;
    case Op::kLe:
      cmp = left ? FoldCompare::kLe : FoldCompare::kGe;
      break;
    case Op::kGt:
      cmp = left ? FoldCompare::kGt : FoldCompare::kLt;
      break;
    default:
      cmp = left ? FoldCompare::kGe : FoldCompare::kLe;
      break;
  }
  if (std::isnan(other.number)) return std::nullopt;
  Sym t;
  t.kind = Sym::Kind::kTest;
  t.op = cmp;
  t.number = linear.number;
  t.bound = other.number;
  t.on_clock = linear.kind == Sym::Kind::kClock;
  return t;
}

// The register written in the loop, if exactly one is; kNever when several are.
std::optional<uint32_t> WrittenRegister(const Proto& proto, uint32_t target, uint32_t back_edge,
                                        bool& several) {
  std::optional<uint32_t> reg;
  several = false;
  for (uint32_t ip = target; ip < back_edge;) {
    Op op = static_cast<Op>(proto.code[ip]);
    if (op == Op::kSetReg || op == Op::kSetRegChecked) {
      uint32_t r = Operand(proto.code, ip, 0);
      if (reg && *reg != r) several = true;
      reg = r;
    }
    ip += 1 + 4 * kOpInfo[static_cast<int>(op)].operands;
  }
  return reg;
}

// An own data property holding a value (no getter can run); nullopt otherwise.
std::optional<Value> OwnDataValue(Value holder, Value name) {
  if (!holder.IsObject() || !name.IsString()) return std::nullopt;
  Property* p = holder.As<Object>()->Find(name.As<String>());
  if (!p) return std::nullopt;
  return p->value;
}

}  // namespace

LoopVerdict PlanLoop(const Runtime& rt, const Proto& proto, uint32_t target, uint32_t back_edge,
                     const Value* regs, const Env* env, LoopPlan& plan) {
  if (target >= back_edge || back_edge + 5 > proto.code.size()) return LoopVerdict::kNever;
  bool several = false;
  std::optional<uint32_t> counter = WrittenRegister(proto, target, back_edge, several);
  if (several) return LoopVerdict::kNever;
  const uint32_t exit = back_edge + 5;
  std::vector<Sym> stack;
  double counter_offset = 0;  // the counter register's value minus its value at the start
  bool counter_written = false;
  bool clock_read = false;
  std::optional<Sym> test;
  bool continue_when = true;
  uint32_t steps = 1;  // the back-edge
  uint32_t steps_before_read = 0;
  auto pop = [&](Sym& out) {
    if (stack.empty()) return false;
    out = stack.back();
    stack.pop_back();
    return true;
  };
  for (uint32_t ip = target; ip < back_edge;) {
    const Op op = static_cast<Op>(proto.code[ip]);
    const uint32_t next = ip + 1 + 4 * kOpInfo[static_cast<int>(op)].operands;
    ++steps;
    Sym a, b;
    switch (op) {
      case Op::kStatement:
        break;
      case Op::kConst: {
        Value k = proto.constants[Operand(proto.code, ip, 0)];
        if (!k.IsNumber()) return LoopVerdict::kNever;
        stack.push_back({Sym::Kind::kNumber, k.AsNumber()});
        break;
      }
      case Op::kGetReg:
      case Op::kGetRegChecked: {
        uint32_t r = Operand(proto.code, ip, 0);
        if (counter && r == *counter) {
          if (!regs[r].IsNumber()) return LoopVerdict::kNotNow;
          stack.push_back({Sym::Kind::kCounter, counter_offset});
        } else {
          if (!regs[r].IsNumber()) return LoopVerdict::kNotNow;
          stack.push_back({Sym::Kind::kNumber, regs[r].AsNumber()});
        }
        break;
      }
      case Op::kGetEnv:
      case Op::kGetEnvChecked: {
        // A closure's variable, read only: nothing in a foldable loop can write it.
        const Env* e = env;
        for (uint32_t hops = Operand(proto.code, ip, 0); e && hops > 0; --hops) e = e->parent;
        const uint32_t slot = Operand(proto.code, ip, 1);
        if (!e || slot >= e->slots.size() || !e->slots[slot].IsNumber())
          return LoopVerdict::kNotNow;
        stack.push_back({Sym::Kind::kNumber, e->slots[slot].AsNumber()});
        break;
      }
      case Op::kSetReg:
      case Op::kSetRegChecked:
        // The counter becomes itself plus a constant; anything else is not a counter.
        if (stack.empty() || stack.back().kind != Sym::Kind::kCounter) return LoopVerdict::kNever;
        if (counter_written) return LoopVerdict::kNever;
        counter_offset = stack.back().number;
        counter_written = true;
        break;
      case Op::kPop:
        if (!pop(a)) return LoopVerdict::kNever;
        break;
      case Op::kDup:
        if (stack.empty()) return LoopVerdict::kNever;
        stack.push_back(stack.back());
        break;
      case Op::kSwap:
        if (stack.size() < 2) return LoopVerdict::kNever;
        std::swap(stack[stack.size() - 1], stack[stack.size() - 2]);
        break;
      case Op::kToNumeric:
        if (stack.empty() || !(stack.back().IsLinear() || stack.back().kind == Sym::Kind::kNumber))
          return LoopVerdict::kNever;
        break;
      case Op::kInc:
      case Op::kDec:
        if (stack.empty() || !(stack.back().IsLinear() || stack.back().kind == Sym::Kind::kNumber))
          return LoopVerdict::kNever;
        stack.back().number += op == Op::kInc ? 1 : -1;
        break;
      case Op::kAdd:
      case Op::kSub: {
        if (!pop(b) || !pop(a)) return LoopVerdict::kNever;
        const bool a_num = a.kind == Sym::Kind::kNumber, b_num = b.kind == Sym::Kind::kNumber;
        if (!b_num && !(op == Op::kAdd && a_num && b.IsLinear())) return LoopVerdict::kNever;
        if (!a_num && !a.IsLinear()) return LoopVerdict::kNever;
        Sym r = b_num ? a : b;
        const double other = b_num ? b.number : a.number;
        r.number =
            b_num ? (op == Op::kAdd ? a.number + other : a.number - other) : b.number + other;
        stack.push_back(r);
        break;
      }
      case Op::kLt:
      case Op::kLe:
      case Op::kGt:
      case Op::kGe: {
        if (!pop(b) || !pop(a)) return LoopVerdict::kNever;
        std::optional<Sym> t = Compare(op, a, b);
        if (!t) return a.IsLinear() || b.IsLinear() ? LoopVerdict::kNotNow : LoopVerdict::kNever;
        stack.push_back(*t);
        break;
      }
      case Op::kJumpIfFalse:
      case Op::kJumpIfTrue:
        // The one way out: straight past the back-edge.
        if (!pop(a) || a.kind != Sym::Kind::kTest || test) return LoopVerdict::kNever;
        if (Operand(proto.code, ip, 0) != exit) return LoopVerdict::kNever;
        test = a;
        continue_when = op == Op::kJumpIfFalse;
        break;
      case Op::kGetGlobal: {
        // Only as the start of `Clock.read()`: GetGlobal, Dup, GetProp, Swap, Call 0.
        const uint32_t dup = next, get = dup + 1, swap = get + 5, call = swap + 1;
        if (clock_read || call + 9 > back_edge) return LoopVerdict::kNever;
        if (static_cast<Op>(proto.code[dup]) != Op::kDup ||
            static_cast<Op>(proto.code[get]) != Op::kGetProp ||
            static_cast<Op>(proto.code[swap]) != Op::kSwap ||
            static_cast<Op>(proto.code[call]) != Op::kCall || Operand(proto.code, call, 0) != 0)
          return LoopVerdict::kNever;
        std::optional<Value> holder = OwnDataValue(Value::FromCell(rt.realm.global),
                                                   proto.constants[Operand(proto.code, ip, 0)]);
        if (!holder) return LoopVerdict::kNotNow;
        std::optional<Value> fn =
            OwnDataValue(*holder, proto.constants[Operand(proto.code, get, 0)]);
        if (!fn || !fn->Is(CellKind::kNative)) return LoopVerdict::kNotNow;
        plan.clock_fn = *fn;
        steps_before_read = steps + 4;  // through Dup, GetProp, Swap and the call itself
        steps += 4;
        clock_read = true;
        stack.push_back({Sym::Kind::kClock, 0});
        ip = call + 9;
        continue;
      }
      default:
        return LoopVerdict::kNever;
    }
    ip = next;
  }
  if (!test || !stack.empty()) return LoopVerdict::kNever;
  if (test->on_clock) {
    if (!clock_read || counter) return LoopVerdict::kNever;
    plan.kind = LoopPlan::Kind::kClock;
  } else {
    if (clock_read || !counter || !counter_written || counter_offset == 0)
      return LoopVerdict::kNever;
    plan.kind = LoopPlan::Kind::kCounter;
    plan.counter_reg = *counter;
    plan.step = counter_offset;
  }
  plan.op = test->op;
  plan.offset = test->number;
  plan.bound = test->bound;
  plan.continue_when = continue_when;
  plan.steps_per_iteration = steps;
  plan.steps_before_read = steps_before_read;
  return LoopVerdict::kFold;
}

uint64_t CounterIterationsLeft(const LoopPlan& plan, double counter) {
  const double a = counter + plan.offset, step = plan.step, bound = plan.bound;
  auto integral = [](double x) {
    return std::isfinite(x) && std::fabs(x) < kExactLimit && std::floor(x) == x;
  };
  if (!integral(counter) || !integral(plan.offset) || !integral(a) || !integral(step) ||
      std::fabs(step) > 1e9 || !std::isfinite(bound) || std::fabs(bound) >= kExactLimit)
    return 0;
  // The test as "x <= last" (counting up) or "x >= first" (counting down), over integers x.
  FoldCompare op = plan.op;
  if (!plan.continue_when) {  // !(x < b) is x >= b: b is not NaN (Compare)
    static constexpr FoldCompare kNegated[] = {FoldCompare::kGe, FoldCompare::kGt, FoldCompare::kLe,
                                               FoldCompare::kLt};
    op = kNegated[static_cast<int>(op)];
  }
  const bool up = op == FoldCompare::kLt || op == FoldCompare::kLe;
  if (up != (step > 0)) return 0;  // never ends, or ends at once: run it
  const auto x = static_cast<int64_t>(a), s = static_cast<int64_t>(step);
  int64_t n = 0;
  if (up) {
    const auto last =
        static_cast<int64_t>(op == FoldCompare::kLt ? std::ceil(bound) - 1 : std::floor(bound));
    if (last >= x) n = (last - x) / s + 1;
  } else {
    const auto first =
        static_cast<int64_t>(op == FoldCompare::kGt ? std::floor(bound) + 1 : std::ceil(bound));
    if (x >= first) n = (x - first) / -s + 1;
  }
  const double end = counter + static_cast<double>(n) * step;
  if (std::fabs(end) >= kExactLimit) return 0;
  return static_cast<uint64_t>(n);
}

void TryFoldLoop(Runtime& rt, Frame& frame, Value* regs, uint32_t back_edge) {
  Proto& proto = *frame.proto;
  ProtoTier& tier = proto.tier;
  if (std::find(tier.never_folds.begin(), tier.never_folds.end(), back_edge) !=
      tier.never_folds.end())
    return;
  const uint32_t target = frame.ip;
  LoopPlan plan;
  LoopVerdict verdict = PlanLoop(rt, proto, target, back_edge, regs, frame.env, plan);
  if (verdict == LoopVerdict::kNever) tier.never_folds.push_back(back_edge);
  if (verdict != LoopVerdict::kFold) return;
  const uint64_t loop_bytes = back_edge + 5 - target;
  const uint64_t heat_left =
      tier.hot || rt.tiers.budget == UINT64_MAX ? 0 : rt.tiers.budget - tier.heat;
  const uint64_t cold = tier.hot ? 0 : (heat_left + loop_bytes - 1) / loop_bytes;
  const SourceLoc loc = proto.LocAt(target);
  uint64_t n = 0;
  if (plan.kind == LoopPlan::Kind::kCounter) {
    n = CounterIterationsLeft(plan, regs[plan.counter_reg].AsNumber());
    // Leave the last iteration to the interpreter, so the test that ends the loop and
    // whatever follows run for real.
    if (n < 2) return;
    --n;
    FoldedLoop folded{loc.line, loc.col, n, std::min(cold, n), plan.steps_per_iteration};
    if (!rt.hooks().OnLoopFolded(folded)) return;
    regs[plan.counter_reg] =
        Value::Number(regs[plan.counter_reg].AsNumber() + static_cast<double>(n) * plan.step);
  } else {
    ClockSpin spin{loc.line,
                   loc.col,
                   plan.clock_fn,
                   cold,
                   plan.steps_per_iteration,
                   plan.steps_before_read,
                   plan.op,
                   plan.offset,
                   plan.bound,
                   plan.continue_when};
    n = rt.hooks().SpinOnClock(spin);
  }
  if (n > 0) AddHeat(rt.tiers, tier, n * loop_bytes);
}

}  // namespace loopscope::js
