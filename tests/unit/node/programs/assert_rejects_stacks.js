// assert.rejects/doesNotReject: the stack of a multi-line AssertionError message, the async
// frames Node gives an assertion error awaited by another rejects, validation functions and
// RegExps as doesNotReject's `error`, and assert.fail with Object.prototype.get defined.
// The steps chain with then() (an awaiting async function would add a frame of its own).
const assert = require('assert');

const failed = new Error('Failed');
const steps = [
  () => assert.rejects(assert.rejects(Promise.reject(null), { code: 'FOO' }), (err) => {
    console.log(JSON.stringify(err.stack));
    return true;
  }),
  () => assert.rejects(assert.doesNotReject(Promise.reject(new Error('no'))), (err) => {
    console.log(JSON.stringify(err.stack));
    return true;
  }),
  () => assert.rejects(Promise.reject(null), { code: 'FOO' }).catch((err) => {
    console.log(JSON.stringify(err.stack));
  }),
  () => assert.doesNotReject(Promise.reject(failed), (err) => err === failed).catch((err) => {
    console.log(err.message, err.operator);
  }),
  () => assert.doesNotReject(Promise.reject(failed), () => false).catch((err) => {
    console.log(err === failed);
  }),
  () => assert.doesNotReject(Promise.reject(failed), /Fail/).catch((err) => {
    console.log(err.message);
  }),
  () => assert.doesNotReject(Promise.reject(failed), 5).catch((err) => {
    console.log(err.code, err.message);
  }),
  () => {
    assert.throws(() => assert.doesNotThrow(() => {
      throw failed;
    }, (err) => err === failed), /Got unwanted exception/);
    Object.prototype.get = () => {
      throw new Error('failed');
    };
    try {
      assert.fail('');
    } catch (err) {
      console.log(err.code, JSON.stringify(err.message), err.name);
    }
    delete Object.prototype.get;
  },
];
steps.reduce((chain, step) => chain.then(step), Promise.resolve());
