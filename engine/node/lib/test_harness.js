// engine/node/lib/test_harness.js — require('node:test') itself, ported from Node 20's
// lib/internal/test_runner/harness.js and lib/test.js: test/it, describe/suite, the hooks
// and mock, the root test with its 'beforeExit' summary, and the uncaughtException /
// unhandledRejection handlers that fail the running test.
//
// Top-level tests start from a microtask once the reporter is set up (the same promise
// steps as Node's setupTestReporters), one at a time. binding: { Test, Suite, TestFailure,
// running, getCallerLocation, kCancelledByParent (lib/test_runner.js), MockTracker }.
'use strict';

const { Test, Suite, TestFailure, running, getCallerLocation, kCancelledByParent,
        MockTracker } = binding;
const kGenericUserError = 1;

// The root test, created by the first test(); its summary is printed on 'beforeExit', and a
// failed test sets process.exitCode.
let globalRoot;
let reportersSetup;

// lib/path.js posix.relative for the absolute, normalised paths of a test's file and the
// working directory (Loopscope's path module has no relative()).
function relative(from, to) {
  const fromParts = from.split('/').filter(Boolean);
  const toParts = to.split('/').filter(Boolean);
  let common = 0;
  while (common < fromParts.length && common < toParts.length &&
         fromParts[common] === toParts[common]) {
    common++;
  }
  const up = fromParts.slice(common).map(() => '..');
  return up.concat(toParts.slice(common)).join('/');
}

function createProcessEventHandler(eventName, root) {
  return (err) => {
    const test = running.getStore();
    if (!test || test.finished || test.hookType) {
      let msg;
      if (test) {
        const name = test.hookType ? `Test hook "${test.hookType}"` : `Test "${test.name}"`;
        const file = test.loc && relative(process.cwd(), test.loc.file);
        const locInfo = test.loc ? ` at ${file}:${test.loc.line}:${test.loc.column}` : '';
        msg = `Error: ${name}${locInfo} generated asynchronous activity after the test ended. ` +
              `This activity created the error "${err}" and would have caused the test to ` +
              `fail, but instead triggered an ${eventName} event.`;
      } else {
        msg = 'Error: A resource generated asynchronous activity after the test ended. This ' +
              `activity created the error "${err}" which triggered an ${eventName} event, ` +
              'caught by the test runner.';
      }
      root.diagnostic(msg);
      process.exitCode = kGenericUserError;
      return;
    }
    test.fail(TestFailure(err, eventName));
    test.abortController.abort();
  };
}

function setup(root) {
  const exceptionHandler = createProcessEventHandler('uncaughtException', root);
  const rejectionHandler = createProcessEventHandler('unhandledRejection', root);
  const exitHandler = async () => {
    if (root.subtests.length === 0 &&
        (root.hooks.before.length > 0 || root.hooks.after.length > 0)) {
      // The global before/after hooks run even without tests.
      await root.run();
    }
    root.postRun(TestFailure(
      'Promise resolution is still pending but the event loop has already resolved',
      kCancelledByParent));
    process.removeListener('uncaughtException', exceptionHandler);
    process.removeListener('unhandledRejection', rejectionHandler);
    process.removeListener('beforeExit', exitHandler);
  };
  process.on('uncaughtException', exceptionHandler);
  process.on('unhandledRejection', rejectionHandler);
  process.on('beforeExit', exitHandler);
  root.harness = {
    allowTestsToRun: false,
    bootstrapComplete: false,
    counters: { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0,
                topLevel: 0 },
  };
  root.startTime = process.hrtime.bigint();
  return root;
}

// utils.js setupTestReporters: Node resolves the reporter through an async map of the
// reporters (SafePromiseAllReturnArrayLike over an async function) and pipes it to stdout;
// these are the same promise steps, so the first test starts on the same microtask.
async function setupTestReporters() {
  const reporter = (async () => ({}))();
  await new Promise((resolve) => {
    Promise.resolve(reporter).then(() => resolve([]));
  }).then((map) => map);
}

function getGlobalRoot() {
  if (!globalRoot) {
    globalRoot = setup(new Test({ name: '<root>' }));
    globalRoot.reporter.on('test:fail', (data) => {
      if (data.todo === undefined || data.todo === false) process.exitCode = kGenericUserError;
    });
    reportersSetup = setupTestReporters();
  }
  return globalRoot;
}

async function startSubtest(subtest) {
  if (reportersSetup) {
    await reportersSetup;
    reportersSetup = undefined;
  }
  const root = getGlobalRoot();
  if (!root.harness.bootstrapComplete) {
    root.harness.bootstrapComplete = true;
    queueMicrotask(() => {
      root.harness.allowTestsToRun = true;
      root.processPendingSubtests();
    });
  }
  await subtest.start();
}

function runInParentContext(Factory) {
  function run(name, options, fn, overrides) {
    const parent = running.getStore() || getGlobalRoot();
    const subtest = parent.createSubtest(Factory, name, options, fn, overrides);
    if (!(parent instanceof Suite)) return startSubtest(subtest);
    return Promise.resolve();
  }
  const test = (name, options, fn) => run(name, options, fn, { loc: getCallerLocation() });
  for (const keyword of ['skip', 'todo', 'only']) {
    test[keyword] = (name, options, fn) =>
      run(name, options, fn, { [keyword]: true, loc: getCallerLocation() });
  }
  return test;
}

function hook(hookType) {
  return (fn, options) => {
    const parent = running.getStore() || getGlobalRoot();
    parent.createHook(hookType, fn, { ...options, parent, hookType, loc: getCallerLocation() });
  };
}

// lib/test.js: the module is test() itself, with the rest as its properties.
const test = runInParentContext(Test);
const suite = runInParentContext(Suite);
let lazyMock;
// run() starts test files in child processes: a single-file program has none.
function run() {
  throw new Error("node:test's run() (test files in child processes) is not modelled in " +
                  'Loopscope');
}
Object.assign(test, {
  after: hook('after'),
  afterEach: hook('afterEach'),
  before: hook('before'),
  beforeEach: hook('beforeEach'),
  describe: suite,
  it: test,
  run,
  suite,
  test,
});
Object.defineProperty(test, 'mock', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    lazyMock ??= new MockTracker();
    return lazyMock;
  },
});
return test;
