// golden: node:test durations
// Suites with an async body, it.skip/todo, describe.skip, nested hooks, t.before/after/
// beforeEach/afterEach, t.fullName, t.signal aborting after the test, and a t.plan miss.
const { describe, it, test, before, beforeEach, after, afterEach } = require('node:test');
describe('outer', async () => {
  await null;
  before(() => console.log('outer before (after await)'));
  it('one', async (t) => { t.after(() => console.log('t.after one')); await new Promise((r) => setImmediate(r)); console.log('one'); });
  it.skip('skipped it');
  it.todo('todo it');
  describe.skip('skipped suite', () => { it('inner', () => console.log('never')); });
  describe('inner', () => {
    beforeEach((t) => console.log('inner beforeEach', t.name));
    it('two', (t, done) => { console.log('two'); setTimeout(done, 1); });
  });
  after(() => console.log('outer after'));
});
test('with t.before', async (t) => {
  t.before(() => console.log('t.before'));
  t.beforeEach((c) => console.log('t.beforeEach', c.name));
  t.afterEach((c) => console.log('t.afterEach', c.name));
  await t.test('s1', () => console.log('s1'));
  await t.test('s2', async () => console.log('s2', t.fullName));
});
test('signal', async (t) => {
  console.log('aborted?', t.signal.aborted);
  t.signal.addEventListener('abort', () => console.log('signal aborted after test'));
});
test('plan fails', (t) => { t.plan(3); t.assert.ok(true); });
