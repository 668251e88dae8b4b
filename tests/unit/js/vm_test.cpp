// tests/unit/js/vm_test.cpp — the embedder API: hooks (statements, frames, jobs), limits
// (step budget, termination, stack depth, native re-entry), garbage collection and rooting,
// host promises and functions, CompileFunction, error stacks and throw locations.
#include <gtest/gtest.h>

#include <algorithm>

#include "tests/unit/js/test_host.h"

namespace loopscope::js::testing {
namespace {

std::vector<std::string> Filter(const std::vector<std::string>& events, const std::string& prefix) {
  std::vector<std::string> out;
  for (const std::string& e : events)
    if (e.rfind(prefix, 0) == 0) out.push_back(e);
  return out;
}

TEST(Hooks, FramesUseV8DisplayNames) {
  TestHost host;
  host.record_events = true;
  ASSERT_TRUE(
      host.Run("function named() {}\nconst arrow = () => {};\nconst o = { method() {} };\n"
               "named(); arrow(); o.method(); (function () {})(); [1].map(x => x);\n"));
  std::vector<std::string> pushes = Filter(host.events, "push");
  std::vector<std::string> expected = {"push <main>", "push named",       "push arrow",
                                       "push method", "push (anonymous)", "push (anonymous)"};
  EXPECT_EQ(pushes, expected);
  EXPECT_EQ(Filter(host.events, "pop").size(), pushes.size());
  EXPECT_EQ(host.depth, 0);
}

TEST(Hooks, AwaitPopsTheFrameAndResumePushesItAgain) {
  TestHost host;
  host.record_events = true;
  ASSERT_TRUE(host.Run("async function job() { await null; }\njob();\n"));
  std::vector<std::string> frames;
  for (const std::string& e : host.events)
    if (e.rfind("push", 0) == 0 || e == "pop" || e.rfind("start", 0) == 0) frames.push_back(e);
  std::vector<std::string> expected = {"push <main>",      "push job", "pop", "pop",
                                       "start resume job", "push job", "pop"};
  EXPECT_EQ(frames, expected);
}

TEST(Hooks, StatementsAndArrowBodies) {
  TestHost host;
  host.record_events = true;
  ASSERT_TRUE(host.Run("let a = 1;\nconst f = x => x + 1;\nif (a) {\n  a = f(a);\n}\n"));
  std::vector<std::string> expected = {"stmt 1:1", "stmt 2:1", "stmt 3:1", "stmt 4:3", "stmt 2:16"};
  EXPECT_EQ(Filter(host.events, "stmt"), expected);
}

TEST(Hooks, InternalCodeIsInvisible) {
  TestHost host;
  host.record_events = true;
  Vm& vm = host.vm();
  std::string_view params[] = {"x"};
  Completion fn = vm.CompileFunction("function helper() { return x * 2; }\nreturn helper();",
                                     "lib.js", params, true);
  ASSERT_TRUE(fn.ok());
  Value arg = Value::Number(21);
  Completion r = vm.Call(fn.value, Value::Undefined(), std::span<const Value>(&arg, 1));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value.AsNumber(), 42);
  EXPECT_TRUE(host.events.empty());
}

TEST(Hooks, JobsAreLabelledAndLocated) {
  TestHost host;
  std::vector<JobInfo> jobs;
  struct Recorder : TestHost {
    std::vector<JobInfo>* out;
    void OnJobEnqueued(const JobInfo& j) override { out->push_back(j); }
  } rec;
  rec.out = &jobs;
  ASSERT_TRUE(
      rec.Run("Promise.resolve().then(() => 1);\n"
              "queueMicrotask(function qm() {});\n"
              "async function a1() { await 0; }\na1();\n"
              "new Promise(r => r(Promise.resolve()));\n"
              "Promise.reject(1).catch(() => {});\n"));
  ASSERT_GE(jobs.size(), 5u);
  EXPECT_EQ(jobs[0].kind, JobKind::kPromiseReaction);
  EXPECT_EQ(jobs[0].label, "then callback");
  EXPECT_EQ(jobs[0].scheduled_at.line, 1u);
  EXPECT_EQ(jobs[0].callback_loc.line, 1u);
  EXPECT_EQ(jobs[0].callback_loc.col, 24u);
  EXPECT_EQ(jobs[1].kind, JobKind::kHostCallback);
  EXPECT_EQ(jobs[1].label, "queueMicrotask callback");
  EXPECT_EQ(jobs[2].kind, JobKind::kAwaitResume);
  EXPECT_EQ(jobs[2].label, "resume a1");
  EXPECT_EQ(jobs[3].kind, JobKind::kPromiseResolveThenable);
  EXPECT_EQ(jobs[4].label, "catch callback");
  for (size_t i = 1; i < jobs.size(); ++i) EXPECT_GT(jobs[i].id, jobs[i - 1].id);
}

TEST(Hooks, RejectionTracker) {
  TestHost host;
  host.record_events = true;
  ASSERT_TRUE(host.Run("const p = Promise.reject(1);\nqueueMicrotask(() => p.catch(() => {}));\n"));
  std::vector<std::string> tracked;
  for (const std::string& e : host.events)
    if (e == "unhandled" || e == "handled") tracked.push_back(e);
  EXPECT_EQ(tracked, (std::vector<std::string>{"unhandled", "handled"}));
}

TEST(Limits, StepsAreMonotonicAndBudgetTerminates) {
  TestHost host;
  host.terminate_at = 10000;
  EXPECT_FALSE(host.Run("let i = 0;\nwhile (true) { try { i++; } finally { } }\n"));
  EXPECT_EQ(host.errors, "terminated\n");
  EXPECT_GE(host.vm().steps(), 10000u);
  EXPECT_EQ(host.depth, 0);
  // The Vm stays usable after a termination.
  host.terminate_at = 0;
  host.vm().SetStepBudget(UINT64_MAX);
  uint64_t before = host.vm().steps();
  EXPECT_TRUE(host.Run("console.log('again');"));
  EXPECT_GT(host.vm().steps(), before);
  EXPECT_EQ(host.out, "again\n");
}

TEST(Limits, TerminationCannotBeCaught) {
  TestHost host;
  host.terminate_at = 5000;
  EXPECT_FALSE(
      host.Run("try { [1, 2, 3].forEach(function spin() { for (;;) {} }); } catch (e) { "
               "console.log('caught'); }"));
  EXPECT_EQ(host.out, "");
  EXPECT_EQ(host.errors, "terminated\n");
}

TEST(Limits, DeepRecursionIsARangeError) {
  TestHost host;
  host.vm().SetMaxCallDepth(500);
  ASSERT_TRUE(
      host.Run("function f(n) { return f(n + 1); }\n"
               "try { f(0); } catch (e) { console.log(e instanceof RangeError, e.message); }\n"));
  EXPECT_EQ(host.out, "true Maximum call stack size exceeded\n");
}

TEST(Limits, NativeReentryIsBounded) {
  TestHost host;
  ASSERT_TRUE(
      host.Run("function viaNative(n) { return [n].map(viaNative); }\n"
               "try { viaNative(0); } catch (e) { console.log(e.name, e.message); }\n"
               "const deep = n => n === 0 ? 0 : [n - 1].map(deep)[0];\nconsole.log(deep(100));\n"));
  EXPECT_EQ(host.out, "RangeError Maximum call stack size exceeded\n0\n");
}

TEST(Gc, LongAllocatingLoopStaysBounded) {
  TestHost host;
  ASSERT_TRUE(
      host.Run("let keep = [];\nfor (let i = 0; i < 400000; i++) { const o = { i, s: 'x' + i, a: "
               "[i] }; if (i % 100000 === 0) keep.push(o); }\n"
               "console.log(keep.length, keep[3].s);\n"));
  EXPECT_EQ(host.out, "4 x300000\n");
  host.vm().CollectGarbage();
  EXPECT_LT(host.vm().HeapCellCount(), 20000u);
}

TEST(Gc, PersistentAndTraceRootsKeepValuesAlive) {
  struct RootingHost : TestHost {
    Value held;
    void TraceRoots(RootTracer& t) override { t.Mark(held); }
  } host;
  Vm& vm = host.vm();
  Value a = vm.NewArray();
  vm.ArrayPush(a, vm.NewString("persisted"));
  Persistent p = vm.Persist(a);
  host.held = vm.NewString("traced");
  Value loose = vm.NewObject();
  (void)loose;
  size_t before = vm.HeapCellCount();
  vm.CollectGarbage();
  EXPECT_EQ(vm.StringView(vm.ArrayAt(p.Get(), 0)), "persisted");
  EXPECT_EQ(vm.StringView(host.held), "traced");
  EXPECT_LE(vm.HeapCellCount(), before + 1);
  ASSERT_TRUE(
      host.Run("let n = 0; for (let i = 0; i < 300000; i++) n += [i].length; console.log(n);"));
  EXPECT_EQ(vm.StringView(vm.ArrayAt(p.Get(), 0)), "persisted");
}

TEST(Gc, SuspendedAsyncFunctionsSurviveCollection) {
  TestHost host;
  ASSERT_TRUE(
      host.Run("globalThis.later = null;\n"
               "(async () => { const local = { v: 'kept' }; await new Promise(r => { later = r; "
               "}); console.log(local.v); })();\n"
               "for (let i = 0; i < 300000; i++) { const junk = [i]; }\n"));
  host.vm().CollectGarbage();
  Completion later = host.vm().Get(host.vm().global(), "later");
  ASSERT_TRUE(host.vm().IsCallable(later.value));
  ASSERT_TRUE(host.vm().Call(later.value, Value::Undefined(), {}).ok());
  ASSERT_TRUE(host.vm().RunMicrotasks().ok());
  EXPECT_EQ(host.out, "kept\n");
}

TEST(HostApi, PromisesFromTheHostFollowTheSpec) {
  TestHost host;
  Vm& vm = host.vm();
  Value p = vm.NewPromise();
  Persistent keep = vm.Persist(p);
  vm.Set(vm.global(), "hostPromise", p);
  ASSERT_TRUE(host.Run("hostPromise.then(v => console.log('got', v));\n"));
  EXPECT_EQ(host.out, "");
  // Resolving with a thenable goes through NewPromiseResolveThenableJob.
  ASSERT_TRUE(
      host.Run("globalThis.thenable = { then(r) { console.log('then called'); r(7); } };", "b.js"));
  Completion t = vm.Get(vm.global(), "thenable");
  vm.ResolvePromise(keep.Get(), t.value);
  EXPECT_EQ(vm.PendingJobCount(), 1u);
  ASSERT_TRUE(vm.RunMicrotasks().ok());
  EXPECT_EQ(host.out, "then called\ngot 7\n");
  vm.RejectPromise(keep.Get(), Value::Number(1));  // already resolved: ignored
  EXPECT_FALSE(vm.HasPendingJobs());
}

TEST(HostApi, NativeFunctionsAndObjects) {
  TestHost host;
  Vm& vm = host.vm();
  vm.Set(vm.global(), "twice", vm.NewFunction("twice", 1, [](NativeCall& c) {
    return c.vm.Call(c.Arg(0), Value::Undefined(), {});
  }));
  Value timer = vm.NewHostObject("Timeout", std::make_shared<int>(5));
  vm.Set(timer, "_idleTimeout", Value::Number(10));
  vm.Set(vm.global(), "timer", timer);
  Value custom = vm.NewHostObject("Immediate", nullptr);
  vm.SetInspector(custom, [](Vm&, Value) { return std::string("Immediate { custom }"); });
  vm.Set(vm.global(), "imm", custom);
  ASSERT_TRUE(
      host.Run("console.log(twice(() => 'inner'), twice, timer, imm);\n"
               "try { twice(() => { throw new Error('from callback'); }); } catch (e) { "
               "console.log(e.message); }\n"));
  EXPECT_EQ(
      host.out,
      "inner [Function: twice] Timeout { _idleTimeout: 10 } Immediate { custom }\nfrom callback\n");
  EXPECT_EQ(*std::static_pointer_cast<int>(vm.HostData(timer)), 5);
  EXPECT_EQ(vm.HostData(vm.NewObject()), nullptr);
}

// The embedder's Buffer class: a Uint8Array with its own prototype over a shared
// ArrayBuffer, printed as Node prints a Buffer, writes showing through every view.
TEST(HostApi, BufferClassViewsShareAnArrayBuffer) {
  TestHost host;
  Vm& vm = host.vm();
  Value ctor = vm.NewFunction("Buffer", 0, [](NativeCall&) { return Completion{}; });
  Value proto = vm.NewObject();
  vm.Set(ctor, "prototype", proto);
  vm.SetHidden(proto, "constructor", ctor);
  vm.SetBufferClass(ctor, proto);
  Value ab = vm.NewArrayBuffer("abcdef");
  Value buf = vm.NewUint8ArrayOver(ab, 1, 3, vm.BufferPrototype());
  Value tail = vm.NewUint8ArrayOver(buf, 1, 2, vm.BufferPrototype());
  EXPECT_TRUE(vm.IsBuffer(buf));
  EXPECT_TRUE(vm.IsUint8Array(tail));
  EXPECT_EQ(vm.ViewByteOffset(tail), 2u);
  vm.Set(vm.global(), "b", buf);
  vm.Set(vm.global(), "t", tail);
  ASSERT_TRUE(
      host.Run("b[1] = 300; console.log(b, t, b instanceof Uint8Array, [...t], b.byteOffset,\n"
               "  Object.getPrototypeOf(Object.getPrototypeOf(b)) === Uint8Array.prototype);\n"));
  EXPECT_EQ(host.out, "<Buffer 62 2c 64> <Buffer 2c 64> true [ 44, 100 ] 1 true\n");
  EXPECT_EQ(std::string(vm.ViewSpan(ab, true)->data(), 6), "ab,def");
  EXPECT_FALSE(vm.ViewSpan(ab).has_value());  // an ArrayBuffer only when asked for
}

TEST(HostApi, CompileFunctionIsTheCommonJsWrapper) {
  TestHost host;
  Vm& vm = host.vm();
  std::string_view params[] = {"exports", "require", "module", "__filename", "__dirname"};
  Completion fn = vm.CompileFunction(
      "console.log(typeof require, __filename);\nmodule.exports = 42;\nreturn "
      "'early';\nconsole.log('never');",
      "/app/main.js", params, false);
  ASSERT_TRUE(fn.ok());
  Value module = vm.NewObject();
  Value args[] = {vm.NewObject(),
                  vm.NewFunction("require", 1, [](NativeCall&) { return Completion{}; }), module,
                  vm.NewString("/app/main.js"), vm.NewString("/app")};
  CallOptions options;
  options.frame_name = "<main>";
  Completion r = vm.Call(fn.value, args[0], args, options);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(vm.StringView(r.value), "early");
  EXPECT_EQ(vm.GetOwn(module, "exports").AsNumber(), 42);
  EXPECT_EQ(host.out, "function /app/main.js\n");
  Completion bad = vm.CompileFunction("let = ;", "/app/bad.js", params, false);
  ASSERT_TRUE(bad.threw());
  EXPECT_NE(vm.ErrorStack(bad.value).find("/app/bad.js:1:"), std::string::npos);
}

TEST(Errors, StackTraceAndThrowLocation) {
  TestHost host;
  EXPECT_FALSE(
      host.Run("function inner() {\n  throw new TypeError('bad');\n}\nfunction outer() { inner(); "
               "}\nouter();\n",
               "app.js"));
  EXPECT_EQ(host.errors,
            "Uncaught TypeError: bad\n    at inner (app.js:2:9)\n    at outer (app.js:4:20)\n    "
            "at Object.<anonymous> (app.js:5:1)\n");
  EXPECT_EQ(host.vm().LastThrowLocation(), (SourceLoc{2, 3}));
}

TEST(Errors, RuntimeErrorsNameTheExpression) {
  TestHost host;
  ASSERT_TRUE(
      host.Run("const cfg = { db: null };\n"
               "for (const f of [() => cfg.db.host, () => cfg.load(), () => cfg.db.x = 1, () => "
               "undefinedName, () => { for (const x of 5) {} }])\n"
               "  try { f(); } catch (e) { console.log(e.name + ': ' + e.message); }\n"));
  EXPECT_EQ(host.out,
            "TypeError: Cannot read properties of null (reading 'host')\n"
            "TypeError: cfg.load is not a function\n"
            "TypeError: Cannot set properties of null (setting 'x')\n"
            "ReferenceError: undefinedName is not defined\n"
            "TypeError: 5 is not iterable\n");
}

TEST(Values, RandomIsDeterministicPerSeed) {
  auto draw = [](uint64_t seed) {
    TestHost host;
    host.vm().SetRandomSeed(seed);
    host.Run("console.log(Math.random(), Math.random());");
    return host.out;
  };
  EXPECT_EQ(draw(7), draw(7));
  EXPECT_NE(draw(7), draw(8));
}

}  // namespace
}  // namespace loopscope::js::testing

namespace loopscope::js::testing {
namespace {

// Where V8 puts the caret of an uncaught error (what `node` prints under "file:line").
TEST(Errors, ThrowLocationsMatchV8) {
  struct Case {
    const char* src;
    SourceLoc loc;
  };
  const Case cases[] = {
      {"const a = null;\nconsole.log(a.b);\n", {2, 15}},
      {"const o = {};\n  o.method();\n", {2, 5}},
      {"undefinedFn(1);\n", {1, 1}},
      {"function f() {\n    throw new Error('x');\n}\nf();\n", {2, 5}},
  };
  for (const Case& c : cases) {
    TestHost host;
    EXPECT_FALSE(host.Run(c.src));
    EXPECT_EQ(host.vm().LastThrowLocation(), c.loc) << c.src;
  }
}

}  // namespace
}  // namespace loopscope::js::testing

namespace loopscope::js::testing {
namespace {

TEST(HostApi, HostFunctionsCanBeConstructedAndExtended) {
  TestHost host;
  Vm& vm = host.vm();
  Value emitter = vm.NewFunction("EventEmitter", 0, [](NativeCall& c) {
    c.vm.Set(c.this_value, "listeners", c.vm.NewArray());
    return Completion{};
  });
  Value proto = vm.NewObject();
  vm.Set(proto, "on", vm.NewFunction("on", 2, [](NativeCall& c) {
    Completion list = c.vm.Get(c.this_value, "listeners");
    c.vm.ArrayPush(list.value, c.Arg(1));
    return Completion{Completion::Type::kNormal, c.this_value};
  }));
  vm.Set(emitter, "prototype", proto);
  vm.Set(vm.global(), "EventEmitter", emitter);
  ASSERT_TRUE(host.Run(
      "class Server extends EventEmitter { constructor() { super(); this.port = 80; } }\n"
      "const s = new Server(); s.on('x', () => {});\n"
      "console.log(s.port, s.listeners.length, s instanceof Server, s instanceof EventEmitter);\n"
      "console.log(new EventEmitter().listeners.length);\n"))
      << host.errors;
  EXPECT_EQ(host.out, "80 1 true true\n0\n");
}

}  // namespace
}  // namespace loopscope::js::testing

namespace loopscope::js::testing {
namespace {

TEST(HostApi, FunctionNamesAndLocations) {
  TestHost host;
  ASSERT_TRUE(host.Run("globalThis.named = function tick() {};\nglobalThis.arrow = () => {};\n"));
  Vm& vm = host.vm();
  Value named = vm.Get(vm.global(), "named").value;
  Value arrow = vm.Get(vm.global(), "arrow").value;
  EXPECT_EQ(vm.FunctionName(named), "tick");
  EXPECT_EQ(vm.FunctionLocation(named), (SourceLoc{1, 20}));
  EXPECT_EQ(vm.FunctionName(arrow), "(anonymous)");
  EXPECT_EQ(vm.FunctionLocation(arrow), (SourceLoc{2, 20}));
  EXPECT_EQ(vm.FunctionName(Value::Number(1)), "");
  EXPECT_EQ(vm.FunctionLocation(vm.Get(vm.global(), "queueMicrotask").value), (SourceLoc{}));
}

}  // namespace
}  // namespace loopscope::js::testing
