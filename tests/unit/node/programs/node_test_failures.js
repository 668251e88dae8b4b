// golden: node:test durations
// node:test failures in the TAP report: an assertion, a thrown error, a rejection, done(err),
// a failing subtest, a failing todo (not counted as a failure), a thrown non-error, plan
// mismatches and a timeout; the run exits 1. Stacks are cleared so that the report shows no
// frames (Node's would name its own internals).
const test = require('node:test');
const assert = require('node:assert');

function NoStack(err) {
  err.stack = `${err.name}: ${err.message}`;
  return err;
}

function Check(fn) {
  try {
    fn();
  } catch (err) {
    throw NoStack(err);
  }
}

test('assertion fails', () => {
  Check(() => assert.strictEqual(1, 2));
});
test('deep assertion fails', () => {
  Check(() => assert.deepStrictEqual({ a: [1, 2] }, { a: [1, 3] }));
});
test('throws an error', () => {
  throw NoStack(new RangeError('out of range'));
});
test('rejects', async () => {
  await null;
  throw NoStack(new Error('rejected\nover two lines'));
});
test('done with an error', (t, done) => {
  setImmediate(() => done(NoStack(new TypeError('bad callback'))));
});
test('parent of a failing subtest', async (t) => {
  await t.test('passes', () => {});
  await t.test('fails', () => {
    throw NoStack(new Error('sub failed'));
  });
});
test('todo that fails', { todo: true }, () => {
  throw NoStack(new Error('not yet'));
});
test('plan met', (t) => {
  t.plan(2);
  t.assert.ok(true);
  t.assert.strictEqual(1, 1);
});
test('error with fields', () => {
  const err = NoStack(new Error('with fields'));
  err.code = 'E_CUSTOM';
  err.detail = { n: 1, list: ['a'] };
  throw err;
});
test('slow', { timeout: 10 }, async () => {
  await new Promise((resolve) => setTimeout(resolve, 1000));
});
test('after the failures', () => console.log('still runs'));
process.on('exit', (code) => console.log('exit code', code, process.exitCode));
