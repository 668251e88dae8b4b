// golden: node:test durations
// node:test on odd input: a test named by a number, options that are not an object, a test
// with no function ('<anonymous>'), a suite whose function throws while collecting its tests,
// 'only' without --test-only (a diagnostic), mocks of what is not a function, and names
// with TAP's special characters.
const test = require('node:test');
const { mock } = test;

function NoStack(err) {
  err.stack = `${err.name}: ${err.message}`;
  return err;
}

test(123, () => {});
test('options that are a number', 5, () => {});
test();
test.describe('throws while building', () => {
  test.it('never runs', () => {});
  throw NoStack(new Error('build failed'));
});
test('only without the flag', { only: true }, () => {});
test('line\nbreak\ttab # hash', () => {});
test.todo('todo without a function');
for (const call of [
  () => mock.method({}, 'missing'),
  () => mock.method({ a: 1 }, 'a'),
  () => mock.fn(5),
  () => mock.method(null, 'x'),
]) {
  try {
    call();
  } catch (err) {
    console.log(err.code, err.message);
  }
}
