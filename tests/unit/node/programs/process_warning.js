// golden: stderr
// process.emitWarning: the 'warning' event from a nextTick, the default listener's
// "(node:PID) [CODE] Name: message" lines and the one-time --trace-warnings hint.
console.log('default listeners', process.listenerCount('warning'));
process.on('warning', (w) => console.log('warning', w.name, w.message, w.code, w instanceof Error));
process.emitWarning('first');
process.emitWarning('with type', 'CustomWarning');
process.emitWarning('with code', 'CustomWarning', 'CODE_X');
process.emitWarning('options form', { type: 'OptWarning', code: 'OPT', detail: 'more detail' });
const err = new Error('an error object');
err.name = 'ObjWarning';
process.emitWarning(err);
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP0999');
try { process.emitWarning(42); } catch (e) { console.log(e.code, e.message); }
try { process.emitWarning('x', 7); } catch (e) { console.log(e.code, e.message); }
Promise.resolve().then(() => console.log('microtask'));
process.nextTick(() => console.log('tick'));
console.log('sync end');
