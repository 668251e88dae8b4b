// engine/js/vm.cpp — the embedder API: thin forwarding onto Runtime plus compiling.
//
// Compile runs parse → scope analysis → code generation and keeps the resulting code
// rooted for the Vm's lifetime; CompileFunction wraps a body as a function (CommonJS).
// Where to look next: runtime.h, compiler.cpp, promise.cpp.
#include "engine/js/vm.h"

#include "engine/js/compiler.h"
#include "engine/js/parser.h"
#include "engine/js/runtime.h"
#include "engine/js/scope.h"
#include "engine/js/time_zone.h"

namespace loopscope::js {

Persistent::Persistent(Vm& vm, Value v) : vm_(&vm), slot_(vm.runtime().AddPersistent(v)) {}
Persistent::Persistent(Persistent&& other) noexcept : vm_(other.vm_), slot_(other.slot_) {
  other.vm_ = nullptr;
}
Persistent& Persistent::operator=(Persistent&& other) noexcept {
  if (this != &other) {
    Reset();
    vm_ = other.vm_;
    slot_ = other.slot_;
    other.vm_ = nullptr;
  }
  return *this;
}
Persistent::~Persistent() {
  Reset();
}
Value Persistent::Get() const {
  return vm_ ? vm_->runtime().GetPersistent(slot_) : Value::Undefined();
}
void Persistent::Reset() {
  if (vm_) vm_->runtime().RemovePersistent(slot_);
  vm_ = nullptr;
}

Vm::Vm(Hooks& hooks)
    : rt_(std::make_unique<Runtime>(*this, hooks)), steps_(&rt_->steps), tiers_(&rt_->tiers) {}
Vm::~Vm() = default;

namespace {
Completion HostEntry(Runtime& rt) {
  if (rt.native_depth == 0 && rt.frames.empty()) rt.terminating = false;
  return Ok();
}

// Makes `return function (...) { ... }` the whole program, `wrapper` carrying the params and
// the body, compiles it and calls it, so the completion's value is the function. The wrapper
// itself is never shown. The first diagnostic (the parser's included) is thrown as a
// SyntaxError; `wrapper` is null when there are diagnostics already.
Completion CompileAndCallWrapper(Runtime& rt, Ast* ast, FunctionInfo* wrapper,
                                 const std::string& file_name, bool internal,
                                 std::vector<Diagnostic> diagnostics) {
  Proto* proto = nullptr;
  if (diagnostics.empty()) {
    Node* fn = ast->Make(NodeKind::kFunction, {1, 1});
    fn->func = wrapper;
    Node* ret = ast->Make(NodeKind::kReturn, {});
    ret->a = fn;
    ast->root = ast->Make(NodeKind::kProgram, {1, 1});
    ast->root->list = {ret};
    ScopeTable scopes;
    AnalyzeScopes(*ast, scopes, file_name, diagnostics);
    if (diagnostics.empty())
      proto = CompileProgram(rt, *ast, std::make_shared<const std::string>(file_name), internal,
                             diagnostics);
  }
  if (!proto || !diagnostics.empty()) {
    const Diagnostic& d = diagnostics.front();
    return ThrowValue(
        rt.MakeError(ErrorType::kSyntaxError, d.file + ":" + std::to_string(d.loc.line) + ":" +
                                                  std::to_string(d.loc.col) + ": " + d.message));
  }
  proto->internal = true;
  Closure* closure = rt.Alloc<Closure>(rt.realm.function_proto, proto, nullptr);
  return rt.Call(Value::FromCell(closure), Value::Undefined(), {});
}
}  // namespace

CompileResult Vm::Compile(std::string_view source, std::string file_name, bool internal) {
  CompileResult result;
  ParseResult parsed = Parse(source, file_name);
  result.diagnostics = std::move(parsed.diagnostics);
  if (!parsed.ast || !result.diagnostics.empty()) return result;
  ScopeTable scopes;
  AnalyzeScopes(*parsed.ast, scopes, file_name, result.diagnostics);
  if (!result.diagnostics.empty()) return result;
  auto file = std::make_shared<const std::string>(file_name);
  Proto* proto = CompileProgram(*rt_, *parsed.ast, file, internal, result.diagnostics);
  if (!proto || !result.diagnostics.empty()) return result;
  auto script = std::make_shared<Script>();
  script->proto = proto;
  script->file = file;
  result.script = script;
  return result;
}

Completion Vm::RunScript(const ScriptHandle& script, std::string_view frame_name) {
  HostEntry(*rt_);
  if (!script || script->ran) return rt_->Throw(ErrorType::kError, "script already ran");
  script->ran = true;
  return rt_->RunScript(*script, frame_name);
}

Completion Vm::CompileFunction(std::string_view source, std::string file_name,
                               std::span<const std::string_view> params, bool internal) {
  HostEntry(*rt_);
  ParseResult parsed = Parse(source, file_name);
  std::vector<Diagnostic> diagnostics = std::move(parsed.diagnostics);
  FunctionInfo* wrapper = nullptr;
  if (diagnostics.empty()) {
    // The program becomes `return function (params) { source }` so positions stay those
    // of the original text (no wrapper text is added to the source).
    Ast& ast = *parsed.ast;
    FunctionInfo* f = ast.MakeFunction();
    f->loc = {1, 1};
    for (std::string_view p : params) {
      Node* id = ast.Make(NodeKind::kIdent, {1, 1});
      id->str = std::string(p);
      f->params.push_back(id);
    }
    f->body = ast.Make(NodeKind::kBlock, {1, 1});
    f->body->list = ast.root->list;
    wrapper = f;
  }
  return CompileAndCallWrapper(*rt_, parsed.ast.get(), wrapper, file_name, internal,
                               std::move(diagnostics));
}

// An ES module body becomes `return function (%bind, %meta, %import, %m0, %m1, ...) {
// "use strict"; %bind([() => export0, () => export1, ...]); body }`: async when the body
// awaits at top level. The first statement hands the embedder one reader per local export
// before any of the body runs (function declarations are initialised already), which is
// what makes exports live and lets a cycle read them in their dead zone (ECMA-262 16.2.1.6.4
// InitializeEnvironment). The added nodes have no position, so they take no step.
Completion Vm::CompileModule(std::string_view source, std::string file_name, ModuleSyntax* syntax) {
  HostEntry(*rt_);
  ParseResult parsed = ParseModule(source, file_name);
  std::vector<Diagnostic> diagnostics = std::move(parsed.diagnostics);
  FunctionInfo* wrapper = nullptr;
  if (diagnostics.empty()) {
    Ast& ast = *parsed.ast;
    *syntax = ast.module;
    FunctionInfo* f = ast.MakeFunction();
    f->loc = {1, 1};
    f->is_async = syntax->has_top_level_await;
    f->module = &ast.module;
    std::vector<std::string> params = {"%bind", "%meta", "%import"};
    for (size_t i = 0; i < syntax->requested.size(); ++i) params.push_back(ModuleHolderParam(i));
    for (const std::string& p : params) {
      Node* id = ast.Make(NodeKind::kIdent, {1, 1});
      id->str = p;
      f->params.push_back(id);
    }
    Node* strict = ast.Make(NodeKind::kExprStmt, {});
    strict->a = ast.Make(NodeKind::kString, {});
    strict->a->str = "use strict";
    Node* readers = ast.Make(NodeKind::kArray, {});
    for (const ExportEntry& e : syntax->exports) {
      if (e.local_name.empty()) continue;
      FunctionInfo* reader = ast.MakeFunction();
      reader->is_arrow = reader->expression_body = true;
      reader->body = ast.Make(NodeKind::kIdent, {});
      reader->body->str = e.local_name;
      Node* fn = ast.Make(NodeKind::kFunction, {});
      fn->func = reader;
      readers->list.push_back(fn);
    }
    Node* bind = ast.Make(NodeKind::kCall, {});
    bind->a = ast.Make(NodeKind::kIdent, {});
    bind->a->str = "%bind";
    bind->list = {readers};
    Node* bind_stmt = ast.Make(NodeKind::kExprStmt, {});
    bind_stmt->a = bind;
    f->body = ast.Make(NodeKind::kBlock, {1, 1});
    f->body->list = {strict, bind_stmt};
    f->body->list.insert(f->body->list.end(), ast.root->list.begin(), ast.root->list.end());
    wrapper = f;
  }
  return CompileAndCallWrapper(*rt_, parsed.ast.get(), wrapper, file_name, false,
                               std::move(diagnostics));
}

Completion Vm::Call(Value fn, Value this_value, std::span<const Value> args,
                    const CallOptions& options) {
  HostEntry(*rt_);
  return rt_->Call(fn, this_value, args, options.frame_name);
}

Completion Vm::Construct(Value constructor, std::span<const Value> args) {
  HostEntry(*rt_);
  return rt_->Construct(constructor, args, constructor);
}

void Vm::EnqueueMicrotask(Value fn, SourceLoc scheduled_at) {
  rt_->EnqueueHostCallback(fn, scheduled_at);
}
bool Vm::HasPendingJobs() const {
  return rt_->PendingJobs() > 0;
}
Value Vm::ContinuationData() const {
  return rt_->continuation_data;
}
void Vm::SetContinuationData(Value v) {
  rt_->continuation_data = v;
}
void Vm::SetPromiseHooks(Value init, Value before, Value after, Value settled) {
  rt_->SetPromiseHooks({init, before, after, settled});
}
size_t Vm::PendingJobCount() const {
  return rt_->PendingJobs();
}
Completion Vm::RunNextJob() {
  HostEntry(*rt_);
  return rt_->RunNextJob();
}
Completion Vm::RunMicrotasks() {
  HostEntry(*rt_);
  while (rt_->PendingJobs() > 0) {
    Completion c = rt_->RunNextJob();
    if (!c.ok()) return c;
  }
  return Ok();
}

Value Vm::NewString(std::string_view utf8) {
  return rt_->Str(utf8);
}
Value Vm::NewObject() {
  return Value::FromCell(rt_->NewPlainObject());
}
Value Vm::NewArray(std::span<const Value> items) {
  Array* a = rt_->NewArray();
  a->elements.assign(items.begin(), items.end());
  return Value::FromCell(a);
}
Value Vm::NewFunction(std::string_view name, int length, NativeFunction fn) {
  Native* n = rt_->NewNative(name, length, nullptr);
  n->host = std::move(fn);
  n->is_constructor = true;  // host functions may be constructed and extended (EventEmitter)
  return Value::FromCell(n);
}
Value Vm::MakeError(ErrorType type, std::string_view message) {
  return rt_->MakeError(type, message);
}
Completion Vm::Get(Value object, std::string_view key) {
  return rt_->GetProperty(object, rt_->Intern(key));
}
void Vm::Set(Value object, std::string_view key, Value v) {
  if (object.IsObject()) rt_->SetProperty(object, rt_->Intern(key), v);
}
Value Vm::GetOwn(Value object, std::string_view key) const {
  if (!object.IsObject()) return Value::Undefined();
  Value v = rt_->GetOwnProperty(object.As<Object>(), rt_->Intern(key));
  return v.IsHole() ? Value::Undefined() : v;
}
bool Vm::IsCallable(Value v) const {
  return rt_->IsCallable(v);
}
bool Vm::IsArray(Value v) const {
  return v.Is(CellKind::kArray);
}
size_t Vm::ArrayLength(Value array) const {
  return array.Is(CellKind::kArray) ? array.As<Array>()->Length() : 0;
}
Value Vm::ArrayAt(Value array, size_t i) const {
  if (!array.Is(CellKind::kArray) || i >= Array::kMaxLength) return Value::Undefined();
  Value v = array.As<Array>()->Get(static_cast<uint32_t>(i));
  return v.IsHole() ? Value::Undefined() : v;
}
void Vm::ArrayPush(Value array, Value v) {
  if (!array.Is(CellKind::kArray)) return;
  Array* a = array.As<Array>();
  if (a->Length() < Array::kMaxLength) rt_->SetArrayElement(a, a->Length(), v);
}
Completion Vm::ToString(Value v) {
  return rt_->ToStringValue(v);
}
std::string Vm::ToDisplayString(Value v) {
  return rt_->ToDisplayString(v);
}
double Vm::ToNumber(Value v) {
  if (v.IsObject()) return NAN;
  double d = NAN;
  rt_->ToNumber(v, d);
  return d;
}
bool Vm::ToBoolean(Value v) const {
  return Runtime::ToBoolean(v);
}
std::string Vm::TypeOf(Value v) const {
  return rt_->TypeOf(v);
}
SourceLoc Vm::FunctionLocation(Value fn) const {
  return fn.Is(CellKind::kClosure) ? fn.As<Closure>()->proto->loc : SourceLoc{};
}
std::string Vm::FunctionName(Value fn) const {
  if (!IsCallable(fn)) return "";
  Value name = rt_->GetOwnProperty(fn.As<Object>(), rt_->key_name);
  if (!name.IsString() || rt_->StringOf(name).empty()) return "(anonymous)";
  return std::string(rt_->StringOf(name));
}
std::string_view Vm::StringView(Value v) const {
  return v.IsString() ? rt_->StringOf(v) : std::string_view();
}

Value Vm::NewPromise() {
  Promise* p = rt_->NewPromise();
  return Value::FromCell(p);
}
void Vm::ResolvePromise(Value promise, Value v) {
  if (!promise.Is(CellKind::kPromise)) return;
  Promise* p = promise.As<Promise>();
  if (p->state != PromiseState::kPending || p->host_resolved) return;
  p->host_resolved = true;  // [[AlreadyResolved]] of the host's resolving functions
  rt_->ResolvePromise(p, v);
}
void Vm::RejectPromise(Value promise, Value reason) {
  if (!promise.Is(CellKind::kPromise)) return;
  Promise* p = promise.As<Promise>();
  if (p->state != PromiseState::kPending || p->host_resolved) return;
  p->host_resolved = true;
  rt_->RejectPromise(p, reason);
}
bool Vm::IsPromise(Value v) const {
  return v.Is(CellKind::kPromise);
}

Value Vm::NewHostObject(std::string_view class_name, std::shared_ptr<void> data) {
  return NewHostObject(class_name, std::move(data), Value::Undefined());
}
Value Vm::NewHostObject(std::string_view class_name, std::shared_ptr<void> data, Value prototype) {
  Object* proto = prototype.IsObject() ? prototype.As<Object>() : rt_->realm.object_proto;
  auto* obj = rt_->Alloc<HostObject>(proto, std::string(class_name), std::move(data));
  obj->from_embedder = true;
  return Value::FromCell(obj);
}
void Vm::SetHidden(Value object, std::string_view key, Value v) {
  if (object.IsObject()) object.As<Object>()->Put(rt_->Intern(key), v, false);
}
void Vm::InterceptStores(Value object) {
  if (object.IsObject()) object.As<Object>()->intercept_stores = true;
}
std::shared_ptr<void> Vm::HostData(Value v) const {
  // A Date's or RegExp's record is the engine's, never the embedder's type.
  return v.Is(CellKind::kHost) && v.As<HostObject>()->from_embedder ? v.As<HostObject>()->data
                                                                    : nullptr;
}
void Vm::SetInspector(Value v, std::function<std::string(Vm&, Value)> inspect) {
  if (v.Is(CellKind::kHost)) v.As<HostObject>()->inspector = std::move(inspect);
}

std::string Vm::Format(std::span<const Value> args) {
  return rt_->Format(args);
}
std::string Vm::Inspect(Value v) {
  return rt_->Inspect(v);
}
std::string Vm::Inspect(Value v, const InspectOptions& options) {
  return rt_->Inspect(v, options);
}
void Vm::SetInspectFunction(Value fn) {
  rt_->inspect_function = fn;
}
bool Vm::TakeInspectError(Value* error) {
  if (!rt_->inspect_threw) return false;
  *error = rt_->inspect_error;
  rt_->inspect_threw = false;
  rt_->inspect_error = Value::Undefined();
  return true;
}
std::string Vm::ErrorStack(Value error) {
  return rt_->ErrorStack(error);
}
SourceLoc Vm::LastThrowLocation() const {
  return rt_->last_throw_loc;
}
bool Vm::LastThrowWasInternal() const {
  return rt_->last_throw_internal;
}
SourceLoc Vm::CallSite() const {
  return rt_->CallSite();
}

const std::shared_ptr<const std::string>* Vm::CallSiteFile() const {
  return rt_->CallSiteFile();
}

uint64_t Vm::steps() const {
  return rt_->steps;
}
uint64_t Vm::native_work_bytes() const {
  return rt_->native_work_bytes();
}
void Vm::SetStepBudget(uint64_t at) {
  rt_->SetStepBudget(at);
}
void Vm::SetClock(std::function<double()> now_ms) {
  rt_->clock = std::move(now_ms);
}

bool Vm::SetTimeZone(std::string_view name) {
  std::shared_ptr<const date::TimeZone> zone = date::TimeZone::Find(name);
  if (!zone) return false;
  rt_->time_zone = std::move(zone);
  return true;
}

void Vm::SetTierUpBudget(uint64_t bytes) {
  rt_->tiers.budget = bytes;
}
uint64_t Vm::hot_steps() const {
  return HotSteps(rt_->tiers, rt_->steps);
}
uint64_t Vm::tier_ups() const {
  return rt_->tiers.tier_ups;
}
void Vm::SetHeapLimit(size_t bytes) {
  rt_->SetHeapLimit(bytes);
}
size_t Vm::heap_bytes() const {
  return rt_->heap_bytes();
}
void Vm::AdjustExternalMemory(int64_t delta) {
  rt_->AdjustExternalMemory(delta);
}
Completion Vm::ReserveHeap(size_t bytes) {
  return rt_->ReserveHeap(bytes);
}
void Vm::SetMaxCallDepth(uint32_t d) {
  rt_->max_call_depth = d;
  rt_->frames.reserve(d);  // the frames never move once code runs (Runtime::Runtime)
}
void Vm::SetRandomSeed(uint64_t seed) {
  rt_->rng_state = seed ? seed : 0x9E3779B97F4A7C15ull;
}
Value Vm::global() const {
  return Value::FromCell(rt_->realm.global);
}
void Vm::CollectGarbage() {
  rt_->CollectGarbage();
}
void Vm::SetGcInterval(size_t allocations) {
  rt_->SetGcInterval(allocations);
}
size_t Vm::HeapCellCount() const {
  return rt_->cell_count();
}

}  // namespace loopscope::js
