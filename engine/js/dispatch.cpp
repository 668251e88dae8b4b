// engine/js/dispatch.cpp — the bytecode dispatch loop (the one long function by design).
//
// Each case reads its operands, works on the operand stack and continues. Everything that
// can throw funnels into Unwind(), which finds a handler in the current frame or pops
// the frame (an async frame rejects its promise instead of propagating).
// [SECTION] index: safe points, the dispatch loop (Run), unwinding (Unwind).
// Where to look next: interpreter.cpp (calls, await), operations.cpp (helpers it uses).
#include <cassert>
#include <cmath>
#include <cstring>

#include "engine/js/arguments_object.h"
#include "engine/js/bigint.h"
#include "engine/js/bytecode.h"
#include "engine/js/interpreter.h"
#include "engine/js/loop_fold.h"
#include "engine/js/private_names.h"
#include "engine/js/regexp_object.h"
#include "engine/js/vm.h"

namespace loopscope::js {
namespace {
uint32_t Read32(const uint8_t* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}
}  // namespace

// [SECTION] safe points

uint32_t Interpreter::OperandLimit(const Frame& f) {
  const Proto* p = f.proto;
  return f.base + 2 + p->num_params + p->num_regs + p->max_stack;
}

bool Interpreter::SafePoint() {
  if (rt_.ShouldCollect()) rt_.CollectGarbage();
  return true;
}

Completion Interpreter::Terminate(size_t entry_depth) {
  rt_.terminating = true;
  while (rt_.frames.size() > entry_depth) PopFrame();
  return {Completion::Type::kTerminated, Value::Undefined()};
}

// [SECTION] the dispatch loop

Completion Interpreter::Run(size_t entry_depth, bool start_throw, Value exception) {
  Frame* frame = &rt_.frames.back();
  const uint8_t* code = frame->proto->code.data();
  uint32_t ip = frame->ip;
  Value* st = rt_.stack.get();
  uint32_t& sp = rt_.sp;
  Value thrown = exception;
  // Steps count as hot while the running frame's function is optimised (tiers.h).
  RunningHotScope hot_scope(rt_.tiers, rt_.steps);
  SetRunningHot(rt_.tiers, rt_.steps, frame->proto->tier.hot);

#define LOAD_FRAME()                                             \
  do {                                                           \
    frame = &rt_.frames.back();                                  \
    code = frame->proto->code.data();                            \
    ip = frame->ip;                                              \
    SetRunningHot(rt_.tiers, rt_.steps, frame->proto->tier.hot); \
  } while (0)
#define SAVE_IP() (frame->ip = ip)
// Debug builds check every push against the frame's reservation (Proto::max_stack, from
// stack_depth.cpp); Release builds trust it.
#define ROOM(n) assert(sp + (n) <= OperandLimit(*frame) && "Proto::max_stack is too small")
#define PUSH(v) (ROOM(1), st[sp++] = (v))
#define POP() (st[--sp])
#define TOP() (st[sp - 1])
#define OPERAND(i) Read32(code + ip + 4 * (i))
#define CONST(i) (frame->proto->constants[OPERAND(i)])
#define THROW_COMPLETION(c)                              \
  do {                                                   \
    Completion tc_ = (c);                                \
    if (tc_.terminated()) return Terminate(entry_depth); \
    thrown = tc_.value;                                  \
    throwing = true;                                     \
    goto next_instruction;                               \
  } while (0)
#define CHECK(expr)                                                 \
  do {                                                              \
    Completion c_ = (expr);                                         \
    if (c_.type != Completion::Type::kNormal) THROW_COMPLETION(c_); \
  } while (0)

  bool throwing = start_throw;

  for (;;) {
    if (throwing) {
      throwing = false;
      // ECMA-262 14.15.3: find the innermost handler of the current frame, else leave
      // the frame. An async function's frame turns the exception into a rejection.
      // Unwind writes copies: passing frame, code and ip themselves by reference would
      // take their addresses and keep them in memory for the whole loop.
      Completion done;
      Frame* unwound_frame = frame;
      const uint8_t* unwound_code = code;
      uint32_t unwound_ip = ip;
      if (Unwind(thrown, unwound_frame, unwound_code, unwound_ip, done)) return done;
      frame = unwound_frame;
      code = unwound_code;
      ip = unwound_ip;
      SetRunningHot(rt_.tiers, rt_.steps, frame->proto->tier.hot);
      continue;
    }
    if (++rt_.steps >= rt_.step_budget) {
      SAVE_IP();
      if (!rt_.Checkpoint()) return Terminate(entry_depth);
    }
    Op op = static_cast<Op>(code[ip++]);
    switch (op) {
      case Op::kConst:
        PUSH(CONST(0));
        ip += 4;
        break;
      case Op::kUndefined:
        PUSH(Value::Undefined());
        break;
      case Op::kNull:
        PUSH(Value::Null());
        break;
      case Op::kTrue:
        PUSH(Value::Boolean(true));
        break;
      case Op::kFalse:
        PUSH(Value::Boolean(false));
        break;
      case Op::kHole:
        PUSH(Value::Hole());
        break;
      case Op::kPop:
        --sp;
        break;
      case Op::kDup:
        ROOM(1);
        st[sp] = st[sp - 1];
        ++sp;
        break;
      case Op::kDup2:
        ROOM(2);
        st[sp] = st[sp - 2];
        st[sp + 1] = st[sp - 1];
        sp += 2;
        break;
      case Op::kSwap:
        std::swap(st[sp - 1], st[sp - 2]);
        break;
      case Op::kRot3: {
        Value c = st[sp - 1];
        st[sp - 1] = st[sp - 2];
        st[sp - 2] = st[sp - 3];
        st[sp - 3] = c;
        break;
      }
      case Op::kRot4: {
        Value d = st[sp - 1];
        st[sp - 1] = st[sp - 2];
        st[sp - 2] = st[sp - 3];
        st[sp - 3] = st[sp - 4];
        st[sp - 4] = d;
        break;
      }
      case Op::kGetReg:
        PUSH(st[frame->base + OPERAND(0)]);
        ip += 4;
        break;
      case Op::kSetReg:
        st[frame->base + OPERAND(0)] = TOP();
        ip += 4;
        break;
      case Op::kGetRegChecked:
      case Op::kSetRegChecked: {
        Value& slot = st[frame->base + OPERAND(0)];
        Value name = CONST(1);
        ip += 8;
        if (slot.IsHole()) {
          SAVE_IP();
          std::string n(rt_.StringOf(name));
          if (n == "this")
            THROW_COMPLETION(rt_.Throw(ErrorType::kReferenceError,
                                       "Must call super constructor in derived class before "
                                       "accessing 'this' or returning from derived constructor"));
          THROW_COMPLETION(rt_.Throw(ErrorType::kReferenceError,
                                     "Cannot access '" + n + "' before initialization"));
        }
        if (op == Op::kGetRegChecked)
          PUSH(slot);
        else
          slot = TOP();
        break;
      }
      case Op::kGetEnv:
      case Op::kSetEnv:
      case Op::kGetEnvChecked:
      case Op::kSetEnvChecked: {
        Env* env = frame->env;
        for (uint32_t hops = OPERAND(0); hops > 0; --hops) env = env->parent;
        Value& slot = env->slots[OPERAND(1)];
        bool checked = op == Op::kGetEnvChecked || op == Op::kSetEnvChecked;
        Value name = checked ? CONST(2) : Value::Undefined();
        ip += checked ? 12 : 8;
        if (checked && slot.IsHole()) {
          SAVE_IP();
          std::string n(rt_.StringOf(name));
          if (n == "this")
            THROW_COMPLETION(rt_.Throw(ErrorType::kReferenceError,
                                       "Must call super constructor in derived class before "
                                       "accessing 'this' or returning from derived constructor"));
          THROW_COMPLETION(rt_.Throw(ErrorType::kReferenceError,
                                     "Cannot access '" + n + "' before initialization"));
        }
        if (op == Op::kGetEnv || op == Op::kGetEnvChecked)
          PUSH(slot);
        else
          slot = TOP();
        break;
      }
      case Op::kInitThisEnv: {
        uint32_t hops = OPERAND(0), slot = OPERAND(1);
        ip += 8;
        SAVE_IP();
        CHECK(InitThisEnv(frame->env, hops, slot, TOP()));
        break;
      }
      case Op::kGetGlobal:
      case Op::kTypeofGlobal: {
        String* name = CONST(0).As<String>();
        ip += 4;
        Object* global = rt_.realm.global;
        Property* p = global->Find(name);
        if (p && p->accessor) {  // Object.defineProperty(globalThis, name, {get})
          SAVE_IP();
          Completion c = rt_.GetProperty(Value::FromCell(global), name);
          if (!c.ok()) THROW_COMPLETION(c);
          PUSH(op == Op::kTypeofGlobal ? rt_.Str(rt_.TypeOf(c.value)) : c.value);
          break;
        }
        if (!p) {
          if (op == Op::kTypeofGlobal) {
            PUSH(rt_.Str("undefined"));
            break;
          }
          SAVE_IP();
          THROW_COMPLETION(rt_.Throw(ErrorType::kReferenceError, name->data + " is not defined"));
        }
        if (op == Op::kTypeofGlobal)
          PUSH(rt_.Str(rt_.TypeOf(p->value)));
        else
          PUSH(p->value);
        break;
      }
      case Op::kSetGlobal: {
        String* name = CONST(0).As<String>();
        ip += 4;
        Property* p = rt_.realm.global->Find(name);
        if (!p || (p->writable && !p->accessor)) {
          rt_.realm.global->Put(name, TOP());
          break;
        }
        SAVE_IP();
        CHECK(
            rt_.SetProperty(Value::FromCell(rt_.realm.global), name, TOP(), frame->proto->strict));
        break;
      }
      case Op::kSetGlobalStrict: {  // ECMA-262 6.2.5.6 PutValue step 5.a
        String* name = CONST(0).As<String>();
        ip += 4;
        if (!rt_.HasProperty(rt_.realm.global, name)) {
          SAVE_IP();
          THROW_COMPLETION(rt_.Throw(ErrorType::kReferenceError, name->data + " is not defined"));
        }
        rt_.realm.global->Put(name, TOP());
        break;
      }
      case Op::kThrowConstAssign:
        SAVE_IP();
        THROW_COMPLETION(rt_.Throw(ErrorType::kTypeError, "Assignment to constant variable."));
      case Op::kPushEnv:
        frame->env = rt_.Alloc<Env>(frame->env, OPERAND(0));
        ip += 4;
        break;
      case Op::kPopEnv:
        frame->env = frame->env->parent;
        break;
      case Op::kCopyEnv: {
        Env* copy = rt_.Alloc<Env>(frame->env->parent, 0);
        copy->slots = frame->env->slots;
        frame->env = copy;
        break;
      }
      case Op::kGetProp: {
        String* key = CONST(0).As<String>();
        ip += 4;
        Value obj = TOP();
        if (obj.IsObject()) {
          // Fast path: an own data property.
          Object* o = obj.As<Object>();
          if (Property* p = o->Find(key);
              p && !p->accessor && !o->stack_pending && o->kind != CellKind::kArray) {
            TOP() = p->value;
            break;
          }
        }
        SAVE_IP();
        Completion c = rt_.GetProperty(obj, key);
        if (!c.ok()) THROW_COMPLETION(c);
        TOP() = c.value;
        break;
      }
      case Op::kSetProp: {
        String* key = CONST(0).As<String>();
        ip += 4;
        SAVE_IP();
        Value v = POP();
        CHECK(rt_.SetProperty(TOP(), key, v, frame->proto->strict));
        TOP() = v;
        break;
      }
      case Op::kGetElem: {
        Value key = POP();
        Value obj = TOP();
        if (obj.Is(CellKind::kArray) && key.IsNumber()) {
          double d = key.AsNumber();
          auto& el = obj.As<Array>()->elements;
          if (d >= 0 && d < static_cast<double>(el.size()) && d == std::floor(d)) {
            Value v = el[static_cast<size_t>(d)];
            if (!v.IsHole()) {  // a hole reads through the prototype chain (GetElement)
              TOP() = v;
              break;
            }
          }
        }
        SAVE_IP();
        Completion c =
            IsPrivateName(key) ? PrivateGet(rt_, obj, key.As<Symbol>()) : rt_.GetElement(obj, key);
        if (!c.ok()) THROW_COMPLETION(c);
        TOP() = c.value;
        break;
      }
      case Op::kSetElem: {
        Value v = POP();
        Value key = POP();
        SAVE_IP();
        CHECK(IsPrivateName(key) ? PrivateSet(rt_, TOP(), key.As<Symbol>(), v)
                                 : rt_.SetElement(TOP(), key, v, frame->proto->strict));
        TOP() = v;
        break;
      }
      case Op::kDeleteProp: {
        String* key = CONST(0).As<String>();
        ip += 4;
        SAVE_IP();
        Completion deleted = rt_.DeleteElement(TOP(), Value::FromCell(key), frame->proto->strict);
        if (!deleted.ok()) THROW_COMPLETION(deleted);
        TOP() = deleted.value;
        break;
      }
      case Op::kDeleteElem: {
        Value key = POP();
        SAVE_IP();
        Completion deleted = rt_.DeleteElement(TOP(), key, frame->proto->strict);
        if (!deleted.ok()) THROW_COMPLETION(deleted);
        TOP() = deleted.value;
        break;
      }
      case Op::kGetSuper:
      case Op::kGetSuperElem: {
        Value key;
        if (op == Op::kGetSuper) {
          key = CONST(0);
          ip += 4;
        } else {
          key = POP();
        }
        Value this_value = POP();
        Object* home = frame->closure->home_object;
        Object* parent = home ? home->prototype : nullptr;
        SAVE_IP();
        if (!parent) {
          PUSH(Value::Undefined());
          break;
        }
        String* k = nullptr;
        CHECK(rt_.ToPropertyKey(key, k));
        // ECMA-262 13.3.7.3 MakeSuperPropertyReference: look up on the home object's
        // prototype, with `this` as the receiver of a getter found there.
        Completion c = rt_.GetPropertyFrom(parent, k, this_value);
        if (!c.ok()) THROW_COMPLETION(c);
        PUSH(c.value);
        break;
      }
      case Op::kAdd: {
        Value b = st[sp - 1], a = st[sp - 2];
        if (a.IsNumber() && b.IsNumber()) {
          st[sp - 2] = Value::Number(a.AsNumber() + b.AsNumber());
          --sp;
          break;
        }
        [[fallthrough]];
      }
      case Op::kSub:
      case Op::kMul:
      case Op::kDiv:
      case Op::kMod:
      case Op::kExp:
      case Op::kBitAnd:
      case Op::kBitOr:
      case Op::kBitXor:
      case Op::kShl:
      case Op::kShr:
      case Op::kUShr:
      case Op::kEq:
      case Op::kNe:
      case Op::kStrictEq:
      case Op::kStrictNe:
      case Op::kLt:
      case Op::kGt:
      case Op::kLe:
      case Op::kGe:
      case Op::kIn:
      case Op::kInstanceOf: {
        Value b = st[sp - 1], a = st[sp - 2];
        if (a.IsNumber() && b.IsNumber()) {
          double x = a.AsNumber(), y = b.AsNumber();
          bool handled = true;
          Value r;
          switch (op) {
            case Op::kSub:
              r = Value::Number(x - y);
              break;
            case Op::kMul:
              r = Value::Number(x * y);
              break;
            case Op::kDiv:
              r = Value::Number(x / y);
              break;
            case Op::kLt:
              r = Value::Boolean(x < y);
              break;
            case Op::kGt:
              r = Value::Boolean(x > y);
              break;
            case Op::kLe:
              r = Value::Boolean(x <= y);
              break;
            case Op::kGe:
              r = Value::Boolean(x >= y);
              break;
            case Op::kStrictEq:
            case Op::kEq:
              r = Value::Boolean(x == y);
              break;
            case Op::kStrictNe:
            case Op::kNe:
              r = Value::Boolean(x != y);
              break;
            default:
              handled = false;
          }
          if (handled) {
            st[sp - 2] = r;
            --sp;
            break;
          }
        }
        SAVE_IP();
        Value out;
        CHECK(Binary(static_cast<uint8_t>(op), a, b, out));
        st[sp - 2] = out;
        --sp;
        break;
      }
      case Op::kNeg:
      case Op::kPlus:
      case Op::kToNumeric:
      case Op::kInc:
      case Op::kDec:
      case Op::kBitNot: {
        double d;
        if (TOP().IsNumber()) {
          d = TOP().AsNumber();
        } else {
          SAVE_IP();
          Value numeric;
          CHECK(op == Op::kPlus ? rt_.ToNumber(TOP(), d) : rt_.ToNumeric(TOP(), numeric));
          if (numeric.IsBigInt()) {  // ECMA-262 6.1.6.2 BigInt::unaryMinus, bitwiseNOT, add
            TOP() = BigIntUnary(rt_, op, numeric.As<BigInt>());
            break;
          }
          if (op != Op::kPlus) d = numeric.AsNumber();
        }
        switch (op) {
          case Op::kNeg:
            d = -d;
            break;
          case Op::kInc:
            d += 1;
            break;
          case Op::kDec:
            d -= 1;
            break;
          case Op::kBitNot:
            d = ~ToInt32(d);
            break;
          default:
            break;
        }
        TOP() = Value::Number(d);
        break;
      }
      case Op::kNot:
        TOP() = Value::Boolean(!Runtime::ToBoolean(TOP()));
        break;
      case Op::kTypeof:
        TOP() = rt_.Str(rt_.TypeOf(TOP()));
        break;
      case Op::kToStr: {
        if (TOP().IsString()) break;
        SAVE_IP();
        Completion c = rt_.ToStringValue(TOP());
        if (!c.ok()) THROW_COMPLETION(c);
        TOP() = c.value;
        break;
      }
      case Op::kJump:
        ip = OPERAND(0);
        break;
      case Op::kLoop: {
        const uint32_t back_edge = ip - 1;
        ip = OPERAND(0);
        SAVE_IP();
        SafePoint();
        OnBackEdge(rt_, *frame, st + frame->base, back_edge, ip);  // tiers, loop_fold.h
        SetRunningHot(rt_.tiers, rt_.steps, frame->proto->tier.hot);
        break;
      }
      case Op::kJumpIfFalse: {
        bool t = Runtime::ToBoolean(POP());
        ip = t ? ip + 4 : OPERAND(0);
        break;
      }
      case Op::kJumpIfTrue: {
        bool t = Runtime::ToBoolean(POP());
        ip = t ? OPERAND(0) : ip + 4;
        break;
      }
      case Op::kJumpIfFalseKeep:
      case Op::kJumpIfTrueKeep:
      case Op::kJumpIfNotNullishKeep: {
        Value v = TOP();
        bool jump = op == Op::kJumpIfFalseKeep  ? !Runtime::ToBoolean(v)
                    : op == Op::kJumpIfTrueKeep ? Runtime::ToBoolean(v)
                                                : !v.IsNullish();
        if (jump) {
          ip = OPERAND(0);
        } else {
          --sp;
          ip += 4;
        }
        break;
      }
      case Op::kJumpIfNullish:
        if (TOP().IsNullish()) {
          TOP() = Value::Undefined();
          ip = OPERAND(0);
        } else {
          ip += 4;
        }
        break;
      case Op::kCall:
      case Op::kNew:
      case Op::kCallSpread:
      case Op::kNewSpread: {
        bool spread = op == Op::kCallSpread || op == Op::kNewSpread;
        bool construct = op == Op::kNew || op == Op::kNewSpread;
        uint32_t argc = spread ? 0 : OPERAND(0);
        Value text = spread ? CONST(0) : CONST(1);
        ip += spread ? 4 : 8;
        SAVE_IP();
        SafePoint();
        if (spread) {
          // [f this array] -> [f this items...]
          Array* args = POP().As<Array>();
          argc = static_cast<uint32_t>(args->elements.size());
          // Spread arguments are counted here, not in max_stack.
          if (sp + argc + 600 >= Runtime::kStackSize) THROW_COMPLETION(StackOverflow());
          for (Value v : args->elements) st[sp++] = v.IsHole() ? Value::Undefined() : v;
        }
        if (construct) {
          // [f args...] -> [f undefined args...]
          if (!spread) ROOM(1);
          std::memmove(st + sp - argc + 1, st + sp - argc, argc * sizeof(Value));
          st[sp - argc] = Value::Undefined();
          ++sp;
        }
        Value callee = st[sp - argc - 2];
        CallResult r = SetupCall(argc, construct, callee, rt_.StringOf(text), {});
        if (r == CallResult::kPushedFrame) {
          LOAD_FRAME();
          // A call heats the callee by its size, as V8's return does (tiers.h).
          AddHeat(rt_.tiers, frame->proto->tier, frame->proto->code.size());
          SetRunningHot(rt_.tiers, rt_.steps, frame->proto->tier.hot);
        } else if (r == CallResult::kThrew || r == CallResult::kTerminated) {
          THROW_COMPLETION(pending_);
        }
        break;
      }
      case Op::kSuperCall:
      case Op::kSuperCallSpread: {
        uint32_t argc = 0;
        Value* args_begin;
        Array* spread_args = nullptr;
        if (op == Op::kSuperCall) {
          argc = OPERAND(0);
          ip += 4;
          args_begin = st + sp - argc;
        } else {
          spread_args = TOP().As<Array>();
          argc = static_cast<uint32_t>(spread_args->elements.size());
          args_begin = spread_args->elements.data();
        }
        SAVE_IP();
        Value this_value;
        std::vector<Value> args(args_begin, args_begin + argc);
        Completion c = SuperCall(args, this_value);
        sp -= op == Op::kSuperCall ? argc : 1;
        if (!c.ok()) THROW_COMPLETION(c);
        PUSH(this_value);
        break;
      }
      case Op::kReturn: {
        Value result = POP();
        Frame& f = *frame;
        if (f.construct && !result.IsObject()) result = st[f.base + 1];
        if (f.async && f.async->generator && f.async->generator->is_async) {
          // ECMA-262 27.6.3.2 AsyncGeneratorStart step 4: the first request gets
          // { result, done: true }, then the queue drains.
          Generator* gen = f.async->generator;
          SAVE_IP();
          gen->state = GeneratorState::kCompleted;
          PUSH(result);  // rooted while the request's promise is resolved
          rt_.AsyncGeneratorCompleteStep(gen, result, false, true);
          rt_.AsyncGeneratorDrainQueue(gen);
          --sp;
          result = Value::Undefined();
        } else if (f.async && f.async->generator) {
          // ECMA-262 27.5.3.3 GeneratorResume: a return completes the generator.
          f.async->generator->state = GeneratorState::kCompleted;
          result = rt_.CreateIterResult(result, true);
        } else if (f.async) {
          SAVE_IP();  // jobs the resolution queues name this `return` (Runtime::CallSite)
          rt_.ResolvePromise(f.async->promise.As<Promise>(), result);
          result = f.async->promise;
        }
        bool entry = f.entry;
        PopFrame();
        if (entry) return Ok(result);
        LOAD_FRAME();
        PUSH(result);
        break;
      }
      case Op::kClosure: {
        Proto* proto = CONST(0).As<Proto>();
        ip += 4;
        Object* fn_proto = proto->is_generator && proto->is_async
                               ? rt_.realm.async_generator_function_proto
                               : rt_.realm.function_proto;
        Closure* c = rt_.Alloc<Closure>(fn_proto, proto, frame->env);
        if (proto->is_arrow) {
          Closure* outer = frame->closure;
          c->home_object = outer->home_object;
          bool nested = outer->proto->is_arrow;
          c->lexical_function = nested ? outer->lexical_function : outer;
          c->lexical_new_target = nested ? outer->lexical_new_target : frame->new_target;
        }
        PUSH(Value::FromCell(c));
        break;
      }
      case Op::kNewTarget:
        PUSH(frame->proto->is_arrow ? frame->closure->lexical_new_target : frame->new_target);
        break;
      case Op::kNewArray: {
        uint32_t n = OPERAND(0);
        ip += 4;
        Array* a = rt_.NewArray();
        a->elements.assign(st + sp - n, st + sp);
        sp -= n;
        PUSH(Value::FromCell(a));
        break;
      }
      case Op::kArrayPush: {
        Value v = POP();
        TOP().As<Array>()->elements.push_back(v);
        break;
      }
      case Op::kArrayHole:
        TOP().As<Array>()->elements.push_back(Value::Hole());
        break;
      case Op::kArraySpread: {
        SAVE_IP();
        Value text = CONST(0);
        ip += 4;
        CHECK(ArraySpread(st[sp - 2].As<Array>(), st[sp - 1], text));
        --sp;
        break;
      }
      case Op::kNewObject:
        PUSH(Value::FromCell(rt_.NewPlainObject()));
        break;
      case Op::kDefineProp: {
        String* key = CONST(0).As<String>();
        ip += 4;
        Value v = POP();
        if (key == rt_.key_proto) {
          // ECMA-262 13.2.5.5 step 6: `__proto__: v` in a literal sets the prototype.
          if (v.IsObject() || v.IsNull())
            TOP().As<Object>()->prototype = v.IsNull() ? nullptr : v.As<Object>();
          break;
        }
        // `static name = ...` replaces the class's own name in place.
        if (Object* o = TOP().As<Object>();
            o->kind == CellKind::kClosure && (key == rt_.key_name || key == rt_.key_length)) {
          rt_.MaterializeFunctionProperties(o);
          if (Property* p = o->Find(key)) {
            *p = Property{key, v, true};
            break;
          }
        }
        TOP().As<Object>()->Put(key, v);
        break;
      }
      case Op::kDefineElem: {
        Value v = POP();
        Value key = POP();
        String* k = nullptr;
        SAVE_IP();
        CHECK(rt_.ToPropertyKey(key, k));
        if (v.Is(CellKind::kClosure)) rt_.SetFunctionNameFromKey(v.As<Closure>(), k);
        TOP().As<Object>()->Put(k, v);
        break;
      }
      case Op::kDefineMethod:
      case Op::kDefineMethodElem: {
        bool elem = op == Op::kDefineMethodElem;
        Value key = elem ? Value::Undefined() : CONST(0);
        bool is_static = elem ? OPERAND(0) != 0 : OPERAND(1) != 0;
        ip += elem ? 4 : 8;
        Value fn = POP();
        if (elem) key = POP();
        SAVE_IP();
        CHECK(DefineMethod(TOP(), key, fn, is_static));
        break;
      }
      case Op::kDefineAccessor: {
        uint32_t flags = OPERAND(0);
        ip += 4;
        Value fn = POP();
        Value key = POP();
        SAVE_IP();
        CHECK(DefineAccessor(TOP(), key, fn, flags));
        break;
      }
      case Op::kObjectSpread: {
        Value src = POP();
        Object* target = TOP().As<Object>();
        if (src.IsObject()) {
          Object* s = src.As<Object>();
          for (String* k : rt_.OwnPropertyKeys(s, true)) {
            SAVE_IP();
            Completion c = rt_.GetProperty(src, k);
            if (!c.ok()) THROW_COMPLETION(c);
            target->Put(k, c.value);
          }
        } else if (src.IsString()) {
          std::string_view s = rt_.StringOf(src);
          for (size_t i = 0; i < s.size(); ++i)
            target->Put(rt_.Intern(std::to_string(i)), rt_.Str(s.substr(i, 1)));
        }
        break;
      }
      case Op::kObjectRest: {
        uint32_t n = OPERAND(0);
        ip += 4;
        SAVE_IP();
        Value rest;
        CHECK(ObjectRest(std::span<const Value>(st + sp - 1 - n, n), TOP(), rest));
        sp -= n + 1;
        PUSH(rest);
        break;
      }
      case Op::kSetHome: {
        Value fn = TOP();
        Value home = st[sp - 1 - OPERAND(0)];
        ip += 4;
        if (fn.Is(CellKind::kClosure)) fn.As<Closure>()->home_object = home.As<Object>();
        break;
      }
      case Op::kMakeClass: {
        bool has_super = OPERAND(0) != 0;
        ip += 4;
        SAVE_IP();
        CHECK(MakeClass(has_super));
        break;
      }
      case Op::kThrow:
        SAVE_IP();
        thrown = POP();
        rt_.last_throw_loc = frame->proto->LocAt(ip - 1);
        rt_.last_throw_internal = frame->proto->internal;
        throwing = true;
        break;
      case Op::kThrowNotIterable:
        SAVE_IP();
        THROW_COMPLETION(
            rt_.Throw(ErrorType::kTypeError, rt_.ToDisplayString(TOP()) + " is not iterable"));
      case Op::kPushHandler:
        rt_.handlers.push_back(
            {static_cast<uint32_t>(rt_.frames.size() - 1), OPERAND(0), sp, frame->env});
        ip += 4;
        break;
      case Op::kPopHandler:
        rt_.handlers.pop_back();
        break;
      case Op::kUnwindHandler:
        sp = rt_.handlers.back().sp;
        rt_.handlers.pop_back();
        break;
      case Op::kGetIterator: {
        SAVE_IP();
        Value it;
        Value text = CONST(0);
        ip += 4;
        CHECK(rt_.GetIterator(TOP(), it, Runtime::IterSite::kSyntax, rt_.StringOf(text)));
        TOP() = it;
        break;
      }
      case Op::kIterNext:
      case Op::kIterValue: {
        Value v;
        bool done = false;
        if (TOP().As<Iterator>()->is_record) SAVE_IP();
        CHECK(rt_.IteratorStep(TOP(), v, done));
        if (op == Op::kIterValue) {
          PUSH(v);
        } else if (done) {
          ip = OPERAND(0);
        } else {
          PUSH(v);
          ip += 4;
        }
        break;
      }
      case Op::kIterRest: {
        Array* rest = rt_.NewArray();
        PUSH(Value::FromCell(rest));
        SAVE_IP();
        for (;;) {
          Value v;
          bool done = false;
          CHECK(rt_.IteratorStep(st[sp - 2], v, done));
          if (done) break;
          rest->elements.push_back(v);
        }
        break;
      }
      case Op::kIterClose: {
        SAVE_IP();
        Value record = POP();
        PUSH(record);  // rooted while return() runs
        Completion c = rt_.IteratorClose(record, Ok());
        --sp;
        CHECK(c);
        break;
      }
      case Op::kIterCloseThrow: {
        SAVE_IP();
        THROW_COMPLETION(rt_.IteratorClose(st[sp - 2], ThrowValue(TOP())));
      }
      case Op::kForInKeys: {
        SAVE_IP();
        Value it;
        CHECK(ForInKeys(TOP(), it));
        TOP() = it;
        break;
      }
      case Op::kRequireObject:
        if (TOP().IsNullish()) {
          SAVE_IP();
          std::string v = TOP().IsNull() ? "null" : "undefined";
          THROW_COMPLETION(rt_.Throw(ErrorType::kTypeError,
                                     "Cannot destructure '" + v + "' as it is " + v + "."));
        }
        break;
      case Op::kAwait: {
        SAVE_IP();
        Value awaited = POP();
        bool entry = frame->entry;
        AsyncState* parked = frame->async;
        Completion c = Suspend(awaited);
        if (!c.ok()) THROW_COMPLETION(c);
        PopFrame(parked);
        if (entry) return c;
        LOAD_FRAME();
        PUSH(c.value);
        break;
      }
      case Op::kInitialYield:
      case Op::kYield: {
        // ECMA-262 27.5.3.7 Yield / 27.5.3.6 GeneratorYield: the frame is parked in its
        // AsyncState (like await) and the iter result goes to whoever resumed it.
        Value result = Value::FromCell(frame->async->generator);
        if (op == Op::kYield) {
          bool raw = OPERAND(0) != 0;
          ip += 4;
          Value v = POP();
          result = raw ? v : rt_.CreateIterResult(v, false);
          frame->async->generator->state = GeneratorState::kSuspendedYield;
        }
        SAVE_IP();
        SaveFrame(frame->async);
        bool entry = frame->entry;
        PopFrame(frame->async);
        if (entry) return Ok(result);
        LOAD_FRAME();
        PUSH(result);
        break;
      }
      case Op::kResumeYield: {
        auto kind = static_cast<ResumeKind>(POP().AsNumber());
        if (kind == ResumeKind::kThrow) {
          SAVE_IP();
          thrown = POP();
          throwing = true;
          break;
        }
        ip = kind == ResumeKind::kReturn ? OPERAND(0) : ip + 4;
        break;
      }
      case Op::kYieldDelegate: {
        auto kind = static_cast<ResumeKind>(POP().AsNumber());
        Value received = POP();
        SAVE_IP();
        Value out;
        int done_kind = -1;
        CHECK(YieldDelegate(TOP(), received, kind, out, done_kind));
        PUSH(out);
        ip = done_kind < 0 ? ip + 8 : OPERAND(done_kind == 0 ? 0 : 1);
        break;
      }
      case Op::kGetAsyncIterator: {
        SAVE_IP();
        Value it;
        Value text = CONST(0);
        ip += 4;
        CHECK(rt_.GetAsyncIterator(TOP(), it, rt_.StringOf(text)));
        TOP() = it;
        break;
      }
      case Op::kAsyncIterNext: {
        // ECMA-262 14.7.5.7 ForIn/OfBodyEvaluation step 6.a: the record stays done until
        // the awaited result yields a value, so a failing next() is never closed.
        SAVE_IP();
        Iterator* rec = TOP().As<Iterator>();
        rec->done = true;
        if (!rt_.IsCallable(rec->next_method))
          THROW_COMPLETION(rt_.Throw(ErrorType::kTypeError,
                                     rt_.ToDisplayString(rec->next_method) + " is not a function"));
        Completion r = rt_.Call(rec->next_method, rec->target, {});
        if (!r.ok()) THROW_COMPLETION(r);
        PUSH(r.value);
        break;
      }
      case Op::kIterResultStep: {
        SAVE_IP();
        Value v;
        bool done = false;
        CHECK(IterResultStep(st[sp - 2], TOP(), v, done));
        if (done) {
          --sp;
          ip = OPERAND(0);
        } else {
          TOP() = v;
          ip += 4;
        }
        break;
      }
      case Op::kAsyncIterReturn: {
        SAVE_IP();
        Value result;
        bool called = false;
        CHECK(AsyncIterReturn(TOP(), result, called));
        if (called) {
          TOP() = result;
          ip += 4;
        } else {
          --sp;
          ip = OPERAND(0);
        }
        break;
      }
      case Op::kRequireIterResult:
        if (!TOP().IsObject()) {
          SAVE_IP();
          THROW_COMPLETION(
              rt_.Throw(ErrorType::kTypeError,
                        "Iterator result " + rt_.ToDisplayString(TOP()) + " is not an object"));
        }
        --sp;
        break;
      case Op::kAsyncYield: {
        // ECMA-262 27.6.3.8 AsyncGeneratorYield: the first request gets { v, done: false };
        // when another request already waits, the body goes on with it at once.
        Value v = POP();
        Generator* gen = frame->async->generator;
        SAVE_IP();
        PUSH(v);  // rooted while the request's promise is resolved
        rt_.AsyncGeneratorCompleteStep(gen, v, false, false);
        --sp;
        if (!gen->queue.empty()) {
          PUSH(gen->queue.front().value);
          PUSH(Value::Number(static_cast<double>(gen->queue.front().kind)));
          break;
        }
        gen->state = GeneratorState::kSuspendedYield;
        SaveFrame(frame->async);
        bool entry = frame->entry;
        PopFrame(frame->async);
        if (entry) return Ok();
        LOAD_FRAME();
        PUSH(Value::Undefined());
        break;
      }
      case Op::kAsyncDelegate: {
        auto kind = static_cast<ResumeKind>(TOP().AsNumber());
        Value received = st[sp - 2];
        SAVE_IP();
        Value result;
        int missing = -1;
        CHECK(AsyncDelegate(st[sp - 3], received, kind, result, missing));
        if (missing == 0) {  // no throw(): [iter]
          sp -= 2;
          ip = OPERAND(0);
        } else if (missing == 1) {  // no return(): [iter received]
          --sp;
          ip = OPERAND(1);
        } else {
          st[sp - 2] = st[sp - 1];
          st[sp - 1] = result;
          ip += 8;
        }
        break;
      }
      case Op::kAsyncDelegateStep: {
        SAVE_IP();
        auto kind = static_cast<ResumeKind>(st[sp - 2].AsNumber());
        Value v;
        bool done = false;
        CHECK(IterResultStep(st[sp - 3], TOP(), v, done));
        sp -= 2;
        PUSH(v);
        if (!done)
          ip += 8;
        else
          ip = OPERAND(kind == ResumeKind::kReturn ? 1 : 0);
        break;
      }
      case Op::kJumpIfReturnKind:
        if (static_cast<ResumeKind>(TOP().AsNumber()) == ResumeKind::kReturn)
          ip = OPERAND(0);
        else
          ip += 4;
        break;
      case Op::kThrowNoThrowMethod:
        SAVE_IP();
        THROW_COMPLETION(
            rt_.Throw(ErrorType::kTypeError, "The iterator does not provide a 'throw' method."));
      case Op::kStatement: {
        SourceLoc loc{OPERAND(0), OPERAND(1)};
        ip += 8;
        SAVE_IP();
        rt_.current_statement = loc;
        rt_.hooks().OnStatement(loc);
        if (rt_.terminating) return Terminate(entry_depth);
        break;
      }
      case Op::kArguments: {
        Array* args = frame->arguments;
        frame->arguments = nullptr;  // the arguments object copies it
        PUSH(Value::FromCell(NewArgumentsObject(rt_, args, frame->closure, frame->env)));
        break;
      }
      case Op::kRegExp: {
        // ECMA-262 13.2.7.3: every evaluation makes a new object (the parser checked it).
        Completion re = NewRegExpObject(rt_, rt_.StringOf(CONST(0)), rt_.StringOf(CONST(1)),
                                        rt_.realm.regexp_proto);
        ip += 8;
        SAVE_IP();
        if (!re.ok()) THROW_COMPLETION(re);
        PUSH(re.value);
        break;
      }
      case Op::kNewPrivateName: {
        Symbol* name = NewPrivateName(rt_, CONST(0).As<String>(), CONST(1).As<String>(),
                                      static_cast<PrivateKind>(OPERAND(2)));
        ip += 12;
        PUSH(Value::FromCell(name));
        break;
      }
      case Op::kDefinePrivateMethod: {
        uint32_t flags = OPERAND(0);
        ip += 4;
        Value fn = POP();
        Value name = POP();
        DefinePrivateMethod(rt_, TOP(), name.As<Symbol>(), fn, flags);
        break;
      }
      case Op::kPrivateFieldAdd: {
        Value v = POP();
        Value name = POP();
        SAVE_IP();
        CHECK(PrivateFieldAdd(rt_, TOP(), name.As<Symbol>(), v));
        break;
      }
      case Op::kPrivateMethodAdd: {
        Value name = POP();
        SAVE_IP();
        CHECK(PrivateMethodAdd(rt_, TOP(), name.As<Symbol>()));
        break;
      }
      case Op::kDebugger:
        break;
      case Op::kToPropertyKey:
        if (TOP().IsString() || TOP().Is(CellKind::kSymbol)) break;
        SAVE_IP();
        CHECK(ToPropertyKeyInPlace(TOP()));
        break;
    }
  next_instruction:;
  }
#undef LOAD_FRAME
#undef SAVE_IP
#undef ROOM
#undef PUSH
#undef POP
#undef TOP
#undef OPERAND
#undef CONST
#undef THROW_COMPLETION
#undef CHECK
}

// [SECTION] unwinding

// Unwinds to a handler (returns false: continue at the catch) or out of the entry frame
// (returns true with the completion to hand back).
bool Interpreter::Unwind(Value thrown, Frame*& frame, const uint8_t*& code, uint32_t& ip,
                         Completion& done) {
  uint32_t& sp = rt_.sp;
  for (;;) {
    uint32_t depth = static_cast<uint32_t>(rt_.frames.size() - 1);
    if (!rt_.handlers.empty() && rt_.handlers.back().frame_depth == depth) {
      Handler h = rt_.handlers.back();
      rt_.handlers.pop_back();
      frame = &rt_.frames.back();
      frame->env = h.env;
      sp = h.sp;
      rt_.stack[sp++] = thrown;
      code = frame->proto->code.data();
      ip = h.catch_ip;
      return false;
    }
    Frame& f = rt_.frames.back();
    bool entry = f.entry;
    Generator* gen = f.async ? f.async->generator : nullptr;
    // An async generator's body that throws (once started: a parameter's error before
    // Op::kInitialYield is the call's) rejects the first request (27.6.3.2 step 4).
    bool async_generator = gen && gen->is_async && gen->state == GeneratorState::kExecuting;
    if (gen) gen->state = GeneratorState::kCompleted;
    bool async_function = f.async && !gen;
    Value promise = async_function ? f.async->promise : Value::Undefined();
    if (async_generator) {
      rt_.stack[sp++] = thrown;  // rooted while the request's promise is rejected
      rt_.AsyncGeneratorCompleteStep(gen, thrown, true, true);
      rt_.AsyncGeneratorDrainQueue(gen);
      --sp;
    }
    if (async_function || async_generator) {
      if (async_function) rt_.RejectPromise(promise.As<Promise>(), thrown);
      PopFrame();
      if (entry) {
        done = Ok(promise);
        return true;
      }
      frame = &rt_.frames.back();
      code = frame->proto->code.data();
      ip = frame->ip;
      rt_.stack[sp++] = promise;
      return false;
    }
    PopFrame();
    if (entry) {
      done = ThrowValue(thrown);
      return true;
    }
    frame = &rt_.frames.back();
    code = frame->proto->code.data();
    ip = frame->ip;
  }
}

}  // namespace loopscope::js
