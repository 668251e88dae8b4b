// A node:test test that never returns: the step limit stops it inside the test.
const test = require('node:test');
test('spins', () => {
  for (;;) {}
});
