// engine/js/bytecode.h — the instruction set, one X-macro table (name, operand count,
// stack effect).
//
// Every operand is a 32-bit little-endian word after the one-byte opcode. The stack effect
// is the change in operand-stack depth when execution falls through to the next instruction
// (kVaries: it depends on an operand; stack_depth.cpp knows how), and the comments spell it
// out as [before -> after]. "k" operands index the Proto's constants; "r" operands are
// frame registers (0 = callee, 1 = this, 2.. = params then locals).
// Where to look next: compiler.cpp (emits), interpreter.cpp (executes), debug.cpp (prints).
#pragma once

#include <cstdint>
#include <string_view>

namespace loopscope::js {

// clang-format off
#define LOOPSCOPE_OPCODES(X)                                                                      \
  X(Const, 1, 1)             /* k            [-> v] */                                            \
  X(Undefined, 0, 1)         /*              [-> undefined] */                                    \
  X(Null, 0, 1)                                                                                   \
  X(True, 0, 1)                                                                                   \
  X(False, 0, 1)                                                                                  \
  X(Hole, 0, 1)              /* the TDZ marker */                                                 \
  X(Pop, 0, -1)                                                                                   \
  X(Dup, 0, 1)               /* [a -> a a] */                                                     \
  X(Dup2, 0, 2)              /* [a b -> a b a b] */                                               \
  X(Swap, 0, 0)              /* [a b -> b a] */                                                   \
  X(Rot3, 0, 0)              /* [a b c -> c a b] */                                               \
  X(Rot4, 0, 0)              /* [a b c d -> d a b c] */                                           \
  X(GetReg, 1, 1)            /* r */                                                              \
  X(SetReg, 1, 0)            /* r            [v -> v] */                                          \
  X(GetRegChecked, 2, 1)     /* r, k(name): ReferenceError while in the TDZ */                    \
  X(SetRegChecked, 2, 0)     /* r, k(name) */                                                     \
  X(GetEnv, 2, 1)            /* hops, slot */                                                     \
  X(SetEnv, 2, 0)            /* hops, slot   [v -> v] */                                          \
  X(GetEnvChecked, 3, 1)     /* hops, slot, k(name) */                                            \
  X(SetEnvChecked, 3, 0)     /* hops, slot, k(name) */                                            \
  X(InitThisEnv, 2, 0)       /* hops, slot [v -> v] an arrow's super() binds the enclosing */     \
                             /* constructor's `this`: ReferenceError when bound already */        \
  X(GetGlobal, 1, 1)         /* k(name): ReferenceError when absent */                            \
  X(TypeofGlobal, 1, 1)      /* k(name): "undefined" when absent */                               \
  X(SetGlobal, 1, 0)         /* k(name)      [v -> v] */                                          \
  X(SetGlobalStrict, 1, 0)   /* k(name)      [v -> v]: ReferenceError when absent */              \
  X(ThrowConstAssign, 0, 0)                                                                       \
  X(PushEnv, 1, 0)           /* slots: a new block Env */                                         \
  X(PopEnv, 0, 0)                                                                                 \
  X(CopyEnv, 0, 0)           /* a fresh copy of the current Env (per-iteration let bindings) */   \
  X(GetProp, 1, 0)           /* k(name)      [obj -> v] */                                        \
  X(SetProp, 1, -1)          /* k(name)      [obj v -> v] */                                      \
  X(GetElem, 0, -1)          /* [obj key -> v] */                                                 \
  X(SetElem, 0, -2)          /* [obj key v -> v] */                                               \
  X(DeleteProp, 1, 0)        /* k(name)      [obj -> bool] */                                     \
  X(DeleteElem, 0, -1)       /* [obj key -> bool] */                                              \
  X(GetSuper, 1, 0)          /* k(name)      [this -> v] (home object's prototype) */             \
  X(GetSuperElem, 0, -1)     /* [this key -> v] */                                                \
  X(Add, 0, -1) X(Sub, 0, -1) X(Mul, 0, -1) X(Div, 0, -1) X(Mod, 0, -1)                           \
  X(Exp, 0, -1)                                                                                   \
  X(BitAnd, 0, -1) X(BitOr, 0, -1) X(BitXor, 0, -1) X(Shl, 0, -1) X(Shr, 0, -1)                   \
  X(UShr, 0, -1)                                                                                  \
  X(Eq, 0, -1) X(Ne, 0, -1) X(StrictEq, 0, -1) X(StrictNe, 0, -1) X(Lt, 0, -1)                    \
  X(Gt, 0, -1) X(Le, 0, -1) X(Ge, 0, -1)                                                          \
  X(In, 0, -1) X(InstanceOf, 0, -1)                                                               \
  X(Neg, 0, 0) X(Plus, 0, 0) X(Not, 0, 0) X(BitNot, 0, 0) X(Typeof, 0, 0)                         \
  X(Inc, 0, 0) X(Dec, 0, 0)  /* ToNumeric then +-1 */                                             \
  X(ToNumeric, 0, 0)                                                                              \
  X(ToStr, 0, 0)             /* template literal substitution */                                  \
  X(Jump, 1, 0)              /* absolute offset */                                                \
  X(Loop, 1, 0)              /* backward jump: a safe point for GC and the step budget */         \
  X(JumpIfFalse, 1, -1)      /* pops */                                                           \
  X(JumpIfTrue, 1, -1)       /* pops */                                                           \
  X(JumpIfFalseKeep, 1, -1)  /* && : keeps the value when jumping, pops otherwise */              \
  X(JumpIfTrueKeep, 1, -1)   /* || */                                                             \
  X(JumpIfNotNullishKeep, 1, -1) /* ?? */                                                         \
  X(JumpIfNullish, 1, 0)     /* optional chain: [v -> undefined] and jump when nullish */         \
  X(Call, 2, kVaries)        /* argc, k(callee text)  [f this args.. -> result] */                \
  X(CallSpread, 1, -2)       /* k(callee text)        [f this argsArray -> result] */             \
  X(New, 2, kVaries)         /* argc, k(callee text)  [f args.. -> obj] */                        \
  X(NewSpread, 1, -1)        /* k(callee text)        [f argsArray -> obj] */                     \
  X(SuperCall, 1, kVaries)   /* argc     [args.. -> this] */                                      \
  X(SuperCallSpread, 0, 0)   /* [argsArray -> this] */                                            \
  X(Return, 0, -1)                                                                                \
  X(Closure, 1, 1)           /* k(proto) */                                                       \
  X(NewTarget, 0, 1)         /* [-> new.target] (an arrow's: its enclosing function's) */         \
  X(NewArray, 1, kVaries)    /* n        [items.. -> array] */                                    \
  X(ArrayPush, 0, -1)        /* [arr v -> arr] */                                                 \
  X(ArrayHole, 0, 0)         /* [arr -> arr] with one more hole */                                \
  X(ArraySpread, 1, -1)      /* k(source text) [arr iterable -> arr] */                           \
  X(NewObject, 0, 1)                                                                              \
  X(DefineProp, 1, -1)       /* k(name)  [obj v -> obj] */                                        \
  X(DefineElem, 0, -2)       /* [obj key v -> obj] */                                             \
  X(DefineMethod, 2, -1)     /* k(name), is_static  [cls fn -> cls] non-enumerable, with a */     \
                             /* home object */                                                    \
  X(DefineMethodElem, 1, -2) /* is_static [cls key fn -> cls] */                                  \
  X(DefineAccessor, 1, -2)   /* flags (kAccessor*) [obj key fn -> obj]: get/set key() {} */       \
  X(ObjectSpread, 0, -1)     /* [obj src -> obj] */                                               \
  X(ObjectRest, 1, kVaries)  /* n excluded keys [k1..kn src -> rest] */                           \
  X(SetHome, 1, 0)           /* n  [obj (key) fn] fn.home_object = the value n slots below fn */  \
  X(MakeClass, 1, kVaries)   /* has_super   [super? ctor -> ctor] */                              \
  X(Throw, 0, -1)                                                                                 \
  X(ThrowNotIterable, 0, 0)                                                                       \
  X(PushHandler, 1, 0)       /* catch offset */                                                   \
  X(PopHandler, 0, 0)                                                                             \
  X(UnwindHandler, 0, 0)     /* pops the innermost handler and every operand pushed since */      \
                             /* (a return from inside an expression: a yield's return()) */      \
  X(GetIterator, 1, 0)       /* k(source text) [iterable -> iter] TypeError "x is not iterable" */ \
  X(IterNext, 1, 1)          /* exit offset  [iter -> iter v] or jump with [iter] */              \
  X(IterValue, 0, 1)         /* [iter -> iter v] (undefined when done) */                         \
  X(IterRest, 0, 1)          /* [iter -> iter array] */                                           \
  X(IterClose, 0, -1)        /* [iter ->] IteratorClose after break, return or a pattern */       \
  X(IterCloseThrow, 0, -2)   /* [iter exception ->] IteratorClose, then rethrow it */             \
  X(ForInKeys, 0, 0)         /* [obj -> iter over own enumerable string keys] */                  \
  X(RequireObject, 0, 0)     /* [v -> v] TypeError when null or undefined (destructuring) */      \
  X(Await, 0, 0)             /* [v -> result] suspends the frame */                               \
  X(InitialYield, 0, 0)      /* a generator's start: suspends, the call returns the generator */  \
  X(Yield, 1, 1)             /* raw  [v -> received kind] suspends; raw: v is the iter result */  \
  X(ResumeYield, 1, -1)      /* exit [received kind -> received] throw: throws; return: jumps */  \
  X(YieldDelegate, 2, -1)    /* done, return  [iter received kind -> iter result] or jump with */ \
                             /* [iter value] when the inner iterator is done (yield*) */          \
  X(GetAsyncIterator, 1, 0)  /* k(source text) [iterable -> iter] GetIterator(obj, async) */      \
  X(AsyncIterNext, 0, 1)     /* [iter -> iter result] calls next(); the result is then awaited */ \
  X(IterResultStep, 1, 0)    /* exit [iter result -> iter v] or jump with [iter] when done */     \
  X(AsyncIterReturn, 1, 0)   /* skip [iter -> result of return()] or jump with [] (done, none) */ \
  X(RequireIterResult, 0, -1) /* [v ->] TypeError unless an object (AsyncIteratorClose) */       \
  X(AsyncYield, 0, 1)        /* [v -> received kind] settles the request; suspends unless */      \
                             /* another request waits (AsyncGeneratorYield) */                    \
  X(AsyncDelegate, 2, 0)     /* no_throw, no_return  [iter received kind -> iter kind result] */  \
                             /* or jump with [iter] / [iter received] (async yield*) */           \
  X(AsyncDelegateStep, 2, -1) /* done, return  [iter kind result -> iter value], jumps when */    \
                              /* done with [iter value] (to `return` after a return()) */         \
  X(JumpIfReturnKind, 1, 0)  /* target  [received kind] jumps when kind is ResumeKind::kReturn */ \
  X(ThrowNoThrowMethod, 0, 0) /* TypeError: yield* over an iterator without throw() */            \
  X(Statement, 2, 0)         /* line, col: Hooks::OnStatement */                                  \
  X(Arguments, 0, 1)         /* [-> array of every argument of this call] */                      \
  X(RegExp, 2, 1)            /* k(pattern), k(flags)  [-> a new RegExp object] */                 \
  X(NewPrivateName, 3, 1)    /* k(#name), k(class name), PrivateKind [-> private name] */       \
  X(DefinePrivateMethod, 1, -2) /* kPrivate* flags [cls name fn -> cls] */                        \
  X(PrivateFieldAdd, 0, -2)  /* [obj name v -> obj] */                                            \
  X(PrivateMethodAdd, 0, -1) /* [obj name -> obj] the private methods and accessors of name */    \
  X(ToPropertyKey, 0, 0)     /* [v -> key] a computed key read once: object rest's excluded keys, \
                                a class field's key */                                            \
  X(Debugger, 0, 0)
// clang-format on

enum class Op : uint8_t {
#define LOOPSCOPE_OP_ENUM(name, operands, effect) k##name,
  LOOPSCOPE_OPCODES(LOOPSCOPE_OP_ENUM)
#undef LOOPSCOPE_OP_ENUM
};

inline constexpr int kVaries = 100;

// DefineAccessor's flags: which half of the pair, and where a class puts it.
inline constexpr uint32_t kAccessorSetter = 1;  // else the getter
inline constexpr uint32_t kAccessorClass = 2;   // non-enumerable, on the class's prototype
inline constexpr uint32_t kAccessorStatic = 4;  // with kAccessorClass: on the class itself

struct OpInfo {
  std::string_view name;
  int operands;
  int stack_effect;
};

inline constexpr OpInfo kOpInfo[] = {
#define LOOPSCOPE_OP_INFO(name, operands, effect) {#name, operands, effect},
    LOOPSCOPE_OPCODES(LOOPSCOPE_OP_INFO)
#undef LOOPSCOPE_OP_INFO
};

}  // namespace loopscope::js
