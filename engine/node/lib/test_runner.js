// engine/node/lib/test_runner.js — node:test's tests, ported from Node 20's
// lib/internal/test_runner/test.js: Test, Suite, TestHook, their contexts (t.test, t.plan,
// t.mock, t.assert, hooks, skip/todo) and the order in which they run and report.
// lib/test_harness.js builds require('node:test') over them.
//
// The order of runs and reports mirrors Node's line by line, down to the awaits, because a
// program's own ticks and microtasks interleave with them: top-level tests start from a
// microtask once the reporter is set up, one at a time (concurrency 1); each reports when
// it and the tests before it have finished; the root prints the plan and the counters on
// 'beforeExit'. Node finds the running test from the async id; here an AsyncLocalStorage
// carries it. binding: { TestsStream (lib/test_tap.js), MockTracker (lib/test_mock.js),
// AsyncLocalStorage, assert, AbortError }.
//
// Index: [SECTION] errors and promise helpers, [SECTION] contexts (t), [SECTION] Test,
// [SECTION] hooks and suites.
'use strict';

const { TestsStream, MockTracker, AsyncLocalStorage } = binding;
const kCancelledByParent = 'cancelledByParent';
const kCallbackAndPromisePresent = 'callbackAndPromisePresent';
const kParentAlreadyFinished = 'parentAlreadyFinished';
const kSubtestsFailed = 'subtestsFailed';
const kTestCodeFailure = 'testCodeFailure';
const kTestTimeoutFailure = 'testTimeoutFailure';
const kHookFailure = 'hookFailed';
const kAborted = 'testAborted';
const kMultipleCallbackInvocations = 'multipleCallbackInvocations';
const kHookNames = ['before', 'after', 'beforeEach', 'afterEach'];
const kIsTestFailure = Symbol('kIsTestFailure');
// Node's noop is Function.prototype, which has no name: a test without a function is
// '<anonymous>'. (An array element gets no inferred name.)
const noop = [function() {}][0];
const running = new AsyncLocalStorage();

// [SECTION] errors and promise helpers

// lib/internal/errors.js ERR_TEST_FAILURE(error, failureType): the message is the error's,
// the error itself is the cause.
function TestFailure(error, failureType) {
  const msg = error?.message ?? error;
  const err = binding.nodeError('Error', 'ERR_TEST_FAILURE', String(msg));
  err.failureType = failureType;
  err.cause = error;
  Object.defineProperty(err, kIsTestFailure, { __proto__: null, value: true });
  return err;
}

function isTestFailureError(err) {
  return err?.code === 'ERR_TEST_FAILURE' && err[kIsTestFailure] === true;
}

function createDeferredPromise() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

// primordials' SafePromiseRace/SafePromiseAll: each input wrapped in a promise of its own
// (arrayToSafePromiseIterable), the native combinator, and its result passed on to a new
// Promise. Each step is a microtask the program's own promise chains interleave with.
function ToSafePromises(items, mapFn) {
  return items.map((item, i) =>
    new Promise((a, b) => (mapFn == null ? item : mapFn(item, i)).then(a, b)));
}
function SafePromiseRace(promises) {
  return new Promise((a, b) => Promise.race(ToSafePromises(promises)).then(a, b));
}
function SafePromiseAll(items, mapFn) {
  return new Promise((a, b) => Promise.all(ToSafePromises(items, mapFn)).then(a, b));
}

// lib/internal/util.js once(fn, { preserveReturnValue: true }).
function runOnce(fn) {
  let called = false;
  let value;
  return function(...args) {
    if (called) return value;
    called = true;
    value = Reflect.apply(fn, this, args);
    return value;
  };
}

// utils.js createDeferredCallback: the `done` of a callback-style test.
function createDeferredCallback() {
  let calledCount = 0;
  const { promise, resolve, reject } = createDeferredPromise();
  const cb = (err) => {
    calledCount++;
    if (calledCount > 1) {
      if (calledCount === 2) {
        throw TestFailure('callback invoked multiple times', kMultipleCallbackInvocations);
      }
      return;
    }
    if (err) return reject(err);
    resolve();
  };
  return { promise, cb };
}

// internalBinding('util').getCallerLocation(): [line, column, file] of the program's call
// to test()/it()/t.test(). The library's own frames are hidden, so it is the first frame.
function getCallerLocation() {
  const frame = (new Error().stack ?? '').split('\n').find((l) => l.startsWith('    at '));
  const match = frame && /\(?([^()]+):(\d+):(\d+)\)?$/.exec(frame.slice(7));
  return match ? [Number(match[2]), Number(match[3]), match[1]] : undefined;
}

// test.js stopTest: settles when the test's signal aborts or its timeout passes.
function stopTest(timeout, signal) {
  const deferred = createDeferredPromise();
  const onAbort = () => deferred.resolve();
  signal.addEventListener('abort', onAbort, { once: true });
  let timer;
  let promise = deferred.promise;
  if (timeout !== null) {
    timer = setTimeout(() => deferred.resolve(), timeout);
    timer.unref();
    promise = promise.then(() => {
      throw TestFailure(`test timed out after ${timeout}ms`, kTestTimeoutFailure);
    });
  }
  promise.dispose = () => {
    signal.removeEventListener('abort', onAbort);
    if (timer) clearTimeout(timer);
  };
  return promise;
}

// [SECTION] contexts (t)

class TestPlan {
  constructor(count) {
    this.expected = count;
    this.actual = 0;
  }
  check() {
    if (this.actual !== this.expected) {
      throw TestFailure(
        `plan expected ${this.expected} assertions but received ${this.actual}`,
        kTestCodeFailure);
    }
  }
}

const kAssertMethods = ['deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject',
                        'doesNotThrow', 'equal', 'fail', 'ifError', 'match', 'notDeepEqual',
                        'notDeepStrictEqual', 'notEqual', 'notStrictEqual', 'rejects',
                        'strictEqual', 'throws', 'ok'];

class TestContext {
  #assert;
  #test;

  constructor(test) {
    this.#test = test;
  }
  get signal() {
    return this.#test.signal;
  }
  get name() {
    return this.#test.name;
  }
  get fullName() {
    return getFullName(this.#test);
  }
  get error() {
    return this.#test.error;
  }
  get passed() {
    return this.#test.passed;
  }
  diagnostic(message) {
    this.#test.diagnostic(message);
  }
  plan(count) {
    if (this.#test.plan !== null) {
      throw TestFailure('cannot set plan more than once', kTestCodeFailure);
    }
    this.#test.plan = new TestPlan(count);
  }
  // t.assert: assert's methods, each counting towards t.plan().
  get assert() {
    if (this.#assert === undefined) {
      const { plan } = this.#test;
      const assert = { __proto__: null };
      for (const name of kAssertMethods) {
        const method = binding.assert[name];
        assert[name] = (...args) => {
          if (plan !== null) plan.actual++;
          return Reflect.apply(method, assert, args);
        };
      }
      this.#assert = assert;
    }
    return this.#assert;
  }
  get mock() {
    this.#test.mock ??= new MockTracker();
    return this.#test.mock;
  }
  runOnly(value) {
    this.#test.runOnlySubtests = !!value;
  }
  skip(message) {
    this.#test.skip(message);
  }
  todo(message) {
    this.#test.todo(message);
  }
  test(name, options, fn) {
    const overrides = { loc: getCallerLocation() };
    const { plan } = this.#test;
    if (plan !== null) plan.actual++;
    const subtest = this.#test.createSubtest(Test, name, options, fn, overrides);
    return subtest.start();
  }
  before(fn, options) {
    this.#test.createHook('before', fn, { ...options, hookType: 'before',
                                          loc: getCallerLocation() });
  }
  after(fn, options) {
    this.#test.createHook('after', fn, { ...options, hookType: 'after',
                                         loc: getCallerLocation() });
  }
  beforeEach(fn, options) {
    this.#test.createHook('beforeEach', fn, { ...options, hookType: 'beforeEach',
                                              loc: getCallerLocation() });
  }
  afterEach(fn, options) {
    this.#test.createHook('afterEach', fn, { ...options, hookType: 'afterEach',
                                             loc: getCallerLocation() });
  }
}

class SuiteContext {
  #suite;

  constructor(suite) {
    this.#suite = suite;
  }
  get signal() {
    return this.#suite.signal;
  }
  get name() {
    return this.#suite.name;
  }
  get fullName() {
    return getFullName(this.#suite);
  }
}

// [SECTION] Test

function hrtime() {
  return process.hrtime.bigint();
}

class Test {
  #reportedSubtest = false;

  constructor(options) {
    let { fn, name, parent, skip } = options;
    const { loc, only, timeout, todo, signal, plan } = options;
    if (typeof fn !== 'function') fn = noop;
    if (typeof name !== 'string' || name === '') name = fn.name || '<anonymous>';
    if (!(parent instanceof Test)) parent = null;

    if (parent === null) {
      this.concurrency = 1;
      this.nesting = 0;
      this.only = false;
      this.reporter = new TestsStream();
      this.runOnlySubtests = false;
      this.testNumber = 0;
      this.timeout = null;
      this.root = this;
      this.hooks = { before: [], after: [], beforeEach: [], afterEach: [], ownAfterEachCount: 0 };
    } else {
      this.concurrency = parent.concurrency;
      this.nesting = parent.parent === null ? parent.nesting : parent.nesting + 1;
      this.only = only ?? !parent.runOnlySubtests;
      this.reporter = parent.reporter;
      this.runOnlySubtests = !this.only;
      this.testNumber = parent.subtests.length + 1;
      this.timeout = parent.timeout;
      this.root = parent.root;
      this.hooks = { before: [], after: [], beforeEach: parent.hooks.beforeEach.slice(),
                     afterEach: parent.hooks.afterEach.slice(), ownAfterEachCount: 0 };
    }
    if (typeof options.concurrency === 'number') this.concurrency = options.concurrency;
    if (typeof options.concurrency === 'boolean') {
      this.concurrency = options.concurrency ? (parent === null ? 1 : Infinity) : 1;
    }
    if (timeout != null && timeout !== Infinity) this.timeout = timeout;
    this.name = name;
    this.parent = parent;
    if (skip) fn = noop;

    this.abortController = new AbortController();
    this.outerSignal = signal;
    this.signal = this.abortController.signal;
    this.abortHandler = () => {
      const error = this.outerSignal?.reason || new binding.AbortError('The test was aborted');
      error.failureType = kAborted;
      this.cancel(error);
    };
    this.outerSignal?.addEventListener('abort', this.abortHandler);

    this.fn = fn;
    this.harness = null;  // configured on the root test by the harness
    this.mock = null;
    this.plan = null;
    this.expectedAssertions = plan;
    this.cancelled = false;
    this.skipped = skip !== undefined && skip !== false;
    this.isTodo = todo !== undefined && todo !== false;
    this.startTime = null;
    this.endTime = null;
    this.passed = false;
    this.error = null;
    this.diagnostics = [];
    this.message = typeof skip === 'string' ? skip : typeof todo === 'string' ? todo : null;
    this.activeSubtests = 0;
    this.pendingSubtests = [];
    this.readySubtests = new Map();
    this.subtests = [];
    this.waitingOn = 0;
    this.finished = false;
    if (only || this.runOnlySubtests) {
      this.diagnostic("'only' and 'runOnly' require the --test-only command-line option.");
    }
    this.loc = loc === undefined ? undefined : { line: loc[0], column: loc[1], file: loc[2] };
  }

  // AsyncResource.runInAsyncScope: the function runs with this test as the running one.
  runInAsyncScope(fn, thisArg, ...args) {
    return running.run(this, () => Reflect.apply(fn, thisArg, args));
  }

  hasConcurrency() {
    return this.concurrency > this.activeSubtests;
  }

  addPendingSubtest(deferred) {
    this.pendingSubtests.push(deferred);
  }

  async processPendingSubtests() {
    while (this.pendingSubtests.length > 0 && this.hasConcurrency()) {
      const deferred = this.pendingSubtests.shift();
      const test = deferred.test;
      this.reporter.dequeue(test.nesting, test.loc, test.name);
      await test.run();
      deferred.resolve();
    }
  }

  addReadySubtest(subtest) {
    this.readySubtests.set(subtest.testNumber, subtest);
  }

  // Reports the finished subtests that are next in order, as far as they go.
  processReadySubtestRange(canSend) {
    const start = this.waitingOn;
    const end = start + this.readySubtests.size;
    for (let i = start; i < end; i++) {
      const subtest = this.readySubtests.get(i);
      if (subtest === undefined) return;
      canSend = canSend || this.isClearToSend();
      if (!canSend) return;
      subtest.finalize();
      this.readySubtests.delete(i);
    }
  }

  createSubtest(Factory, name, options, fn, overrides) {
    if (typeof name === 'function') {
      fn = name;
    } else if (name !== null && typeof name === 'object') {
      fn = options;
      options = name;
    } else if (typeof options === 'function') {
      fn = options;
    }
    if (options === null || typeof options !== 'object') options = {};
    let parent = this;
    // A test added after its parent ended is attached to the root, to be reported there.
    const preventAddingSubtests = this.finished || this.buildPhaseFinished;
    if (preventAddingSubtests) {
      while (parent.parent !== null) parent = parent.parent;
    }
    const test = new Factory({ fn, name, parent, ...options, ...overrides });
    if (parent.waitingOn === 0) parent.waitingOn = test.testNumber;
    if (preventAddingSubtests) {
      test.fail(TestFailure('test could not be started because its parent finished',
                            kParentAlreadyFinished));
    }
    parent.subtests.push(test);
    return test;
  }

  cancel(error) {
    if (this.endTime !== null || this.error !== null) return;
    this.fail(error || TestFailure('test did not finish before its parent and was cancelled',
                                   kCancelledByParent));
    this.cancelled = true;
    this.abortController.abort();
  }

  createHook(name, fn, options) {
    const hook = new TestHook(fn, options);
    if (name === 'before' || name === 'after') hook.run = runOnce(hook.run);
    if (name === 'before' && this.startTime !== null) {
      // The test has already started: the hook runs now.
      hook.run(this.getRunArgs()).then(() => {
        if (hook.error != null) this.fail(hook.error);
      });
    }
    if (name === 'afterEach') {
      // This test's afterEach hooks run in creation order, before its ancestors' ones.
      this.hooks[name].splice(this.hooks.ownAfterEachCount, 0, hook);
      this.hooks.ownAfterEachCount++;
    } else {
      this.hooks[name].push(hook);
    }
    return hook;
  }

  fail(err) {
    if (this.error !== null) return;
    this.passed = false;
    this.error = err;
  }

  pass() {
    if (this.error !== null) return;
    this.passed = true;
  }

  skip(message) {
    this.skipped = true;
    this.message = message;
  }

  todo(message) {
    this.isTodo = true;
    this.message = message;
  }

  diagnostic(message) {
    this.diagnostics.push(message);
  }

  // Runs now if the parent has room, else queues behind the running sibling.
  start() {
    this.reporter.enqueue(this.nesting, this.loc, this.name);
    if (!this.root.harness.allowTestsToRun || !this.parent.hasConcurrency()) {
      const deferred = createDeferredPromise();
      deferred.test = this;
      this.parent.addPendingSubtest(deferred);
      return deferred.promise;
    }
    this.reporter.dequeue(this.nesting, this.loc, this.name);
    return this.run();
  }

  shouldAbort() {
    if (this.signal.aborted || this.outerSignal?.aborted) {
      this.abortHandler();
      return true;
    }
    return false;
  }

  getRunArgs() {
    const ctx = new TestContext(this);
    return { ctx, args: [ctx] };
  }

  async runHook(hook, args) {
    try {
      const hooks = this.hooks[hook];
      for (let i = 0; i < hooks.length; ++i) {
        await hooks[i].run(args);
        if (hooks[i].error) throw hooks[i].error;
      }
    } catch (err) {
      const error = TestFailure(`failed running ${hook} hook`, kHookFailure);
      error.cause = isTestFailureError(err) ? err.cause : err;
      throw error;
    }
  }

  async run() {
    if (this.parent !== null) this.parent.activeSubtests++;
    this.startTime ??= hrtime();
    if (this.shouldAbort()) {
      this.postRun();
      return;
    }
    const hookArgs = this.getRunArgs();
    const { args, ctx } = hookArgs;
    if (this.plan === null && this.expectedAssertions) ctx.plan(this.expectedAssertions);
    const after = async () => {
      if (this.hooks.after.length > 0) await this.runHook('after', hookArgs);
    };
    const afterEach = runOnce(async () => {
      if (this.parent?.hooks.afterEach.length > 0 && !this.skipped) {
        await this.parent.runHook('afterEach', hookArgs);
      }
    });
    let stopPromise;
    try {
      if (this.parent?.hooks.before.length > 0) {
        await this.parent.runHook('before', this.parent.getRunArgs());
      }
      if (this.parent?.hooks.beforeEach.length > 0 && !this.skipped) {
        await this.parent.runHook('beforeEach', hookArgs);
      }
      stopPromise = stopTest(this.timeout, this.signal);
      const runArgs = [this.fn, ctx, ...args];
      if (this.fn.length === runArgs.length - 1) {
        // A callback-style test: fn(t, done).
        const { promise, cb } = createDeferredCallback();
        runArgs.push(cb);
        const ret = Reflect.apply(this.runInAsyncScope, this, runArgs);
        if (binding.isPromise(ret)) {
          this.fail(TestFailure('passed a callback but also returned a Promise',
                                kCallbackAndPromisePresent));
          await SafePromiseRace([ret, stopPromise]);
        } else {
          await SafePromiseRace([Promise.resolve(promise), stopPromise]);
        }
      } else {
        const promise = Reflect.apply(this.runInAsyncScope, this, runArgs);
        await SafePromiseRace([Promise.resolve(promise), stopPromise]);
      }
      this.shouldAbort();
      this.plan?.check();
      this.pass();
      await afterEach();
      await after();
    } catch (err) {
      if (isTestFailureError(err)) {
        if (err.failureType === kTestTimeoutFailure) {
          this.cancel(err);
        } else {
          this.fail(err);
        }
      } else {
        this.fail(TestFailure(err, kTestCodeFailure));
      }
      try { await afterEach(); } catch { /* the test is already failing */ }
      try { await after(); } catch { /* ignored, as in Node */ }
    } finally {
      stopPromise?.dispose();
      // Hooks are shared between a suite's tests, and the root lives on: neither aborts.
      if (this.parent !== null) this.abortController.abort();
    }
    // The root's postRun waits for 'beforeExit', to catch activity after the last test.
    if (this.parent !== null || typeof this.hookType === 'string') this.postRun();
  }

  postRun(pendingSubtestsError) {
    // A test cancelled before it started gets its start and end times here.
    this.endTime ??= hrtime();
    this.startTime ??= this.endTime;
    this.pendingSubtests = [];
    let failed = 0;
    for (const subtest of this.subtests) {
      if (!subtest.finished) {
        subtest.cancel(pendingSubtestsError);
        subtest.postRun(pendingSubtestsError);
      }
      if (!subtest.passed && !subtest.isTodo) failed++;
    }
    if ((this.passed || this.parent === null) && failed > 0) {
      const subtestString = `subtest${failed > 1 ? 's' : ''}`;
      this.fail(TestFailure(`${failed} ${subtestString} failed`, kSubtestsFailed));
    }
    this.outerSignal?.removeEventListener('abort', this.abortHandler);
    this.mock?.reset();
    if (this.parent !== null) {
      const report = this.getReportDetails();
      report.details.passed = this.passed;
      this.reporter.complete(this.nesting, this.loc, this.testNumber, this.name, report.details,
                             report.directive);
      this.parent.activeSubtests--;
      this.parent.addReadySubtest(this);
      this.parent.processReadySubtestRange(false);
      this.parent.processPendingSubtests();
      if (this.parent === this.root && this.root.activeSubtests === 0 &&
          this.root.pendingSubtests.length === 0 && this.root.readySubtests.size === 0) {
        // Every test has finished: the root runs, which runs the global after() hooks.
        this.root.run();
      }
    } else if (!this.reported) {
      this.reported = true;
      this.ReportSummary();
    }
  }

  // The root's plan, diagnostics and counters (test.js postRun, the root branch).
  ReportSummary() {
    const { diagnostics, harness, loc, nesting, reporter } = this;
    const counters = harness.counters;
    reporter.plan(nesting, loc, counters.topLevel);
    for (const message of diagnostics) reporter.diagnostic(nesting, loc, message);
    for (const key of ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo']) {
      reporter.diagnostic(nesting, loc, `${key} ${counters[key]}`);
    }
    reporter.diagnostic(nesting, loc, `duration_ms ${this.duration()}`);
    reporter.end();
  }

  isClearToSend() {
    return this.parent === null ||
           (this.parent.waitingOn === this.testNumber && this.parent.isClearToSend());
  }

  finalize() {
    // All subtests have finished, so the remaining ones can all be reported now.
    this.processReadySubtestRange(true);
    this.report();
    this.parent.waitingOn++;
    this.finished = true;
  }

  duration() {
    return Number(this.endTime - this.startTime) / 1_000_000;
  }

  getReportDetails() {
    let directive;
    const details = { duration_ms: this.duration() };
    if (this.skipped) {
      directive = this.reporter.getSkip(this.message);
    } else if (this.isTodo) {
      directive = this.reporter.getTodo(this.message);
    }
    if (this.reportedType) details.type = this.reportedType;
    if (!this.passed) details.error = this.error;
    return { details, directive };
  }

  report() {
    countCompletedTest(this);
    if (this.subtests.length > 0) {
      this.reporter.plan(this.subtests[0].nesting, this.loc, this.subtests.length);
    } else {
      this.reportStarted();
    }
    const { details, directive } = this.getReportDetails();
    if (this.passed) {
      this.reporter.ok(this.nesting, this.loc, this.testNumber, this.name, details, directive);
    } else {
      this.reporter.fail(this.nesting, this.loc, this.testNumber, this.name, details, directive);
    }
    for (const message of this.diagnostics) {
      this.reporter.diagnostic(this.nesting, this.loc, message);
    }
  }

  reportStarted() {
    if (this.#reportedSubtest || this.parent === null) return;
    this.#reportedSubtest = true;
    this.parent.reportStarted();
    this.reporter.start(this.nesting, this.loc, this.name);
  }
}

// utils.js countCompletedTest.
function countCompletedTest(test) {
  const counters = test.root.harness.counters;
  if (test.nesting === 0) counters.topLevel++;
  if (test.reportedType === 'suite') {
    counters.suites++;
    return;
  }
  // Skipped and todo tests are not failures.
  if (test.skipped) {
    counters.skipped++;
  } else if (test.isTodo) {
    counters.todo++;
  } else if (test.cancelled) {
    counters.cancelled++;
  } else if (!test.passed) {
    counters.fail++;
  } else {
    counters.pass++;
  }
  counters.tests++;
}

// [SECTION] hooks and suites

class TestHook extends Test {
  #args;

  constructor(fn, options) {
    if (options === null || typeof options !== 'object') options = {};
    const { loc, timeout, signal } = options;
    super({ fn, loc, timeout, signal });
    this.parentTest = options.parent ?? null;
    this.hookType = options.hookType;
  }
  run(args) {
    if (this.error && !this.outerSignal?.aborted) {
      this.passed = false;
      this.error = null;
      this.abortController.abort();
      this.abortController = new AbortController();
      this.signal = this.abortController.signal;
    }
    this.#args = args;
    return super.run();
  }
  getRunArgs() {
    return this.#args;
  }
  postRun() {
    const { error, loc, parentTest: parent } = this;
    // A failure in the root's after() hook is reported as a test of its own.
    if (error && parent !== null && parent === parent.root && this.hookType === 'after') {
      if (isTestFailureError(error)) error.failureType = kHookFailure;
      this.endTime ??= hrtime();
      parent.reporter.fail(0, loc, parent.subtests.length + 1, loc.file,
                           { duration_ms: this.duration(), error }, undefined);
    }
  }
}

class Suite extends Test {
  reportedType = 'suite';

  constructor(options) {
    super(options);
    this.runOnlySubtests = false;
    // The suite's function runs now, to collect its tests; a rejection fails the suite.
    try {
      const { ctx, args } = this.getRunArgs();
      const result = Reflect.apply(this.runInAsyncScope, this, [this.fn, ctx, ...args]);
      this.buildSuite = Promise.resolve(result)
                            .then(undefined, (err) => {
                              this.fail(TestFailure(err, kTestCodeFailure));
                            })
                            .finally(() => {
                              this.buildPhaseFinished = true;
                            });
    } catch (err) {
      this.fail(TestFailure(err, kTestCodeFailure));
      this.buildPhaseFinished = true;
    }
    this.fn = () => {};
  }

  getRunArgs() {
    const ctx = new SuiteContext(this);
    return { ctx, args: [ctx] };
  }

  async run() {
    const hookArgs = this.getRunArgs();
    let stopPromise;
    const after = runOnce(() => this.runHook('after', hookArgs));
    try {
      this.parent.activeSubtests++;
      await this.buildSuite;
      this.startTime = hrtime();
      if (this.shouldAbort()) {
        this.subtests = [];
        this.postRun();
        return;
      }
      if (this.parent.hooks.before.length > 0) {
        await this.parent.runHook('before', this.parent.getRunArgs());
      }
      await this.runHook('before', hookArgs);
      stopPromise = stopTest(this.timeout, this.signal);
      const subtests = this.skipped || this.error ? [] : this.subtests;
      const promise = SafePromiseAll(subtests, (subtest) => subtest.start());
      await SafePromiseRace([promise, stopPromise]);
      await after();
      this.pass();
    } catch (err) {
      try { await after(); } catch { /* the suite is already failing */ }
      if (isTestFailureError(err)) {
        this.fail(err);
      } else {
        this.fail(TestFailure(err, kTestCodeFailure));
      }
    } finally {
      stopPromise?.dispose();
    }
    this.postRun();
  }
}

function getFullName(test) {
  let fullName = test.name;
  for (let t = test.parent; t !== t.root; t = t.parent) fullName = `${t.name} > ${fullName}`;
  return fullName;
}

return { Test, Suite, TestFailure, running, getCallerLocation, kCancelledByParent };
