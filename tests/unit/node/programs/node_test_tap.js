// golden: node:test durations
// node:test's TAP report: sync, async and callback tests, subtests (awaited and not),
// suites with it(), skip/todo (options, t.skip(), t.todo()), diagnostics, hooks, and
// where the report lands among the program's own ticks, microtasks and timers.
const { test, describe, it, before, after, beforeEach, afterEach } = require('node:test');
const assert = require('node:assert');

console.log('main start');
process.nextTick(() => console.log('main tick'));
Promise.resolve().then(() => console.log('main microtask'));
setTimeout(() => console.log('main timeout'), 0);
setImmediate(() => console.log('main immediate'));

before(() => console.log('global before'));
after(() => console.log('global after'));
beforeEach((t) => console.log('global beforeEach', t.name));
afterEach((t) => console.log('global afterEach', t.name));

test('sync passes', () => {
  console.log('in sync');
  assert.strictEqual(1 + 1, 2);
});

test('async with subtests', async (t) => {
  console.log('in async');
  t.diagnostic('a note from the test');
  await t.test('awaited sub', async () => {
    await new Promise((resolve) => setImmediate(resolve));
    console.log('awaited sub done');
  });
  t.test('not awaited sub', () => console.log('in not awaited sub'));
  console.log('async body end');
});

test('callback style', (t, done) => {
  setImmediate(() => {
    console.log('callback fires');
    done();
  });
});

test('skipped by option', { skip: 'not today' }, () => {
  console.log('never runs');
});
test.skip('skipped by test.skip');
test('todo by option', { todo: 'later' }, () => {});
test('t.skip and t.todo', async (t) => {
  await t.test('skips itself', (t) => t.skip('inside'));
  await t.test('todo itself', (t) => t.todo());
});

describe('a suite', () => {
  before(() => console.log('suite before'));
  afterEach(() => console.log('suite afterEach'));
  it('first it', () => console.log('in first it'));
  it('second it', async () => {
    await null;
    console.log('in second it');
  });
  describe('nested suite', () => {
    it('deep it', () => console.log('in deep it'));
  });
});

test('name # with hash and \\ backslash', () => {});
test(function namedFunction() {});

process.on('beforeExit', () => console.log('program beforeExit'));
process.on('exit', (code) => console.log('program exit', code));
console.log('main end');
