// golden: node:test durations
// node:test's mocks: mock.fn (calls, results, errors, this, mockImplementation[Once],
// times), mock.method on an object (restored when the test ends through t.mock, or by
// restore()), getters, and require('node:test') only by its node: name.
const test = require('node:test');
const { mock } = test;
const assert = require('node:assert');

try {
  require('test');
} catch (err) {
  console.log('bare test:', err.code);
}
console.log(typeof test, typeof test.test, test.it === test, typeof test.describe);

const add = mock.fn((a, b) => a + b);
console.log(add(1, 2), add.mock.callCount(), add.name, add.length);
add.mock.mockImplementationOnce(() => 'once');
console.log(add(3, 4), add(5, 6));
console.log(add.mock.calls.map((c) => [c.arguments, c.result, c.error, c.this]));
const thrower = mock.fn(() => {
  throw new Error('mocked throw');
});
try {
  thrower.call('self');
} catch (err) {
  console.log(thrower.mock.calls[0].error.message, thrower.mock.calls[0].this);
}
const twice = mock.fn(() => 'original', () => 'replacement', { times: 2 });
console.log(twice(), twice(), twice());

const counter = {
  count: 1,
  bump(by) {
    this.count += by;
    return this.count;
  },
  get doubled() {
    return this.count * 2;
  },
};

test('t.mock.method', (t) => {
  const spy = t.mock.method(counter, 'bump');
  assert.strictEqual(counter.bump(2), 3);
  assert.strictEqual(spy.mock.calls.length, 1);
  assert.deepStrictEqual(spy.mock.calls[0].arguments, [2]);
  assert.strictEqual(spy.mock.calls[0].this, counter);
  const replaced = t.mock.method(counter, 'bump', () => -1);
  assert.strictEqual(counter.bump(5), -1);
  assert.strictEqual(replaced.mock.callCount(), 1);
  const getter = t.mock.getter(counter, 'doubled', () => 42);
  assert.strictEqual(counter.doubled, 42);
  assert.strictEqual(getter.mock.callCount(), 1);
});

test('restored after the test', () => {
  console.log('bump is restored:', counter.bump(1), counter.doubled);
  const spy = mock.method(counter, 'bump');
  counter.bump(1);
  spy.mock.restore();
  counter.bump(1);
  console.log('calls before restore:', spy.mock.callCount());
  mock.reset();
});
