// engine/js/compiler.cpp — code generation. [SECTION] index: emitting, variables,
// functions, statements, control flow (loops, try/finally), expressions, patterns, calls.
// Where to look next: interpreter.cpp, which runs what this emits.
#include "engine/js/compiler.h"

#include <algorithm>
#include <cassert>
#include <cstring>
#include <unordered_map>

#include "engine/js/bigint.h"
#include "engine/js/bytecode.h"
#include "engine/js/interpreter.h"
#include "engine/js/private_names.h"
#include "engine/js/runtime.h"
#include "engine/js/stack_depth.h"

namespace loopscope::js {
namespace {

struct CompileError {};

// The abrupt completions a break, continue or return can be, as far as a finally block
// must remember them (ECMA-262 6.2.4 The Completion Record Specification Type).
enum class ExitKind { kBreak, kContinue, kReturn };

// One jump out of a try that must run a finally block first: where it was going.
struct PendingExit {
  ExitKind kind;
  size_t target;  // index in controls_ of the loop or switch (unused for return)
};

// What a break, continue or return must unwind on its way out.
struct Control {
  // kIterator: a for-of's iterator on the stack and the handler that closes it on a throw;
  // every other way out closes it too (ECMA-262 14.7.5.7 ForIn/OfBodyEvaluation, step 6).
  // kLabel: a labelled statement (ECMA-262 14.13); a break to one of its labels ends it.
  enum Kind { kLoop, kSwitch, kCatch, kFinally, kIterator, kLabel } kind;
  int env_depth = 0;    // PushEnv depth at the statement
  int stack_extra = 0;  // operand slots the statement keeps (iterator, discriminant)
  std::vector<size_t> break_patches;
  std::vector<size_t> continue_patches;
  // kLabel: its label set; kLoop: the labels a `continue label` may name to continue it.
  std::vector<std::string> labels;
  bool labels_iteration = false;  // kLabel: the statement labelled is a loop
  bool async_iterator = false;    // kIterator of a for await: closing it awaits return()
  // kFinally only. The finally block is compiled once; every way into it first sets
  // `completion_reg` to the completion it interrupts (kCompletionNormal, kCompletionThrow,
  // or kFirstExit + an index in `exits`) and, for throw and return, `value_reg`.
  uint32_t completion_reg = 0;
  uint32_t value_reg = 0;
  std::vector<size_t> entry_patches;
  std::vector<PendingExit> exits;
};

// The completion types a finally block dispatches on after it completes normally.
constexpr double kCompletionNormal = 0;
constexpr double kCompletionThrow = 1;
constexpr double kFirstExit = 2;

class FunctionCompiler {
 public:
  FunctionCompiler(Runtime& rt, FunctionCompiler* parent, std::shared_ptr<const std::string> file,
                   bool internal, std::vector<Diagnostic>& diags)
      : rt_(rt), parent_(parent), file_(std::move(file)), internal_(internal), diags_(diags) {
    proto_ = rt.Alloc<Proto>();
    rt.KeepProto(proto_);
    proto_->file = file_;
    proto_->internal = internal;
  }

  Proto* CompileScript(Node* program) {
    proto_->is_script = true;
    proto_->strict = HasUseStrict(program->list);
    proto_->name = "";
    proto_->loc = {1, 1};
    scope_ = program->scope;
    EnterFunctionScope(scope_, {});
    for (Node* s : program->list) Statement(s);
    Emit(Op::kUndefined);
    Emit(Op::kReturn);
    Finish();
    return proto_;
  }

  Proto* CompileFunction(FunctionInfo* f) {
    func_ = f;
    proto_->name = f->name;
    proto_->loc = f->loc;
    proto_->is_arrow = f->is_arrow;
    proto_->is_async = f->is_async;
    proto_->is_generator = f->is_generator;
    proto_->is_method = f->is_method;
    proto_->is_class_ctor = f->is_class_ctor;
    proto_->is_derived = f->is_derived;
    proto_->is_class = f->is_class;
    proto_->uses_arguments = f->uses_arguments;
    proto_->strict = f->in_class || (parent_ && parent_->proto_->strict) ||
                     (!f->expression_body && HasUseStrict(f->body->list));
    scope_ = f->scope;
    std::vector<Node*> params = f->params;
    if (!params.empty() && params.back()->kind == NodeKind::kRest) proto_->has_rest = true;
    proto_->num_params = static_cast<uint32_t>(params.size() - (proto_->has_rest ? 1 : 0));
    proto_->length = 0;
    for (Node* p : params) {
      if (p->kind != NodeKind::kIdent && p->kind != NodeKind::kArrayPattern &&
          p->kind != NodeKind::kObjectPattern)
        break;
      ++proto_->length;
    }
    EnterFunctionScope(scope_, params);
    if (f->synthesized_ctor && f->is_derived) {
      // ECMA-262 15.7.14 step 14.a: constructor(...args) { super(...args); }
      Emit(Op::kGetReg, 2);
      Emit(Op::kSuperCallSpread);
      StoreThis();
      Emit(Op::kPop);
    }
    if (!f->is_derived)
      InitializeFields();
    else if (f->synthesized_ctor)
      InitializeFields();
    // ECMA-262 15.5.2 EvaluateGeneratorBody: the parameters are bound at the call, then the
    // generator object is returned and the body waits for the first next().
    if (f->is_generator) Emit(Op::kInitialYield);
    if (f->expression_body) {
      StatementHook(f->body->loc);
      Expression(f->body);
      Emit(Op::kReturn);
    } else {
      for (Node* s : f->body->list) Statement(s);
      EmitImplicitReturn();
    }
    Finish();
    return proto_;
  }

 private:
  static bool HasUseStrict(const std::vector<Node*>& body) {
    return UseStrictDirective(body) != nullptr;
  }

  // [SECTION] emitting
  // A bound on one function's bytecode, so that no input makes the compiler run for
  // minutes: a 1 MB program of ordinary code compiles to well under half of it.
  static constexpr size_t kMaxCodeBytes = 16u << 20;
  void Emit(Op op) {
    if (proto_->code.size() >= kMaxCodeBytes) {
      SourceLoc at = proto_->lines.empty() ? proto_->loc : proto_->lines.back().loc;
      Error(at, "function too large: its bytecode passes the 16 MB limit");
    }
    proto_->code.push_back(static_cast<uint8_t>(op));
  }
  void EmitWord(uint32_t w) {
    uint8_t bytes[4];
    std::memcpy(bytes, &w, 4);
    proto_->code.insert(proto_->code.end(), bytes, bytes + 4);
  }
  void Emit(Op op, uint32_t a) {
    Emit(op);
    EmitWord(a);
  }
  void Emit(Op op, uint32_t a, uint32_t b) {
    Emit(op);
    EmitWord(a);
    EmitWord(b);
  }
  void Emit(Op op, uint32_t a, uint32_t b, uint32_t c) {
    Emit(op);
    EmitWord(a);
    EmitWord(b);
    EmitWord(c);
  }
  size_t EmitJump(Op op) {
    Emit(op, 0);
    return proto_->code.size() - 4;
  }
  void PatchHere(size_t at) {
    uint32_t target = static_cast<uint32_t>(proto_->code.size());
    std::memcpy(&proto_->code[at], &target, 4);
  }
  void EmitLoop(size_t target) { Emit(Op::kLoop, static_cast<uint32_t>(target)); }
  size_t Here() const { return proto_->code.size(); }
  void Mark(SourceLoc loc) {
    if (loc.line == 0) return;
    auto& lines = proto_->lines;
    if (!lines.empty() && lines.back().loc == loc) return;
    if (!lines.empty() && lines.back().offset == Here()) {
      lines.back().loc = loc;
      return;
    }
    lines.push_back({static_cast<uint32_t>(Here()), loc});
  }
  // Each distinct constant once; indexed, since a generated program may hold 100,000.
  uint32_t Constant(Value v) {
    auto [it, added] =
        constant_index_.try_emplace(v.bits(), static_cast<uint32_t>(proto_->constants.size()));
    if (added) proto_->constants.push_back(v);
    return it->second;
  }
  uint32_t Name(const std::string& s) { return Constant(Value::FromCell(rt_.Intern(s))); }
  uint32_t NewRegister() {
    return 2 + proto_->num_params + (proto_->has_rest ? 1 : 0) + proto_->num_regs++;
  }
  [[noreturn]] void Error(SourceLoc loc, std::string message) {
    diags_.push_back({*file_, loc, std::move(message)});
    throw CompileError{};
  }
  void Finish() {
    proto_->max_stack = MaxStackDepth(*proto_);
    // Rest parameter register counts as a register too.
    if (proto_->has_rest) ++proto_->num_regs;
  }
  void StatementHook(SourceLoc loc) {
    Mark(loc);
    if (!internal_ && loc.line != 0) Emit(Op::kStatement, loc.line, loc.col);
  }

  // [SECTION] variables
  // Gives every variable of `scope` its storage; idempotent, so a scope compiled twice
  // keeps the storage it was first given.
  void AllocateScope(Scope* scope) {
    for (Variable* v : scope->vars) {
      if (v->slot >= 0) continue;
      if (v->captured) {
        v->slot = scope->env_size++;
      } else if (v->kind == VarKind::kThis) {
        v->slot = 1;
      } else {
        v->slot = static_cast<int>(NewRegister());
      }
    }
  }
  // Creates the Env (if any) and initialises let/const to the TDZ marker and hoisted
  // function declarations to their closures (ECMA-262 10.2.11 step 36).
  void EnterScopeCommon(Scope* scope, const std::vector<Node*>* stmts) {
    if (scope->HasEnv()) {
      Emit(Op::kPushEnv, static_cast<uint32_t>(scope->env_size));
      ++env_depth_;
    }
    for (Variable* v : scope->vars) {
      if (v->NeedsTdz() && !v->captured) {
        Emit(Op::kHole);
        Emit(Op::kSetReg, static_cast<uint32_t>(v->slot));
        Emit(Op::kPop);
      } else if ((v->kind == VarKind::kVar) && v->captured) {
        Emit(Op::kUndefined);
        StoreVar(v, true, {});
        Emit(Op::kPop);
      }
    }
    if (stmts) HoistFunctions(*stmts);
  }
  void HoistFunctions(const std::vector<Node*>& stmts) {
    for (Node* statement : stmts) {
      Node* s = Unlabelled(statement);
      if (s->kind != NodeKind::kFuncDecl) continue;
      FunctionLiteral(s->func);
      StoreVar(s->var, true, s->loc);
      Emit(Op::kPop);
    }
  }
  void EnterFunctionScope(Scope* scope, const std::vector<Node*>& params) {
    // Simple parameters that stay in registers use their argument register directly.
    for (size_t i = 0; i < params.size(); ++i) {
      Node* p = params[i];
      if (p->kind == NodeKind::kIdent && !p->var->captured && !p->var->param_tdz)
        p->var->slot = static_cast<int>(2 + i);
    }
    AllocateScope(scope);
    if (func_ && func_->mapped_arguments) {
      proto_->mapped_arguments = true;
      // ECMA-262 10.4.4.7 step 17: of repeated names, only the last parameter is mapped.
      for (size_t i = 0; i < params.size(); ++i) {
        bool repeated = std::any_of(params.begin() + static_cast<long>(i) + 1, params.end(),
                                    [&](Node* later) { return later->var == params[i]->var; });
        proto_->mapped_params.push_back(repeated ? -1 : params[i]->var->slot);
      }
    }
    const std::vector<Node*>* body = script_body_;
    if (func_) body = func_->expression_body ? nullptr : &func_->body->list;
    EnterScopeCommon(scope, nullptr);
    if (Variable* self = scope->Find("this"); self && self->captured && !proto_->is_derived) {
      Emit(Op::kGetReg, 1);
      StoreVar(self, true, {});
      Emit(Op::kPop);
    }
    for (Variable* v : scope->vars) {
      if (v->kind != VarKind::kCallee && v->kind != VarKind::kArguments) continue;
      if (v->kind == VarKind::kCallee)
        Emit(Op::kGetReg, 0);
      else
        Emit(Op::kArguments);
      StoreVar(v, true, {});
      Emit(Op::kPop);
    }
    for (size_t i = 0; i < params.size(); ++i) BindParam(params[i], static_cast<uint32_t>(2 + i));
    if (body) HoistFunctions(*body);
  }
  void BindParam(Node* p, uint32_t reg) {
    if (p->kind == NodeKind::kIdent && static_cast<uint32_t>(p->var->slot) == reg &&
        !p->var->captured)
      return;
    Node* target = p->kind == NodeKind::kRest ? p->a : p;
    Emit(Op::kGetReg, reg);
    BindPattern(target, BindMode::kInit);
  }

  // Number of Envs between the current scope and `target` (exclusive).
  uint32_t Hops(Scope* target) {
    uint32_t hops = 0;
    for (Scope* s = scope_; s && s != target; s = s->parent)
      if (s->HasEnv()) ++hops;
    return hops;
  }
  bool InDerivedThis(Variable* v) const {
    return v && v->kind == VarKind::kThis && v->scope->function && v->scope->function->is_derived;
  }
  void LoadVar(Variable* v, const std::string& name) {
    if (!v) {
      if (name == "undefined") return Emit(Op::kUndefined);
      Emit(Op::kGetGlobal, Name(name));
      return;
    }
    bool checked = v->NeedsTdz() || InDerivedThis(v);
    uint32_t name_k = Name(v->name);
    if (!v->captured) {
      if (checked)
        Emit(Op::kGetRegChecked, static_cast<uint32_t>(v->slot), name_k);
      else
        Emit(Op::kGetReg, static_cast<uint32_t>(v->slot));
      return;
    }
    uint32_t hops = Hops(v->scope);
    if (checked)
      Emit(Op::kGetEnvChecked, hops, static_cast<uint32_t>(v->slot), name_k);
    else
      Emit(Op::kGetEnv, hops, static_cast<uint32_t>(v->slot));
  }
  // [v -> v]
  void StoreVar(Variable* v, bool init, SourceLoc loc, const std::string& global_name = {}) {
    if (!v) {
      // Strict code may not create a global by assigning to an undeclared name.
      Emit(!init && proto_->strict ? Op::kSetGlobalStrict : Op::kSetGlobal, Name(global_name));
      return;
    }
    if (!init && v->kind == VarKind::kCallee) {
      // A named function expression's own name is immutable (ECMA-262 15.2.5 step 3:
      // CreateImmutableBinding, strict only in strict code): sloppy writes are dropped.
      if (proto_->strict) Emit(Op::kThrowConstAssign);
      return;
    }
    if (!init && v->kind == VarKind::kImport) {
      // ECMA-262 16.2.1.6.4 step 7.c.iii: imported bindings are immutable.
      Emit(Op::kThrowConstAssign);
      return;
    }
    if (!init && v->kind == VarKind::kConst) {
      // TDZ first (ECMA-262 9.1.1.1.5 step 3), then the const check.
      LoadVar(v, v->name);
      Emit(Op::kPop);
      Emit(Op::kThrowConstAssign);
      return;
    }
    bool checked = !init && v->NeedsTdz();
    uint32_t name_k = Name(v->name);
    if (!v->captured) {
      if (checked)
        Emit(Op::kSetRegChecked, static_cast<uint32_t>(v->slot), name_k);
      else
        Emit(Op::kSetReg, static_cast<uint32_t>(v->slot));
      return;
    }
    uint32_t hops = Hops(v->scope);
    if (checked)
      Emit(Op::kSetEnvChecked, hops, static_cast<uint32_t>(v->slot), name_k);
    else
      Emit(Op::kSetEnv, hops, static_cast<uint32_t>(v->slot));
  }
  Variable* ThisVar() {
    for (Scope* s = scope_; s; s = s->parent)
      if (Variable* v = s->Find("this"); v && v->kind == VarKind::kThis) return v;
    return nullptr;
  }
  void LoadThis() {
    Variable* v = ThisVar();
    if (!v) return Emit(Op::kUndefined);
    LoadVar(v, "this");
  }
  // After super(): binds `this`. In an arrow it is the constructor's, captured, and may be
  // bound already (the constructor's own super() checks before constructing).
  void StoreThis() {
    Variable* v = ThisVar();
    if (!v) return;
    if (proto_->is_arrow && v->captured)
      return Emit(Op::kInitThisEnv, Hops(v->scope), static_cast<uint32_t>(v->slot));
    StoreVar(v, true, {});
  }
  void EmitImplicitReturn() {
    if (proto_->is_class_ctor)
      LoadThis();
    else
      Emit(Op::kUndefined);
    Emit(Op::kReturn);
  }

  // [SECTION] functions
  // Emits Closure for a nested function literal: [-> fn]
  void FunctionLiteral(FunctionInfo* f) {
    FunctionCompiler child(rt_, this, file_, internal_, diags_);
    Proto* p = child.CompileFunction(f);
    Emit(Op::kClosure, Constant(Value::FromCell(p)));
  }
  void NamedExpression(Node* expr, const std::string& name) {
    if (expr->kind == NodeKind::kFunction && expr->func->name.empty()) expr->func->name = name;
    if (expr->kind == NodeKind::kClass && expr->str.empty()) {
      expr->str = name;
      expr->b->func->name = name;
    }
    Expression(expr);
  }
  void Class(Node* cls) {
    Scope* saved = scope_;
    int saved_depth = env_depth_;
    if (cls->scope) {
      scope_ = cls->scope;
      AllocateScope(scope_);
      EnterScopeCommon(scope_, nullptr);
      NewPrivateNames(cls);
    }
    if (cls->a) Expression(cls->a);
    FunctionLiteral(cls->b->func);
    Emit(Op::kMakeClass, cls->a ? 1 : 0);
    for (Node* m : cls->list) {
      uint32_t is_static = (m->flags & kStatic) ? 1 : 0;
      if ((m->flags & kField) && (m->flags & kComputed)) {
        Expression(m->a);
        Emit(Op::kToPropertyKey);
        StoreVar(m->c->var, true, m->c->loc);
        Emit(Op::kPop);
      }
      if (m->flags & (kField | kStaticBlock)) continue;
      if (m->flags & kPrivate) {
        Expression(m->c);
        FunctionLiteral(m->b->func);
        uint32_t flags = (is_static ? kPrivateStatic : 0) |
                         ((m->flags & kGetter) ? kPrivateGetter : 0) |
                         ((m->flags & kSetter) ? kPrivateSetter : 0);
        Emit(Op::kDefinePrivateMethod, flags);
        continue;
      }
      if (m->flags & (kGetter | kSetter)) {
        Accessor(m, kAccessorClass | (is_static ? kAccessorStatic : 0));
        continue;
      }
      if (m->flags & kComputed) {
        Expression(m->a);
        FunctionLiteral(m->b->func);
        Emit(Op::kDefineMethodElem, is_static);
      } else {
        FunctionLiteral(m->b->func);
        Emit(Op::kDefineMethod, Name(KeyName(m->a)), is_static);
      }
    }
    // ECMA-262 15.7.14 step 27: the name inside the class is bound once methods exist.
    if (Variable* self = cls->scope ? cls->scope->Find(cls->op) : nullptr) {
      Emit(Op::kDup);
      StoreVar(self, true, cls->loc);
      Emit(Op::kPop);
    }
    // ECMA-262 15.7.14 steps 31-34: the class gets its static private methods, then its
    // static fields and blocks run in order (instance fields are set by the constructor).
    AddPrivateMethods(cls->list, true);
    for (Node* m : cls->list) {
      if (!(m->flags & kStatic)) continue;
      if (m->flags & kStaticBlock) {
        CallWithClass(m->b->func);
        Emit(Op::kPop);
      } else if (m->flags & kField) {
        Emit(Op::kDup);
        if (m->b)
          CallWithClass(m->b->func);
        else
          Emit(Op::kUndefined);
        if (m->flags & (kPrivate | kComputed)) {
          Expression(m->c);
          Emit(Op::kSwap);
          Emit((m->flags & kPrivate) ? Op::kPrivateFieldAdd : Op::kDefineElem);
        } else {
          Emit(Op::kDefineProp, Name(KeyName(m->a)));
        }
        Emit(Op::kPop);
      }
    }
    LeaveScope(saved, saved_depth);
  }
  // A static block or static field initializer, a method of the class, called with the
  // class as `this`: [cls -> cls result].
  void CallWithClass(FunctionInfo* method) {
    Emit(Op::kDup);
    FunctionLiteral(method);
    Emit(Op::kSetHome, 1);
    Emit(Op::kSwap);
    Emit(Op::kCall, 0, Name(method->name));
  }
  // ECMA-262 15.7.14 step 7: a new Private Name for each `#x` the class declares.
  void NewPrivateNames(Node* cls) {
    for (Variable* v : cls->scope->vars) {
      if (v->name[0] != '#') continue;
      PrivateKind kind = PrivateKind::kField;
      for (Node* m : cls->list) {
        if (!(m->flags & kPrivate) || m->c->str != v->name || (m->flags & kField)) continue;
        kind = (m->flags & (kGetter | kSetter)) ? PrivateKind::kAccessor : PrivateKind::kMethod;
      }
      Emit(Op::kNewPrivateName, Name(v->name), Name(cls->op), static_cast<uint32_t>(kind));
      StoreVar(v, true, v->loc);
      Emit(Op::kPop);
    }
  }
  // ECMA-262 7.3.34 InitializeInstanceElements step 3 / 15.7.14 step 33: each private method
  // or accessor (a getter and setter pair once) onto the object on the stack: [obj -> obj].
  void AddPrivateMethods(const std::vector<Node*>& members, bool is_static) {
    std::vector<std::string> done;
    for (Node* m : members) {
      if (!(m->flags & kPrivate) || (m->flags & kField)) continue;
      if (((m->flags & kStatic) != 0) != is_static) continue;
      if (std::find(done.begin(), done.end(), m->c->str) != done.end()) continue;
      done.push_back(m->c->str);
      Expression(m->c);
      Emit(Op::kPrivateMethodAdd);
    }
  }
  // One field onto the object on the stack (ECMA-262 7.3.33 DefineField): [obj -> obj].
  void DefineField(Node* field) {
    if (field->flags & kPrivate) {
      Expression(field->c);
      FieldValue(field);
      Emit(Op::kPrivateFieldAdd);
    } else if (field->flags & kComputed) {
      Expression(field->c);
      FieldValue(field);
      Emit(Op::kDefineElem);
    } else {
      FieldValue(field);
      Emit(Op::kDefineProp, Name(KeyName(field->a)));
    }
  }
  // `get key() {}` / `set key(v) {}` of a literal or class: [obj -> obj]
  void Accessor(Node* member, uint32_t flags) {
    if (member->flags & kComputed)
      Expression(member->a);
    else
      Emit(Op::kConst, Name(KeyName(member->a)));
    FunctionLiteral(member->b->func);
    Emit(Op::kDefineAccessor, flags | ((member->flags & kSetter) ? kAccessorSetter : 0));
  }
  void FieldValue(Node* field) {
    ++field_depth_;
    if (field->b && (field->flags & kComputed))
      Expression(field->b);  // named after the key by DefineElem
    else if (field->b)
      NamedExpression(field->b, KeyName(field->a));
    else
      Emit(Op::kUndefined);
    --field_depth_;
  }
  // ECMA-262 15.7.1 (Static Semantics: Early Errors): super() only in the constructor of a
  // derived class, or an arrow function inside it, and never in a field initializer (which
  // would otherwise run the initializers again, without end).
  bool SuperCallAllowed() const {
    for (const FunctionCompiler* c = this; c; c = c->parent_) {
      if (c->field_depth_ > 0 || !c->func_) return false;
      if (!c->func_->is_arrow) return c->func_->is_class_ctor && c->func_->is_derived;
    }
    return false;
  }
  // A field's initializer is a method of its own (ECMA-262 15.7.10 ClassFieldDefinition
  // Evaluation), so new.target is undefined there and in the arrows inside it.
  bool InFieldInitializer() const {
    for (const FunctionCompiler* c = this; c; c = c->parent_) {
      if (c->field_depth_ > 0) return true;
      if (!c->func_ || !c->func_->is_arrow) return false;
    }
    return false;
  }
  // ECMA-262 7.3.33 InitializeInstanceElements: after `this` exists (entry of a base
  // constructor, right after super() in a derived one).
  void InitializeFields() {
    if (!func_ || !func_->is_class_ctor) return;
    if (!func_->private_methods.empty()) {
      LoadThis();
      AddPrivateMethods(func_->private_methods, false);
      Emit(Op::kPop);
    }
    for (Node* field : func_->fields) {
      LoadThis();
      DefineField(field);
      Emit(Op::kPop);
    }
  }
  static std::string KeyName(Node* key) {
    if (key->kind == NodeKind::kNumber) return NumberToString(key->num);
    return key->str;
  }

  // [SECTION] statements
  void Statement(Node* s) {
    switch (s->kind) {
      case NodeKind::kEmpty:
        return;
      case NodeKind::kFuncDecl:
        return;  // hoisted at scope entry
      case NodeKind::kBlock:
        return Block(s);
      default:
        break;
    }
    StatementHook(s->loc);
    switch (s->kind) {
      case NodeKind::kExprStmt:
        Expression(s->a);
        Emit(Op::kPop);
        return;
      case NodeKind::kVarDecl:
        return VarDecl(s);
      case NodeKind::kClassDecl:
        Class(s->a);
        StoreVar(s->var, true, s->loc);
        Emit(Op::kPop);
        return;
      case NodeKind::kReturn:
        return Return(s);
      case NodeKind::kIf:
        return If(s);
      case NodeKind::kFor:
        return For(s);
      case NodeKind::kForOf:
      case NodeKind::kForIn:
        return ForOf(s);
      case NodeKind::kWhile:
        return While(s);
      case NodeKind::kDoWhile:
        return DoWhile(s);
      case NodeKind::kBreak:
      case NodeKind::kContinue:
        return Jump(s);
      case NodeKind::kLabelled:
        return Labelled(s);
      case NodeKind::kThrow:
        Expression(s->a);
        Mark(s->loc);
        Emit(Op::kThrow);
        return;
      case NodeKind::kTry:
        return Try(s);
      case NodeKind::kSwitch:
        return Switch(s);
      default:
        Error(s->loc, "unexpected statement");
    }
  }
  void Block(Node* b) {
    Scope* saved = scope_;
    int saved_depth = env_depth_;
    if (b->scope && b->scope != scope_) {
      scope_ = b->scope;
      AllocateScope(scope_);
      EnterScopeCommon(scope_, &b->list);
    }
    for (Node* s : b->list) Statement(s);
    LeaveScope(saved, saved_depth);
  }
  void LeaveScope(Scope* saved, int saved_depth) {
    while (env_depth_ > saved_depth) {
      Emit(Op::kPopEnv);
      --env_depth_;
    }
    scope_ = saved;
  }
  void VarDecl(Node* s) {
    bool is_var = s->op == "var";
    for (Node* d : s->list) {
      if (!d->b) {
        if (is_var) continue;
        Emit(Op::kUndefined);  // `let x;` initialises x to undefined
      } else if (d->a->kind == NodeKind::kIdent) {
        NamedExpression(d->b, d->a->str);
      } else {
        Expression(d->b);
        // `const [a] = x` names x in "x is not iterable", as V8 does for a plain name.
        if (d->b->kind == NodeKind::kIdent) pattern_source_ = d->b->str;
      }
      BindPattern(d->a, is_var ? BindMode::kAssign : BindMode::kInit);
      pattern_source_.clear();
    }
  }
  void Return(Node* s) {
    if (s->a) {
      Expression(s->a);
      // ECMA-262 14.10.1 ReturnStatement step 3: an async generator awaits what it returns.
      if (proto_->is_async && proto_->is_generator) Emit(Op::kAwait);
    } else if (proto_->is_class_ctor) {
      LoadThis();
    } else {
      Emit(Op::kUndefined);
    }
    Mark(s->loc);
    EmitExit(ExitKind::kReturn, 0, controls_.size());
  }
  // An else-if chain is compiled in a loop: its length costs no native stack.
  void If(Node* s) {
    std::vector<size_t> end_jumps;
    while (true) {
      Expression(s->a);
      size_t else_jump = EmitJump(Op::kJumpIfFalse);
      Statement(s->b);
      if (!s->c) {
        PatchHere(else_jump);
        break;
      }
      end_jumps.push_back(EmitJump(Op::kJump));
      PatchHere(else_jump);
      if (s->c->kind != NodeKind::kIf) {
        Statement(s->c);
        break;
      }
      s = s->c;
      StatementHook(s->loc);
    }
    for (size_t at : end_jumps) PatchHere(at);
  }

  // [SECTION] control flow
  Control& PushControl(Control::Kind kind, int stack_extra) {
    Control c;
    c.kind = kind;
    c.env_depth = env_depth_;
    c.stack_extra = stack_extra;
    if (kind == Control::kLoop) {
      c.labels = std::move(loop_labels_);
      loop_labels_.clear();
    }
    controls_.push_back(std::move(c));
    return controls_.back();
  }
  // ECMA-262 14.13.4 LabelledEvaluation: a break to any label of `a: b: stmt` ends it (a
  // kLabel control, so the ways out of finally and for-of blocks are those of an unlabelled
  // break); a continue to one continues the loop it labels, which takes the label set.
  void Labelled(Node* s) {
    std::vector<std::string> labels;
    Node* body = s;
    for (; body->kind == NodeKind::kLabelled; body = body->a) {
      if (std::find(labels.begin(), labels.end(), body->str) != labels.end() ||
          FindLabel(body->str) != SIZE_MAX)
        Error(body->loc, "Label '" + body->str + "' has already been declared");
      labels.push_back(body->str);
    }
    static constexpr NodeKind kIterations[] = {NodeKind::kFor, NodeKind::kForIn, NodeKind::kForOf,
                                               NodeKind::kWhile, NodeKind::kDoWhile};
    bool iteration = std::find(std::begin(kIterations), std::end(kIterations), body->kind) !=
                     std::end(kIterations);
    Control& c = PushControl(Control::kLabel, 0);
    c.labels = labels;
    c.labels_iteration = iteration;
    if (iteration) loop_labels_ = std::move(labels);
    Statement(body);
    Control done = std::move(controls_.back());
    controls_.pop_back();
    for (size_t at : done.break_patches) PatchHere(at);
  }
  // The index in controls_ of the labelled statement with `label` (SIZE_MAX: none).
  size_t FindLabel(const std::string& label) const {
    for (size_t i = controls_.size(); i-- > 0;) {
      const Control& c = controls_[i];
      if (c.kind == Control::kLabel &&
          std::find(c.labels.begin(), c.labels.end(), label) != c.labels.end())
        return i;
    }
    return SIZE_MAX;
  }
  void PatchControl(Control& c, size_t continue_target) {
    for (size_t at : c.continue_patches) {
      uint32_t t = static_cast<uint32_t>(continue_target);
      std::memcpy(&proto_->code[at], &t, 4);
    }
  }
  void While(Node* s) {
    size_t top = Here();
    Expression(s->a);
    size_t exit = EmitJump(Op::kJumpIfFalse);
    PushControl(Control::kLoop, 0);
    Statement(s->b);
    Control c = std::move(controls_.back());
    controls_.pop_back();
    PatchControl(c, top);
    EmitLoop(top);
    PatchHere(exit);
    for (size_t at : c.break_patches) PatchHere(at);
  }
  void DoWhile(Node* s) {
    size_t top = Here();
    PushControl(Control::kLoop, 0);
    Statement(s->a);
    Control c = std::move(controls_.back());
    controls_.pop_back();
    PatchControl(c, Here());
    Expression(s->b);
    size_t exit = EmitJump(Op::kJumpIfFalse);
    EmitLoop(top);
    PatchHere(exit);
    for (size_t at : c.break_patches) PatchHere(at);
  }
  void For(Node* s) {
    Scope* saved = scope_;
    int saved_depth = env_depth_;
    scope_ = s->scope;
    AllocateScope(scope_);
    EnterScopeCommon(scope_, nullptr);
    if (s->a) {
      if (s->a->kind == NodeKind::kVarDecl) {
        VarDecl(s->a);
      } else {
        Expression(s->a);
        Emit(Op::kPop);
      }
    }
    // ECMA-262 14.7.4.2 step 3 (ForBodyEvaluation): a copy after init, then per iteration.
    bool per_iteration = scope_->HasEnv();
    if (per_iteration) Emit(Op::kCopyEnv);
    size_t top = Here();
    size_t exit = SIZE_MAX;
    if (s->b) {
      Expression(s->b);
      exit = EmitJump(Op::kJumpIfFalse);
    }
    PushControl(Control::kLoop, 0);
    Statement(s->d);
    Control c = std::move(controls_.back());
    controls_.pop_back();
    PatchControl(c, Here());
    if (per_iteration) Emit(Op::kCopyEnv);
    if (s->c) {
      Expression(s->c);
      Emit(Op::kPop);
    }
    EmitLoop(top);
    if (exit != SIZE_MAX) PatchHere(exit);
    for (size_t at : c.break_patches) PatchHere(at);
    LeaveScope(saved, saved_depth);
  }
  // The expression of a for-in/of head, in its TDZ scope when the head declares let/const
  // (`for (let x of [x])` throws a ReferenceError).
  void ForHeadExpression(Node* s) {
    if (!s->head_scope) return Expression(s->b);
    Scope* saved = scope_;
    int saved_depth = env_depth_;
    scope_ = s->head_scope;
    AllocateScope(scope_);
    EnterScopeCommon(scope_, nullptr);
    Expression(s->b);
    LeaveScope(saved, saved_depth);
  }
  void ForOf(Node* s) {
    if (s->kind != NodeKind::kForOf) return ForIn(s);
    if (s->flags & kForAwait) return ForAwait(s);
    ForHeadExpression(s);
    Mark(s->b->loc);
    Emit(Op::kGetIterator, Name(IterableText(s->b)));
    size_t close_on_throw = EmitJump(Op::kPushHandler);
    PushControl(Control::kIterator, 1);
    size_t top = Here();
    size_t exit = EmitJump(Op::kIterNext);
    ForBody(s, top);
    Control c = std::move(controls_.back());
    controls_.pop_back();
    PatchHere(exit);  // exhausted: nothing to close
    Emit(Op::kPopHandler);
    Emit(Op::kPop);
    size_t end = EmitJump(Op::kJump);
    for (size_t at : c.break_patches) PatchHere(at);
    Emit(Op::kPopHandler);
    Emit(Op::kIterClose);
    size_t end2 = EmitJump(Op::kJump);
    PatchHere(close_on_throw);  // [iterator exception]
    Emit(Op::kIterCloseThrow);
    PatchHere(end);
    PatchHere(end2);
  }
  // ECMA-262 14.7.5.7 ForIn/OfBodyEvaluation with iteratorKind async: each step awaits the
  // result of next(), and every way out but exhaustion and a failing step runs
  // AsyncIteratorClose (EmitAsyncClose, EmitAsyncCloseOnThrow).
  void ForAwait(Node* s) {
    ForHeadExpression(s);
    Mark(s->b->loc);
    Emit(Op::kGetAsyncIterator, Name(IterableText(s->b)));
    size_t close_on_throw = EmitJump(Op::kPushHandler);
    PushControl(Control::kIterator, 1).async_iterator = true;
    size_t top = Here();
    Emit(Op::kAsyncIterNext);
    Emit(Op::kAwait);
    size_t exit = EmitJump(Op::kIterResultStep);
    ForBody(s, top);
    Control c = std::move(controls_.back());
    controls_.pop_back();
    PatchHere(exit);  // exhausted: nothing to close
    Emit(Op::kPopHandler);
    Emit(Op::kPop);
    size_t end = EmitJump(Op::kJump);
    for (size_t at : c.break_patches) PatchHere(at);
    Emit(Op::kPopHandler);
    EmitAsyncClose();
    size_t end2 = EmitJump(Op::kJump);
    PatchHere(close_on_throw);  // [iterator exception]
    EmitAsyncCloseOnThrow();
    PatchHere(end);
    PatchHere(end2);
  }
  // ECMA-262 7.4.13 AsyncIteratorClose(record, normal completion): [iterator ->].
  void EmitAsyncClose() {
    size_t skip = EmitJump(Op::kAsyncIterReturn);
    Emit(Op::kAwait);
    Emit(Op::kRequireIterResult);
    PatchHere(skip);
  }
  // AsyncIteratorClose(record, throw completion): [iterator exception ->] rethrows the
  // exception whatever return() does, after awaiting its result.
  void EmitAsyncCloseOnThrow() {
    Emit(Op::kSwap);
    size_t ignore = EmitJump(Op::kPushHandler);
    size_t skip = EmitJump(Op::kAsyncIterReturn);
    Emit(Op::kAwait);
    Emit(Op::kPop);
    PatchHere(skip);  // [exception]
    Emit(Op::kPopHandler);
    Emit(Op::kThrow);
    PatchHere(ignore);  // [exception iterator error]
    Emit(Op::kPop);
    Emit(Op::kPop);
    Emit(Op::kThrow);
  }
  void ForIn(Node* s) {
    ForHeadExpression(s);
    Mark(s->b->loc);
    Emit(Op::kForInKeys);
    size_t top = Here();
    size_t exit = EmitJump(Op::kIterNext);
    Control c = ForBody(s, top, 1);
    PatchHere(exit);
    for (size_t at : c.break_patches) PatchHere(at);
    Emit(Op::kPop);  // the iterator
  }
  // The loop of a for-in/of from the binding on: [iter v] at the start of each iteration.
  // Breaks are left in the returned control (for-of: in the enclosing kIterator control).
  Control ForBody(Node* s, size_t top, int stack_extra = 0) {
    PushControl(Control::kLoop, stack_extra);
    Scope* saved = scope_;
    int saved_depth = env_depth_;
    scope_ = s->scope;
    AllocateScope(scope_);
    EnterScopeCommon(scope_, nullptr);
    if (s->a->kind == NodeKind::kVarDecl) {
      BindPattern(s->a->list[0]->a, s->a->op == "var" ? BindMode::kAssign : BindMode::kInit);
    } else {
      BindPattern(s->a, BindMode::kAssign);
    }
    Statement(s->c);
    LeaveScope(saved, saved_depth);
    Control c = std::move(controls_.back());
    controls_.pop_back();
    PatchControl(c, Here());
    EmitLoop(top);
    if (stack_extra == 0) {
      Control& iter = controls_.back();
      iter.break_patches.insert(iter.break_patches.end(), c.break_patches.begin(),
                                c.break_patches.end());
    }
    return c;
  }
  void Switch(Node* s) {
    Expression(s->a);
    Scope* saved = scope_;
    int saved_depth = env_depth_;
    scope_ = s->scope;
    AllocateScope(scope_);
    std::vector<Node*> all;
    for (Node* c : s->list) all.insert(all.end(), c->list.begin(), c->list.end());
    EnterScopeCommon(scope_, &all);
    std::vector<size_t> case_jumps;
    for (Node* c : s->list) {
      if (!c->a) {
        case_jumps.push_back(0);
        continue;
      }
      Emit(Op::kDup);
      Expression(c->a);
      Emit(Op::kStrictEq);
      case_jumps.push_back(EmitJump(Op::kJumpIfTrue));
    }
    size_t default_jump = EmitJump(Op::kJump);
    PushControl(Control::kSwitch, 1);
    bool has_default = false;
    for (size_t i = 0; i < s->list.size(); ++i) {
      Node* c = s->list[i];
      if (c->a) {
        PatchHere(case_jumps[i]);
      } else {
        PatchHere(default_jump);
        has_default = true;
      }
      for (Node* st : c->list) Statement(st);
    }
    Control c = std::move(controls_.back());
    controls_.pop_back();
    if (!has_default) PatchHere(default_jump);
    for (size_t at : c.break_patches) PatchHere(at);
    LeaveScope(saved, saved_depth);
    Emit(Op::kPop);
  }
  // break / continue: unwind to the nearest loop (or switch for break).
  void Jump(Node* s) {
    bool is_break = s->kind == NodeKind::kBreak;
    if (!s->str.empty()) return LabelledJump(s, is_break);
    for (size_t i = controls_.size(); i-- > 0;) {
      Control& c = controls_[i];
      if (c.kind == Control::kLoop || (is_break && c.kind == Control::kSwitch)) {
        EmitExit(is_break ? ExitKind::kBreak : ExitKind::kContinue, i, controls_.size());
        return;
      }
    }
    Error(s->loc, is_break ? "Illegal break statement"
                           : "Illegal continue statement: no surrounding iteration statement");
  }
  // break label / continue label (ECMA-262 14.8.1, 14.9.1 early errors, worded as V8).
  void LabelledJump(Node* s, bool is_break) {
    size_t at = FindLabel(s->str);
    if (at == SIZE_MAX) Error(s->op_loc, "Undefined label '" + s->str + "'");
    if (is_break) return EmitExit(ExitKind::kBreak, at, controls_.size());
    if (!controls_[at].labels_iteration)
      Error(s->op_loc,
            "Illegal continue statement: '" + s->str + "' does not denote an iteration statement");
    for (size_t i = at + 1; i < controls_.size(); ++i) {
      const Control& c = controls_[i];
      if (c.kind == Control::kLoop &&
          std::find(c.labels.begin(), c.labels.end(), s->str) != c.labels.end())
        return EmitExit(ExitKind::kContinue, i, controls_.size());
    }
  }
  void EmitPopEnvsTo(int depth) {
    for (int d = env_depth_; d > depth; --d) Emit(Op::kPopEnv);
  }
  // Leaves the statements in controls_[..from) on the way to `target` (a loop or switch; for
  // return, out of the function): pops their handlers, operand slots and Envs up to the
  // innermost finally on the way, records there where the jump was going and enters the
  // finally block, whose dispatch continues the jump (Try). For return, the value to return
  // is on top of the stack.
  void EmitExit(ExitKind kind, size_t target, size_t from) {
    size_t floor = kind == ExitKind::kReturn ? 0 : target + 1;
    size_t finally_at = SIZE_MAX;
    for (size_t i = from; i-- > floor;) {
      if (controls_[i].kind == Control::kFinally) {
        finally_at = i;
        break;
      }
    }
    if (kind == ExitKind::kReturn) {
      if (finally_at == SIZE_MAX && !ClosesIterators(floor, from)) return Emit(Op::kReturn);
      if (finally_at == SIZE_MAX) {
        // The value waits in a register while the for-of loops on the way close.
        uint32_t value = NewRegister();
        Emit(Op::kSetReg, value);
        Emit(Op::kPop);
        EmitLeaveControls(floor, from);
        Emit(Op::kGetReg, value);
        return Emit(Op::kReturn);
      }
      // The value is kept aside, so the operand slots under it can be popped.
      Emit(Op::kSetReg, controls_[finally_at].value_reg);
      Emit(Op::kPop);
    }
    EmitLeaveControls(finally_at == SIZE_MAX ? floor : finally_at, from);
    if (finally_at != SIZE_MAX) {
      Control& f = controls_[finally_at];
      EmitPopEnvsTo(f.env_depth);
      size_t index = 0;
      while (index < f.exits.size() &&
             (f.exits[index].kind != kind || f.exits[index].target != target))
        ++index;
      if (index == f.exits.size()) f.exits.push_back({kind, target});
      EmitSetCompletion(f, kFirstExit + static_cast<double>(index));
      f.entry_patches.push_back(EmitJump(Op::kJump));
      return;
    }
    Control& c = controls_[target];
    EmitPopEnvsTo(c.env_depth);
    (kind == ExitKind::kBreak ? c.break_patches : c.continue_patches)
        .push_back(EmitJump(Op::kJump));
  }
  // Pops the handlers and operand slots of controls_[stop..from), closing iterators. A
  // statement with a handler unwinds the operand stack to where its handler was pushed: a
  // return() resumed at a yield leaves the operands of the expression around the yield
  // (`for (x of it) f(1, yield)`), above the iterator its IteratorClose needs on top.
  void EmitLeaveControls(size_t stop, size_t from) {
    for (size_t i = from; i-- > stop;) {
      const Control& c = controls_[i];
      if (c.kind == Control::kIterator) {
        Emit(Op::kUnwindHandler);
        if (c.async_iterator)
          EmitAsyncClose();
        else
          Emit(Op::kIterClose);
        continue;
      }
      for (int k = 0; k < c.stack_extra; ++k) Emit(Op::kPop);
      if (c.kind == Control::kCatch || c.kind == Control::kFinally) Emit(Op::kUnwindHandler);
    }
  }
  bool ClosesIterators(size_t stop, size_t from) const {
    for (size_t i = from; i-- > stop;)
      if (controls_[i].kind == Control::kIterator) return true;
    return false;
  }
  void EmitSetCompletion(const Control& f, double type) {
    Emit(Op::kConst, Constant(Value::Number(type)));
    Emit(Op::kSetReg, f.completion_reg);
    Emit(Op::kPop);
  }
  // ECMA-262 14.15.3 Runtime Semantics: Evaluation of TryStatement. The finally block is
  // compiled once. It is entered with the completion of the try (and catch) part in two
  // registers: normal, a throw (the exception value), or a break, continue or return that
  // passes through (EmitExit). When the finally block completes normally, that completion is
  // resumed (steps 3-4: "If F.[[Type]] is normal, set F to B/C"); when it ends abruptly
  // itself (its own break, continue, return or throw), the pending one is dropped. Completion
  // values (UpdateEmpty) are only observable through eval, which the subset has not.
  void Try(Node* s) {
    if (!s->d) return TryCatch(s);
    size_t handler = EmitJump(Op::kPushHandler);
    size_t at = controls_.size();
    PushControl(Control::kFinally, 0);
    controls_[at].completion_reg = NewRegister();
    controls_[at].value_reg = NewRegister();
    TryCatch(s);
    Control f = std::move(controls_[at]);
    controls_.pop_back();
    Emit(Op::kPopHandler);
    EmitSetCompletion(f, kCompletionNormal);
    f.entry_patches.push_back(EmitJump(Op::kJump));
    // The exceptional path: [exception]
    PatchHere(handler);
    Emit(Op::kSetReg, f.value_reg);
    Emit(Op::kPop);
    EmitSetCompletion(f, kCompletionThrow);
    for (size_t p : f.entry_patches) PatchHere(p);
    Block(s->d);
    EmitResumeIf(f, kCompletionThrow, [&] {
      Emit(Op::kGetReg, f.value_reg);
      Emit(Op::kThrow);
    });
    for (size_t i = 0; i < f.exits.size(); ++i) {
      const PendingExit& exit = f.exits[i];
      EmitResumeIf(f, kFirstExit + static_cast<double>(i), [&] {
        if (exit.kind == ExitKind::kReturn) Emit(Op::kGetReg, f.value_reg);
        EmitExit(exit.kind, exit.target, controls_.size());
      });
    }
  }
  // Emits `resume` (which ends in a jump, return or throw) for when the completion
  // register holds `type`.
  template <typename Resume>
  void EmitResumeIf(const Control& f, double type, Resume resume) {
    Emit(Op::kGetReg, f.completion_reg);
    Emit(Op::kConst, Constant(Value::Number(type)));
    Emit(Op::kStrictEq);
    size_t skip = EmitJump(Op::kJumpIfFalse);
    resume();
    PatchHere(skip);
  }
  void TryCatch(Node* s) {
    if (!s->c) return Block(s->a);
    size_t catch_handler = EmitJump(Op::kPushHandler);
    PushControl(Control::kCatch, 0);
    Block(s->a);
    controls_.pop_back();
    Emit(Op::kPopHandler);
    size_t after_catch = EmitJump(Op::kJump);
    PatchHere(catch_handler);
    CatchClause(s);
    PatchHere(after_catch);
  }
  void CatchClause(Node* s) {
    Scope* saved = scope_;
    int saved_depth = env_depth_;
    scope_ = s->scope;
    AllocateScope(scope_);
    EnterScopeCommon(scope_, nullptr);
    if (s->b) {
      BindPattern(s->b, BindMode::kInit);
    } else {
      Emit(Op::kPop);
    }
    Block(s->c);
    LeaveScope(saved, saved_depth);
  }

  // [SECTION] generators
  // ECMA-262 15.5.5 `yield v`: [received] after next(v); throw(e) throws at the yield;
  // return(v) returns from here, through the finally blocks around it.
  void Yield(Node* e) {
    if (e->a)
      Expression(e->a);
    else
      Emit(Op::kUndefined);
    Mark(e->loc);
    if (proto_->is_async) return AsyncYield();
    Emit(Op::kYield, 0);
    size_t on_return = EmitJump(Op::kResumeYield);
    size_t after = EmitJump(Op::kJump);
    PatchHere(on_return);
    EmitExit(ExitKind::kReturn, 0, controls_.size());
    PatchHere(after);
  }
  // ECMA-262 15.5.5 `yield* iterable`: each round forwards what the generator received to
  // the inner iterator (Op::kYieldDelegate) and yields its result as it is.
  void YieldStar(Node* e) {
    if (proto_->is_async) return AsyncYieldStar(e);
    Expression(e->a);
    Mark(e->loc);
    Emit(Op::kGetIterator, Name(IterableText(e->a)));
    Emit(Op::kUndefined);
    Emit(Op::kConst, Constant(Value::Number(static_cast<double>(ResumeKind::kNext))));
    size_t top = Here();
    Emit(Op::kYieldDelegate, 0, 0);
    size_t done_at = Here() - 8;
    Emit(Op::kYield, 1);
    EmitLoop(top);
    PatchHere(done_at);  // [iterator value]
    Emit(Op::kSwap);
    Emit(Op::kPop);
    size_t after = EmitJump(Op::kJump);
    PatchHere(done_at + 4);  // [iterator value]: the generator returns value
    Emit(Op::kSwap);
    Emit(Op::kPop);
    EmitExit(ExitKind::kReturn, 0, controls_.size());
    PatchHere(after);
  }

  // ECMA-262 27.6.3.8 AsyncGeneratorYield(? Await(v)): [v] -> [received]. A return(v)
  // request awaits v (27.6.3.7 AsyncGeneratorUnwrapYieldResumption) and returns it.
  void AsyncYield() {
    Emit(Op::kAwait);
    Emit(Op::kAsyncYield);
    size_t on_return = EmitJump(Op::kResumeYield);
    size_t after = EmitJump(Op::kJump);
    PatchHere(on_return);
    Emit(Op::kAwait);
    EmitExit(ExitKind::kReturn, 0, controls_.size());
    PatchHere(after);
  }
  // ECMA-262 15.5.5 `yield* iterable` in an async generator: GetIterator(obj, async); each
  // round calls the inner next/throw/return with what was received, awaits its result and
  // yields the value without awaiting it again. Stack: [iterator received kind].
  void AsyncYieldStar(Node* e) {
    Expression(e->a);
    Mark(e->loc);
    Emit(Op::kGetAsyncIterator, Name(IterableText(e->a)));
    Emit(Op::kUndefined);
    Emit(Op::kConst, Constant(Value::Number(static_cast<double>(ResumeKind::kNext))));
    size_t top = Here();
    Emit(Op::kAsyncDelegate, 0, 0);
    size_t missing_at = Here() - 8;
    Emit(Op::kAwait);
    Emit(Op::kAsyncDelegateStep, 0, 0);
    size_t done_at = Here() - 8;
    Emit(Op::kAsyncYield);
    size_t on_return = EmitJump(Op::kJumpIfReturnKind);
    EmitLoop(top);
    // A return(v) request: v is awaited first; if that throws, the inner iterator's throw()
    // gets the exception (the Completion of AsyncGeneratorYield, step 7.c.ix).
    PatchHere(on_return);  // [iterator received kind]
    size_t rejected = EmitJump(Op::kPushHandler);
    Emit(Op::kSwap);
    Emit(Op::kAwait);
    Emit(Op::kSwap);
    Emit(Op::kPopHandler);
    EmitLoop(top);
    PatchHere(rejected);  // [iterator received kind exception]
    Emit(Op::kSwap);
    Emit(Op::kPop);
    Emit(Op::kSwap);
    Emit(Op::kPop);
    Emit(Op::kConst, Constant(Value::Number(static_cast<double>(ResumeKind::kThrow))));
    EmitLoop(top);
    PatchHere(missing_at);  // no throw(): [iterator] closed, then step 7.b.iii's TypeError
    EmitAsyncClose();
    Emit(Op::kThrowNoThrowMethod);
    PatchHere(missing_at + 4);  // no return(): [iterator received] returns Await(received)
    Emit(Op::kSwap);
    Emit(Op::kPop);
    Emit(Op::kAwait);
    EmitExit(ExitKind::kReturn, 0, controls_.size());
    PatchHere(done_at);  // [iterator value]: the value of yield*
    Emit(Op::kSwap);
    Emit(Op::kPop);
    size_t after = EmitJump(Op::kJump);
    PatchHere(done_at + 4);  // [iterator value] after return(): returns Await(value)
    Emit(Op::kSwap);
    Emit(Op::kPop);
    Emit(Op::kAwait);
    EmitExit(ExitKind::kReturn, 0, controls_.size());
    PatchHere(after);
  }

  // [SECTION] expressions
  void Expression(Node* e) {
    if (ChainBase(e)) return Chain(e);
    switch (e->kind) {
      case NodeKind::kNumber:
        Emit(Op::kConst, Constant(Value::Number(e->num)));
        return;
      case NodeKind::kBigInt: {
        ScratchInt v;
        ParseBigIntLiteral(e->str, v.get());  // the lexer checked the digits
        Emit(Op::kConst, Constant(NewBigInt(rt_, v.get())));
        return;
      }
      case NodeKind::kString:
        Emit(Op::kConst, Constant(Value::FromCell(rt_.Intern(e->str))));
        return;
      case NodeKind::kTemplate:
        return Template(e);
      case NodeKind::kTemplateSite:
        return Emit(Op::kConst, TemplateObject(e));
      case NodeKind::kRegExp:
        return Emit(Op::kRegExp, Constant(Value::FromCell(rt_.Intern(e->str))),
                    Constant(Value::FromCell(rt_.Intern(e->op))));
      case NodeKind::kIdent:
        Mark(e->loc);
        return LoadVar(e->var, e->str);
      case NodeKind::kThis:
        return LoadThis();
      case NodeKind::kNewTarget:
        return Emit(InFieldInitializer() ? Op::kUndefined : Op::kNewTarget);
      case NodeKind::kNull:
        return Emit(Op::kNull);
      case NodeKind::kTrue:
        return Emit(Op::kTrue);
      case NodeKind::kFalse:
        return Emit(Op::kFalse);
      case NodeKind::kArray:
        return ArrayLiteral(e);
      case NodeKind::kObject:
        return ObjectLiteral(e);
      case NodeKind::kFunction:
        return FunctionLiteral(e->func);
      case NodeKind::kClass:
        return Class(e);
      case NodeKind::kUnary:
        return Unary(e);
      case NodeKind::kUpdate:
        return Update(e);
      case NodeKind::kAssign:
        return Assign(e);
      case NodeKind::kConditional:
        return Conditional(e);
      case NodeKind::kCall:
        return SuperCallee(e);
      case NodeKind::kNew:
        return New(e);
      case NodeKind::kMember:
        return SuperMember(e);
      case NodeKind::kOptionalChain: {
        chains_.emplace_back();
        Expression(e->a);
        size_t end = EmitJump(Op::kJump);
        for (size_t at : chains_.back()) PatchHere(at);
        chains_.pop_back();
        PatchHere(end);
        return;
      }
      case NodeKind::kSequence:
        for (size_t i = 0; i < e->list.size(); ++i) {
          Expression(e->list[i]);
          if (i + 1 < e->list.size()) Emit(Op::kPop);
        }
        return;
      case NodeKind::kAwait:
        Expression(e->a);
        Mark(e->loc);
        Emit(Op::kAwait);
        return;
      case NodeKind::kYield:
        return (e->flags & kDelegate) ? YieldStar(e) : Yield(e);
      case NodeKind::kSuper:
        Error(e->loc, "'super' keyword unexpected here");
      case NodeKind::kSpread:
        Error(e->loc, "Unexpected token '...'");
      default:
        Error(e->loc, "Invalid expression");
    }
  }
  // Links of left-deep chains: `a + b + …`, `a || b || …`, `a.b.c…`, `f()()…`, `o.m().n()…`.
  // ChainBase is the part a link compiles first (null when `e` is no such link); Chain
  // compiles the base, then each link's rest, in a loop, so native recursion follows only
  // the source's nesting, which the parser bounds.
  // `(a?.b)()`: the parentheses keep the optional chain's Reference (ECMA-262 13.3.9.1),
  // so the call is a method call on `a`.
  static bool IsParenthesizedOptionalMember(Node* callee) {
    return callee->kind == NodeKind::kOptionalChain && (callee->flags & kParenthesized) &&
           callee->a->kind == NodeKind::kMember && callee->a->a->kind != NodeKind::kSuper;
  }
  static Node* ChainBase(Node* e) {
    switch (e->kind) {
      case NodeKind::kBinary:
      case NodeKind::kLogical:
        return e->a;
      case NodeKind::kMember:
        return e->a->kind == NodeKind::kSuper ? nullptr : e->a;
      case NodeKind::kCall: {
        Node* callee = e->a;
        if (callee->kind == NodeKind::kSuper || IsParenthesizedOptionalMember(callee))
          return nullptr;
        if (callee->kind != NodeKind::kMember) return callee;
        return callee->a->kind == NodeKind::kSuper ? nullptr : callee->a;  // a method call
      }
      default:
        return nullptr;
    }
  }
  void Chain(Node* top) {
    std::vector<Node*> links;
    Node* base = top;
    for (Node* next; (next = ChainBase(base)) != nullptr; base = next) links.push_back(base);
    Expression(base);
    for (auto it = links.rbegin(); it != links.rend(); ++it) ChainLink(*it);
  }
  // The rest of a link, its ChainBase's value being on the stack.
  void ChainLink(Node* e) {
    switch (e->kind) {
      case NodeKind::kBinary:
        Expression(e->b);
        Mark(e->op_loc);
        Emit(BinaryOp(e->op));
        return;
      case NodeKind::kLogical: {
        Op jump = e->op == "&&"   ? Op::kJumpIfFalseKeep
                  : e->op == "||" ? Op::kJumpIfTrueKeep
                                  : Op::kJumpIfNotNullishKeep;
        size_t end = EmitJump(jump);
        Expression(e->b);
        PatchHere(end);
        return;
      }
      case NodeKind::kMember:
        return MemberAccess(e);
      default:
        return CallLink(e);
    }
  }
  // `a ? b : c ? d : …` nests to the right: the chain is compiled in a loop.
  void Conditional(Node* e) {
    std::vector<size_t> end_jumps;
    for (; e->kind == NodeKind::kConditional; e = e->c) {
      Expression(e->a);
      size_t else_jump = EmitJump(Op::kJumpIfFalse);
      Expression(e->b);
      end_jumps.push_back(EmitJump(Op::kJump));
      PatchHere(else_jump);
    }
    Expression(e);
    for (size_t at : end_jumps) PatchHere(at);
  }
  // ECMA-262 13.2.8.4 GetTemplateObject: one frozen strings array per site, with its frozen
  // `raw` array, so it is built here once, as a constant of the site's function. Each array
  // is a constant before it is filled: the Proto keeps it alive while strings are allocated.
  uint32_t TemplateObject(Node* site) {
    Array* raw = rt_.NewArray();
    Constant(Value::FromCell(raw));
    Array* cooked = rt_.NewArray();
    uint32_t index = Constant(Value::FromCell(cooked));
    for (uint32_t i = 0; i < site->list.size(); ++i) {
      const Node* chunk = site->list[i];
      rt_.SetArrayElement(raw, i, Value::FromCell(rt_.Intern(chunk->op)));
      Value text = Value::FromCell(rt_.Intern(chunk->str));
      rt_.SetArrayElement(cooked, i, (chunk->flags & kRawOnly) ? Value::Undefined() : text);
    }
    rt_.SetIntegrityLevel(raw, true);
    PropertyDescriptor desc;
    desc.value = Value::FromCell(raw);
    desc.has_value = desc.has_writable = desc.has_enumerable = desc.has_configurable = true;
    bool done = false;
    rt_.DefineOwnProperty(cooked, rt_.Intern("raw"), desc, done);
    rt_.SetIntegrityLevel(cooked, true);
    return index;
  }
  void Template(Node* e) {
    Emit(Op::kConst, Constant(Value::FromCell(rt_.Intern(e->list[0]->str))));
    for (size_t i = 1; i < e->list.size(); i += 2) {
      Expression(e->list[i]);
      Emit(Op::kToStr);
      Emit(Op::kAdd);
      if (!e->list[i + 1]->str.empty()) {
        Emit(Op::kConst, Constant(Value::FromCell(rt_.Intern(e->list[i + 1]->str))));
        Emit(Op::kAdd);
      }
    }
  }
  void ArrayLiteral(Node* e) {
    Emit(Op::kNewArray, 0);
    for (Node* item : e->list) {
      if (!item) {
        Emit(Op::kArrayHole);
      } else if (item->kind == NodeKind::kSpread) {
        Expression(item->a);
        Mark(item->a->loc);
        Emit(Op::kArraySpread, Name(IterableText(item->a)));
      } else {
        Expression(item);
        Emit(Op::kArrayPush);
      }
    }
  }
  void ObjectLiteral(Node* e) {
    Emit(Op::kNewObject);
    for (Node* p : e->list) {
      if (p->flags & kSpreadProp) {
        Expression(p->b);
        Emit(Op::kObjectSpread);
        continue;
      }
      if (p->flags & (kGetter | kSetter)) {
        Accessor(p, 0);
        continue;
      }
      if (p->flags & kComputed) {
        Expression(p->a);
        Expression(p->b);
        if (p->flags & kMethod) Emit(Op::kSetHome, 2);
        Emit(Op::kDefineElem);
        continue;
      }
      std::string key = KeyName(p->a);
      NamedExpression(p->b, key);
      if (p->flags & kMethod) Emit(Op::kSetHome, 1);
      Emit(Op::kDefineProp, Name(key));
    }
  }
  void Unary(Node* e) {
    const std::string& op = e->op;
    if (op == "typeof") {
      if (e->a->kind == NodeKind::kIdent && !e->a->var) {
        Emit(Op::kTypeofGlobal, Name(e->a->str));
        return;
      }
      Expression(e->a);
      Emit(Op::kTypeof);
      return;
    }
    if (op == "delete") return Delete(e->a);
    Expression(e->a);
    if (op == "-")
      Emit(Op::kNeg);
    else if (op == "+")
      Emit(Op::kPlus);
    else if (op == "!")
      Emit(Op::kNot);
    else if (op == "~")
      Emit(Op::kBitNot);
    else if (op == "void") {
      Emit(Op::kPop);
      Emit(Op::kUndefined);
    }
  }
  void Delete(Node* target) {
    if (target->kind == NodeKind::kOptionalChain) target = target->a;
    if (target->kind != NodeKind::kMember) {
      if (target->kind != NodeKind::kIdent) {
        Expression(target);
        Emit(Op::kPop);
      }
      Emit(target->kind == NodeKind::kIdent ? Op::kFalse : Op::kTrue);
      return;
    }
    Expression(target->a);
    if (target->flags & kComputed) {
      Expression(target->b);
      Emit(Op::kDeleteElem);
    } else {
      Emit(Op::kDeleteProp, Name(target->b->str));
    }
  }
  static Op BinaryOp(const std::string& op) {
    static const std::pair<const char*, Op> kOps[] = {
        {"+", Op::kAdd},        {"-", Op::kSub},
        {"*", Op::kMul},        {"/", Op::kDiv},
        {"%", Op::kMod},        {"**", Op::kExp},
        {"&", Op::kBitAnd},     {"|", Op::kBitOr},
        {"^", Op::kBitXor},     {"<<", Op::kShl},
        {">>", Op::kShr},       {">>>", Op::kUShr},
        {"==", Op::kEq},        {"!=", Op::kNe},
        {"===", Op::kStrictEq}, {"!==", Op::kStrictNe},
        {"<", Op::kLt},         {">", Op::kGt},
        {"<=", Op::kLe},        {">=", Op::kGe},
        {"in", Op::kIn},        {"instanceof", Op::kInstanceOf}};
    for (auto& [name, code] : kOps)
      if (op == name) return code;
    assert(false && "the parser only produces known binary operators");
    return Op::kAdd;
  }
  void Update(Node* e) {
    bool prefix = e->flags & kPrefix;
    Op step = e->op == "++" ? Op::kInc : Op::kDec;
    Node* t = e->a;
    if (t->kind == NodeKind::kIdent) {
      LoadVar(t->var, t->str);
      Emit(Op::kToNumeric);
      if (!prefix) Emit(Op::kDup);
      Emit(step);
      StoreVar(t->var, false, t->loc, t->str);
      if (!prefix) Emit(Op::kPop);
      return;
    }
    Expression(t->a);
    if (t->flags & kComputed) {
      Expression(t->b);
      Emit(Op::kDup2);
      Emit(Op::kGetElem);
      Emit(Op::kToNumeric);
      if (!prefix) {
        Emit(Op::kDup);
        Emit(Op::kRot4);
      }
      Emit(step);
      Emit(Op::kSetElem);
    } else {
      uint32_t name = Name(t->b->str);
      Emit(Op::kDup);
      Emit(Op::kGetProp, name);
      Emit(Op::kToNumeric);
      if (!prefix) {
        Emit(Op::kDup);
        Emit(Op::kRot3);
      }
      Emit(step);
      Emit(Op::kSetProp, name);
    }
    if (!prefix) Emit(Op::kPop);
  }
  void Assign(Node* e) {
    Node* t = e->a;
    const std::string& op = e->op;
    Mark(e->loc);
    if (op == "=") {
      if (t->kind == NodeKind::kIdent) {
        NamedExpression(e->b, t->str);
        StoreVar(t->var, false, t->loc, t->str);
      } else if (t->kind == NodeKind::kMember) {
        MemberTarget(t);
        Expression(e->b);
        Mark(t->loc);
        if (t->flags & kComputed)
          Emit(Op::kSetElem);
        else
          Emit(Op::kSetProp, Name(t->b->str));
      } else {
        Expression(e->b);
        Emit(Op::kDup);
        BindPattern(t, BindMode::kAssign);
      }
      return;
    }
    bool logical = op == "&&=" || op == "||=" || op == "?\?=";
    if (logical) return LogicalAssign(e);
    Op bin = BinaryOp(op.substr(0, op.size() - 1));
    if (t->kind == NodeKind::kIdent) {
      LoadVar(t->var, t->str);
      Expression(e->b);
      Emit(bin);
      StoreVar(t->var, false, t->loc, t->str);
      return;
    }
    MemberTarget(t);
    if (t->flags & kComputed) {
      Emit(Op::kDup2);
      Emit(Op::kGetElem);
      Expression(e->b);
      Emit(bin);
      Emit(Op::kSetElem);
    } else {
      uint32_t name = Name(t->b->str);
      Emit(Op::kDup);
      Emit(Op::kGetProp, name);
      Expression(e->b);
      Emit(bin);
      Emit(Op::kSetProp, name);
    }
  }
  void LogicalAssign(Node* e) {
    Node* t = e->a;
    Op jump = e->op == "&&="   ? Op::kJumpIfFalseKeep
              : e->op == "||=" ? Op::kJumpIfTrueKeep
                               : Op::kJumpIfNotNullishKeep;
    if (t->kind == NodeKind::kIdent) {
      LoadVar(t->var, t->str);
      size_t end = EmitJump(jump);
      NamedExpression(e->b, t->str);
      StoreVar(t->var, false, t->loc, t->str);
      PatchHere(end);
      return;
    }
    bool computed = t->flags & kComputed;
    MemberTarget(t);
    if (computed) {
      Emit(Op::kDup2);
      Emit(Op::kGetElem);
    } else {
      Emit(Op::kDup);
      Emit(Op::kGetProp, Name(t->b->str));
    }
    size_t short_jump = EmitJump(jump);
    Expression(e->b);
    if (computed)
      Emit(Op::kSetElem);
    else
      Emit(Op::kSetProp, Name(t->b->str));
    size_t end = EmitJump(Op::kJump);
    PatchHere(short_jump);
    // [obj (key) value] -> [value]
    Emit(Op::kSwap);
    Emit(Op::kPop);
    if (computed) {
      Emit(Op::kSwap);
      Emit(Op::kPop);
    }
    PatchHere(end);
  }
  // Pushes the object (and key when computed) of an assignment target.
  void MemberTarget(Node* t) {
    Expression(t->a);
    if (t->flags & kComputed) Expression(t->b);
  }
  void SuperMember(Node* e) {
    LoadThis();
    if (e->flags & kComputed) {
      Expression(e->b);
      Emit(Op::kGetSuperElem);
    } else {
      Emit(Op::kGetSuper, Name(e->b->str));
    }
  }
  // [obj -> value]
  void MemberAccess(Node* e) {
    if (e->flags & kOptional) chains_.back().push_back(EmitJump(Op::kJumpIfNullish));
    if (e->flags & kComputed) {
      Expression(e->b);
      Mark(e->loc);
      Emit(Op::kGetElem);
    } else {
      Mark(e->b->loc);  // V8 reports a failed property read at the property name
      Emit(Op::kGetProp, Name(e->b->str));
    }
  }

  // [SECTION] calls
  // How V8 names a callee in "x is not a function": the text of a simple chain. Only the
  // last kCalleeTextLinks links are spelled out, so a chain of 100,000 links costs neither
  // deep recursion nor text quadratic in its length.
  static constexpr size_t kCalleeTextLinks = 32;
  // The source V8 prints in "x is not iterable": a name or a member chain, else nothing.
  static std::string IterableText(Node* n) {
    Node* base = n;
    while (base->kind == NodeKind::kMember) base = base->a;
    return base->kind == NodeKind::kIdent ? CalleeText(n) : std::string();
  }
  static std::string CalleeText(Node* n) {
    if (IsParenthesizedOptionalMember(n)) return "(intermediate value)";  // as V8 names it
    std::vector<Node*> links;
    while (links.size() < kCalleeTextLinks &&
           (n->kind == NodeKind::kMember || n->kind == NodeKind::kCall ||
            n->kind == NodeKind::kOptionalChain)) {
      links.push_back(n);
      n = n->a;
    }
    std::string text;
    switch (n->kind) {
      case NodeKind::kIdent:
        text = n->str;
        break;
      case NodeKind::kThis:
        text = "this";
        break;
      case NodeKind::kSuper:
        text = "super";
        break;
      case NodeKind::kNumber:
        text = NumberToString(n->num);
        break;
      case NodeKind::kString:
        text = "\"" + n->str + "\"";
        break;
      default:
        text = "(intermediate value)";
        break;
    }
    for (auto it = links.rbegin(); it != links.rend(); ++it) {
      Node* link = *it;
      if (link->kind == NodeKind::kCall) {
        text += "(...)";
      } else if (link->kind == NodeKind::kMember && (link->flags & kComputed)) {
        Node* key = link->b;
        text += "[" +
                (key->kind == NodeKind::kNumber   ? NumberToString(key->num)
                 : key->kind == NodeKind::kIdent  ? key->str
                 : key->kind == NodeKind::kString ? "\"" + key->str + "\""
                                                  : "(intermediate value)") +
                "]";
      } else if (link->kind == NodeKind::kMember) {
        text += "." + link->b->str;
      }
    }
    return text;
  }
  bool HasSpread(const std::vector<Node*>& args) {
    for (Node* a : args)
      if (a->kind == NodeKind::kSpread) return true;
    return false;
  }
  // Pushes the arguments; returns false when they were collected into one array (spread).
  bool Arguments(const std::vector<Node*>& args) {
    if (!HasSpread(args)) {
      for (Node* a : args) Expression(a);
      return true;
    }
    ArrayLiteralOf(args);
    return false;
  }
  void ArrayLiteralOf(const std::vector<Node*>& items) {
    Emit(Op::kNewArray, 0);
    for (Node* item : items) {
      if (item->kind == NodeKind::kSpread) {
        Expression(item->a);
        Emit(Op::kArraySpread, Name(std::string(kCallSpreadText) + IterableText(item->a)));
      } else {
        Expression(item);
        Emit(Op::kArrayPush);
      }
    }
  }
  // Calls whose callee starts with `super`: super(...), super.m(...), super[k](...).
  void SuperCallee(Node* e) {
    Node* callee = e->a;
    if (IsParenthesizedOptionalMember(callee)) return OptionalMemberCall(e);
    if (callee->kind == NodeKind::kSuper) {
      if (!SuperCallAllowed()) Error(callee->loc, "'super' keyword unexpected here");
      bool plain = Arguments(e->list);
      Mark(e->loc);
      if (plain)
        Emit(Op::kSuperCall, static_cast<uint32_t>(e->list.size()));
      else
        Emit(Op::kSuperCallSpread);
      StoreThis();
      InitializeFields();
      return;
    }
    LoadThis();
    Emit(Op::kDup);
    if (callee->flags & kComputed) {
      Expression(callee->b);
      Emit(Op::kGetSuperElem);
    } else {
      Emit(Op::kGetSuper, Name(callee->b->str));
    }
    FinishCall(e, true);
  }
  // (a?.b)(...): [obj f], or [undefined undefined] when the chain short-circuits (then the
  // call fails as calling undefined does).
  void OptionalMemberCall(Node* e) {
    Node* member = e->a->a;
    chains_.emplace_back();
    Expression(member->a);
    if (member->flags & kOptional) chains_.back().push_back(EmitJump(Op::kJumpIfNullish));
    Emit(Op::kDup);
    Mark(member->loc);
    if (member->flags & kComputed) {
      Expression(member->b);
      Emit(Op::kGetElem);
    } else {
      Emit(Op::kGetProp, Name(member->b->str));
    }
    size_t end = EmitJump(Op::kJump);
    for (size_t at : chains_.back()) PatchHere(at);
    chains_.pop_back();
    Emit(Op::kUndefined);
    PatchHere(end);
    FinishCall(e, true);
  }
  // A call link of a chain: on the stack is the method's object, or the callee itself.
  void CallLink(Node* e) {
    Node* callee = e->a;
    if (callee->kind != NodeKind::kMember) return FinishCall(e, false);
    if (callee->flags & kOptional) chains_.back().push_back(EmitJump(Op::kJumpIfNullish));
    Emit(Op::kDup);
    Mark(callee->loc);
    if (callee->flags & kComputed) {
      Expression(callee->b);
      Emit(Op::kGetElem);
    } else {
      Emit(Op::kGetProp, Name(callee->b->str));
    }
    FinishCall(e, true);
  }
  // [obj f] for a method call, [f] otherwise -> [result]
  void FinishCall(Node* e, bool method) {
    Node* callee = e->a;
    if (e->flags & kOptional) OptionalCallCheck(method);
    Emit(method ? Op::kSwap : Op::kUndefined);
    uint32_t text = Name(CalleeText(callee));
    bool plain = Arguments(e->list);
    // V8 reports a method call at the property name, other calls at the callee.
    Mark(callee->kind == NodeKind::kMember && !(callee->flags & kComputed) ? callee->b->loc
                                                                           : e->loc);
    if (plain)
      Emit(Op::kCall, static_cast<uint32_t>(e->list.size()), text);
    else
      Emit(Op::kCallSpread, text);
  }
  // a?.() : when the callee on top is nullish, the chain is undefined.
  void OptionalCallCheck(bool has_receiver) {
    Emit(Op::kDup);
    size_t ok = EmitJump(Op::kJumpIfNotNullishKeep);
    Emit(Op::kPop);
    if (has_receiver) Emit(Op::kPop);
    Emit(Op::kUndefined);
    chains_.back().push_back(EmitJump(Op::kJump));
    PatchHere(ok);
    Emit(Op::kPop);
  }
  void New(Node* e) {
    uint32_t text = Name(CalleeText(e->a));
    Expression(e->a);
    bool plain = Arguments(e->list);
    Mark(e->loc);
    if (plain)
      Emit(Op::kNew, static_cast<uint32_t>(e->list.size()), text);
    else
      Emit(Op::kNewSpread, text);
  }

  // [SECTION] patterns
  enum class BindMode { kInit, kAssign };
  // Binds the value on top of the stack to `target` and pops it.
  void BindPattern(Node* target, BindMode mode) {
    switch (target->kind) {
      case NodeKind::kIdent:
        StoreVar(target->var, mode == BindMode::kInit, target->loc, target->str);
        Emit(Op::kPop);
        return;
      case NodeKind::kMember: {
        // [v] -> obj.key = v
        Expression(target->a);
        if (target->flags & kComputed) {
          Expression(target->b);
          Emit(Op::kRot3);
          Emit(Op::kRot3);
          Emit(Op::kSetElem);
        } else {
          Emit(Op::kSwap);
          Emit(Op::kSetProp, Name(target->b->str));
        }
        Emit(Op::kPop);
        return;
      }
      case NodeKind::kAssignPattern: {
        Emit(Op::kDup);
        Emit(Op::kUndefined);
        Emit(Op::kStrictEq);
        size_t skip = EmitJump(Op::kJumpIfFalse);
        Emit(Op::kPop);
        if (target->a->kind == NodeKind::kIdent)
          NamedExpression(target->b, target->a->str);
        else
          Expression(target->b);
        PatchHere(skip);
        BindPattern(target->a, mode);
        return;
      }
      case NodeKind::kArrayPattern: {
        Mark(target->loc);
        Emit(Op::kGetIterator, Name(pattern_source_));
        pattern_source_.clear();
        // ECMA-262 8.6.2 BindingInitialization step 3, 13.15.5.2 step 4: an abrupt
        // completion of an element closes the iterator (unless next() itself threw).
        // A return() resumed at a yield in an element (`[a = yield] = it`) closes it too
        // (13.15.5.5 step 4 with a return completion): the pattern is a Control::kIterator.
        size_t close_on_throw = EmitJump(Op::kPushHandler);
        PushControl(Control::kIterator, 1);
        for (Node* el : target->list) {
          bool rest = el && el->kind == NodeKind::kRest;
          Node* element = rest ? el->a : el;
          if (mode == BindMode::kAssign && element && AssignMemberElement(element, rest)) continue;
          Emit(rest ? Op::kIterRest : Op::kIterValue);
          if (element)
            BindPattern(element, mode);
          else
            Emit(Op::kPop);
        }
        controls_.pop_back();
        Emit(Op::kPopHandler);
        Emit(Op::kIterClose);
        size_t end = EmitJump(Op::kJump);
        PatchHere(close_on_throw);  // [iterator exception]
        Emit(Op::kIterCloseThrow);
        PatchHere(end);
        return;
      }
      case NodeKind::kObjectPattern:
        return ObjectPattern(target, mode);
      default:
        Error(target->loc, "Invalid destructuring assignment target");
    }
  }
  // With a rest element, each key read (computed ones as evaluated) is kept below the
  // source, [k1..kn src], for ObjectRest to exclude (ECMA-262 14.3.3.1 RestBindingInitialization
  // step 3's excludedNames).
  // ECMA-262 13.15.5.5 AssignmentElement steps 1-2: a member target (`[o[k()]] = it`) is
  // evaluated before the iterator steps. [iter] -> [iter]; false for other targets.
  bool AssignMemberElement(Node* element, bool rest) {
    Node* init = nullptr;
    Node* t = element;
    if (!rest && t->kind == NodeKind::kAssignPattern) {
      init = t->b;
      t = t->a;
    }
    if (t->kind != NodeKind::kMember || t->a->kind == NodeKind::kSuper) return false;
    bool computed = t->flags & kComputed;
    Expression(t->a);  // [iter obj]
    if (computed) {
      Expression(t->b);
      Emit(Op::kToPropertyKey);
      Emit(Op::kRot3);  // [key iter obj]
      Emit(Op::kRot3);  // [obj key iter]
    } else {
      Emit(Op::kSwap);  // [obj iter]
    }
    Emit(rest ? Op::kIterRest : Op::kIterValue);  // [obj key? iter v]
    if (init) {
      Emit(Op::kDup);
      Emit(Op::kUndefined);
      Emit(Op::kStrictEq);
      size_t skip = EmitJump(Op::kJumpIfFalse);
      Emit(Op::kPop);
      Expression(init);
      PatchHere(skip);
    }
    if (computed) {
      Emit(Op::kSwap);  // [obj key v iter]
      Emit(Op::kRot4);  // [iter obj key v]
      Emit(Op::kSetElem);
    } else {
      Emit(Op::kRot3);  // [v obj iter]
      Emit(Op::kRot3);  // [iter v obj]
      Emit(Op::kSwap);  // [iter obj v]
      Emit(Op::kSetProp, Name(t->b->str));
    }
    Emit(Op::kPop);
    return true;
  }
  void ObjectPattern(Node* target, BindMode mode) {
    Mark(target->loc);
    Emit(Op::kRequireObject);
    bool has_rest = !target->list.empty() && target->list.back()->kind == NodeKind::kRest;
    uint32_t keys = 0;
    for (Node* p : target->list) {
      if (p->kind == NodeKind::kRest) {
        Emit(Op::kObjectRest, keys);
        BindPattern(p->a, mode);
        return;
      }
      if (has_rest) ++keys;
      Emit(Op::kDup);
      if (p->flags & kComputed) {
        Expression(p->a);
        if (has_rest) {
          Emit(Op::kToPropertyKey);
          Emit(Op::kDup);   // [src src k k]
          Emit(Op::kRot4);  // [k src src k]
        }
        Emit(Op::kGetElem);
      } else {
        uint32_t key = Name(KeyName(p->a));
        if (has_rest) {
          Emit(Op::kConst, key);  // [src src k]
          Emit(Op::kRot3);        // [k src src]
        }
        Emit(Op::kGetProp, key);
      }
      BindPattern(p->b, mode);
    }
    Emit(Op::kPop);
  }

  Runtime& rt_;
  FunctionCompiler* parent_;
  std::shared_ptr<const std::string> file_;
  bool internal_;
  std::vector<Diagnostic>& diags_;
  Proto* proto_ = nullptr;
  FunctionInfo* func_ = nullptr;
  Scope* scope_ = nullptr;
  int env_depth_ = 0;
  int field_depth_ = 0;  // > 0 while a class field's initializer is compiled
  std::vector<Control> controls_;
  std::vector<std::string> loop_labels_;  // labels for the loop being compiled (Labelled)
  std::string pattern_source_;  // the initializer name an array pattern names in its TypeError
  std::vector<std::vector<size_t>> chains_;
  std::unordered_map<uint64_t, uint32_t> constant_index_;  // Value bits -> constants index

 public:
  const std::vector<Node*>* script_body_ = nullptr;  // the top level's statements
};

}  // namespace

Proto* CompileProgram(Runtime& rt, Ast& ast, std::shared_ptr<const std::string> file, bool internal,
                      std::vector<Diagnostic>& diagnostics) {
  FunctionCompiler compiler(rt, nullptr, std::move(file), internal, diagnostics);
  compiler.script_body_ = &ast.root->list;
  try {
    return compiler.CompileScript(ast.root);
  } catch (CompileError&) {
    return nullptr;
  }
}

}  // namespace loopscope::js
