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

// A sum's additions run natively, a few nanoseconds each: past this many a loop runs as usual
// (and meets the step limit) rather than hold the host for seconds.
constexpr uint64_t kMaxSummedIterations = 4'000'000'000;

uint32_t Operand(const std::vector<uint8_t>& code, uint32_t ip, int i) {
  uint32_t v;
  std::memcpy(&v, code.data() + ip + 1 + 4 * i, 4);
  return v;
}

// A value on the symbolic operand stack.
struct Sym {
  enum class Kind : uint8_t { kNumber, kCounter, kClock, kTest, kSum };
  Kind kind = Kind::kNumber;
  double number = 0;  // kNumber: the value; kCounter, kClock: what is added to the base
  uint32_t reg = 0;   // kCounter, kTest on a counter: the register whose start value is the base
  // kSum: (reg's start + number) + (other's start + other_number), two counter reads added.
  uint32_t other = 0;
  double other_number = 0;
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
  t.reg = linear.reg;
  t.bound = other.number;
  t.on_clock = linear.kind == Sym::Kind::kClock;
  return t;
}

// A register the loop writes, as the symbolic pass sees it.
struct WrittenRegister {
  uint32_t reg = 0;
  bool assigned = false;           // written earlier in this iteration
  bool read_before_write = false;  // its start-of-iteration value is read
  Sym value;                       // assigned: what it holds now
};

// Every register the loop's body writes, in order of first write.
std::vector<WrittenRegister> WrittenRegisters(const Proto& proto, uint32_t target,
                                              uint32_t back_edge) {
  std::vector<WrittenRegister> written;
  for (uint32_t ip = target; ip < back_edge;) {
    Op op = static_cast<Op>(proto.code[ip]);
    if (op == Op::kSetReg || op == Op::kSetRegChecked) {
      const uint32_t r = Operand(proto.code, ip, 0);
      if (std::none_of(written.begin(), written.end(),
                       [r](const WrittenRegister& w) { return w.reg == r; }))
        written.push_back({r});
    }
    ip += 1 + 4 * kOpInfo[static_cast<int>(op)].operands;
  }
  return written;
}

WrittenRegister* FindWritten(std::vector<WrittenRegister>& written, uint32_t reg) {
  for (WrittenRegister& w : written)
    if (w.reg == reg) return &w;
  return nullptr;
}

// What an iteration did to each written register, or nullopt when one of them is not a
// counter, a copy of a counter or a constant (`sum = sum + i`, `x = x * 2`), or a register
// whose start value is read ends as anything but a counter.
std::optional<std::vector<RegisterUpdate>> Updates(const std::vector<WrittenRegister>& written) {
  auto is_counter = [&](uint32_t reg) {
    for (const WrittenRegister& w : written)
      if (w.reg == reg) return w.value.kind == Sym::Kind::kCounter && w.value.reg == reg;
    return false;
  };
  std::vector<RegisterUpdate> updates;
  for (const WrittenRegister& w : written) {
    if (!w.assigned) return std::nullopt;
    RegisterUpdate u;
    u.reg = w.reg;
    u.amount = w.value.number;
    if (w.value.kind == Sym::Kind::kCounter && w.value.reg == w.reg) {
      u.kind = RegisterUpdate::Kind::kCounter;
    } else if (w.value.kind == Sym::Kind::kSum) {
      // `r = r + q` or `r = q + r`, r read at its start: q must be a counter.
      const Sym& v = w.value;
      const bool left = v.reg == w.reg && v.number == 0 && v.other != w.reg;
      const bool right = v.other == w.reg && v.other_number == 0 && v.reg != w.reg;
      if (!left && !right) return std::nullopt;
      u.kind = RegisterUpdate::Kind::kSum;
      u.source = left ? v.other : v.reg;
      u.amount = left ? v.other_number : v.number;
      if (!is_counter(u.source)) return std::nullopt;
    } else if (w.read_before_write) {
      return std::nullopt;  // the first iteration would read what no closed form gives
    } else if (w.value.kind == Sym::Kind::kCounter && is_counter(w.value.reg)) {
      u.kind = RegisterUpdate::Kind::kCopy;
      u.source = w.value.reg;
    } else if (w.value.kind == Sym::Kind::kNumber) {
      u.kind = RegisterUpdate::Kind::kConstant;
    } else {
      return std::nullopt;
    }
    updates.push_back(u);
  }
  return updates;
}

bool Integral(double x) {
  return std::isfinite(x) && std::fabs(x) < kExactLimit && std::floor(x) == x;
}

// An own data property holding a value (no getter can run); nullopt otherwise.
std::optional<Value> OwnDataValue(Value holder, Value name) {
  if (!holder.IsObject() || !name.IsString()) return std::nullopt;
  Property* p = holder.As<Object>()->Find(name.As<String>());
  if (!p) return std::nullopt;
  return p->value;
}

// sum + term + (term + step) + … over n terms, each addition rounded as the interpreter rounds
// it. While every partial sum is an integer exact in doubles no addition rounds, and the
// closed form is the same number.
double Summed(double sum, double term, double step, uint64_t n) {
  const double last_term = term + static_cast<double>(n - 1) * step;
  const double bound =
      std::fabs(sum) + static_cast<double>(n) * std::max(std::fabs(term), std::fabs(last_term));
  if (Integral(sum) && bound < kExactLimit) {
    const auto k = static_cast<__int128>(n);
    const __int128 total = static_cast<__int128>(sum) + k * static_cast<__int128>(term) +
                           static_cast<__int128>(step) * (k * (k - 1) / 2);
    return static_cast<double>(total);
  }
  for (uint64_t i = 0; i < n; ++i, term += step) sum += term;
  return sum;
}

// The step of the counter a copy or a sum reads.
double SourceStep(const LoopPlan& plan, const RegisterUpdate& copy) {
  for (const RegisterUpdate& u : plan.updates)
    if (u.reg == copy.source && u.kind == RegisterUpdate::Kind::kCounter) return u.amount;
  return 0;
}

}  // namespace

LoopVerdict PlanLoop(const Runtime& rt, const Proto& proto, uint32_t target, uint32_t back_edge,
                     const Value* regs, const Env* env, LoopPlan& plan) {
  if (target >= back_edge || back_edge + 5 > proto.code.size()) return LoopVerdict::kNever;
  std::vector<WrittenRegister> written = WrittenRegisters(proto, target, back_edge);
  const uint32_t exit = back_edge + 5;
  std::vector<Sym> stack;
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
        const uint32_t r = Operand(proto.code, ip, 0);
        WrittenRegister* w = FindWritten(written, r);
        if (w && w->assigned) {
          stack.push_back(w->value);
          break;
        }
        if (!regs[r].IsNumber()) return LoopVerdict::kNotNow;
        if (w) {
          w->read_before_write = true;
          stack.push_back({Sym::Kind::kCounter, 0, r});
        } else {
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
      case Op::kSetRegChecked: {
        // The value stays on the stack; what it is decides the register's kind (Updates).
        if (stack.empty()) return LoopVerdict::kNever;
        const Sym& v = stack.back();
        if (v.kind != Sym::Kind::kCounter && v.kind != Sym::Kind::kNumber &&
            v.kind != Sym::Kind::kSum)
          return LoopVerdict::kNever;
        WrittenRegister* w = FindWritten(written, Operand(proto.code, ip, 0));
        w->assigned = true;
        w->value = v;
        break;
      }
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
        if (op == Op::kAdd && a.kind == Sym::Kind::kCounter && b.kind == Sym::Kind::kCounter) {
          Sym sum = a;
          sum.kind = Sym::Kind::kSum;
          sum.other = b.reg;
          sum.other_number = b.number;
          stack.push_back(sum);
          break;
        }
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
  std::optional<std::vector<RegisterUpdate>> updates = Updates(written);
  if (!updates) return LoopVerdict::kNever;
  if (test->on_clock) {
    if (!clock_read) return LoopVerdict::kNever;
    plan.kind = LoopPlan::Kind::kClock;
  } else {
    // The test reads a counter that moves: a copy or a constant would never end the loop.
    auto counter = std::find_if(updates->begin(), updates->end(), [&](const RegisterUpdate& u) {
      return u.reg == test->reg && u.kind == RegisterUpdate::Kind::kCounter;
    });
    if (clock_read || counter == updates->end() || counter->amount == 0) return LoopVerdict::kNever;
    plan.kind = LoopPlan::Kind::kCounter;
    plan.counter_reg = counter->reg;
    plan.step = counter->amount;
  }
  plan.updates = std::move(*updates);
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
  if (!Integral(counter) || !Integral(plan.offset) || !Integral(a) || !Integral(step) ||
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

uint64_t ExactIterationLimit(const LoopPlan& plan, const Value* regs) {
  // A register that moves by `step` from `start` stays exact while |start + k·step| < 2^53;
  // the values are monotonic in k, so the last one decides.
  auto moving_limit = [](double start, double step) -> uint64_t {
    if (!Integral(start) || !Integral(step)) return 0;
    if (step == 0) return UINT64_MAX;
    const double room = step > 0 ? kExactLimit - 1 - start : kExactLimit - 1 + start;
    return room <= 0 ? 0 : static_cast<uint64_t>(room / std::fabs(step));
  };
  uint64_t limit = UINT64_MAX;
  for (const RegisterUpdate& u : plan.updates) {
    switch (u.kind) {
      case RegisterUpdate::Kind::kCounter:
        limit = std::min(
            limit, regs[u.reg].IsNumber() ? moving_limit(regs[u.reg].AsNumber(), u.amount) : 0);
        break;
      case RegisterUpdate::Kind::kCopy: {
        const Value src = regs[u.source];
        if (!src.IsNumber() || !Integral(u.amount)) return 0;
        limit = std::min(limit, moving_limit(src.AsNumber() + u.amount, SourceStep(plan, u)));
        break;
      }
      case RegisterUpdate::Kind::kSum: {
        const Value src = regs[u.source];
        if (!regs[u.reg].IsNumber() || !src.IsNumber() || !Integral(u.amount)) return 0;
        limit = std::min({limit, moving_limit(src.AsNumber() + u.amount, SourceStep(plan, u)),
                          kMaxSummedIterations});
        break;
      }
      case RegisterUpdate::Kind::kConstant:
        break;
    }
  }
  return limit;
}

void ApplyIterations(const LoopPlan& plan, Value* regs, uint64_t n) {
  const double last = static_cast<double>(n - 1);
  // Copies read their sources' start values: write them before the counters move.
  for (const RegisterUpdate& u : plan.updates) {
    if (u.kind == RegisterUpdate::Kind::kCopy)
      regs[u.reg] =
          Value::Number(regs[u.source].AsNumber() + last * SourceStep(plan, u) + u.amount);
    else if (u.kind == RegisterUpdate::Kind::kConstant)
      regs[u.reg] = Value::Number(u.amount);
    else if (u.kind == RegisterUpdate::Kind::kSum)
      regs[u.reg] = Value::Number(Summed(
          regs[u.reg].AsNumber(), regs[u.source].AsNumber() + u.amount, SourceStep(plan, u), n));
  }
  for (const RegisterUpdate& u : plan.updates)
    if (u.kind == RegisterUpdate::Kind::kCounter)
      regs[u.reg] = Value::Number(regs[u.reg].AsNumber() + static_cast<double>(n) * u.amount);
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
    if (n > ExactIterationLimit(plan, regs)) return;
    FoldedLoop folded{loc.line, loc.col, n, std::min(cold, n), plan.steps_per_iteration};
    if (!rt.hooks().OnLoopFolded(folded)) return;
    ApplyIterations(plan, regs, n);
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
                   plan.continue_when,
                   ExactIterationLimit(plan, regs)};
    if (spin.max_iterations == 0) return;
    n = rt.hooks().SpinOnClock(spin);
    if (n > 0) ApplyIterations(plan, regs, n);
  }
  if (n > 0) AddHeat(rt.tiers, tier, n * loop_bytes);
}

}  // namespace loopscope::js
