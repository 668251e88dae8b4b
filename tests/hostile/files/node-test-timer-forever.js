// A callback-style node:test test whose done never comes, kept waiting by an interval.
const test = require('node:test');
test('waits forever', (t, done) => {
  setInterval(() => {}, 1);
});
