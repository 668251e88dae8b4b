// process._exiting turns true when exiting starts (a nextTick from 'exit' is dropped);
// assert.rejects with a validation object against a non-object reason.
const assert = require('assert');
console.log('start', process._exiting);
assert.rejects(Promise.reject(null), { code: 'FOO' }).catch((e) => {
  console.log(e.generatedMessage, e.operator, e.actual, JSON.stringify(e.message));
});
assert.rejects(Promise.reject(5), { code: 'FOO' }, 'AAAAA').catch((e) => {
  console.log(e.generatedMessage, e.operator, e.actual, e.message);
});
process.on('exit', () => {
  console.log('exit', process._exiting);
  process.nextTick(() => console.log('never'));
});
