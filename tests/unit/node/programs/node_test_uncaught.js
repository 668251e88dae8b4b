// golden: node:test durations
// Errors that escape a test: an uncaught exception in a timer fails the test that scheduled
// it, an unhandled rejection fails the test that rejected, and an error after the test
// ended is a diagnostic naming the test; a throw outside any test names no test. The run
// exits 1. Stacks are cleared (Node's would name its own internals).
const test = require('node:test');

function NoStack(err) {
  err.stack = `${err.name}: ${err.message}`;
  return err;
}

test('throws in a timer', (t, done) => {
  setTimeout(() => {
    throw NoStack(new TypeError('from the timer'));
  }, 1);
  setTimeout(done, 20);
});
test('leaves a rejection', async () => {
  Promise.reject(NoStack(new Error('nobody catches this')));
  await new Promise((resolve) => setTimeout(resolve, 5));
});
test('ends before its timer', () => {
  setTimeout(() => {
    throw NoStack(new Error('too late'));
  }, 1);
});
test('passes', () => {});
setTimeout(() => {
  throw NoStack(new RangeError('outside any test'));
}, 500);
