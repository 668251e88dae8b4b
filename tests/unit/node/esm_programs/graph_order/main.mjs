// A static import graph evaluates bottom-up (d, b, c, main), all in one promise job: every
// module's promise jobs run before any module's nextTicks.
import './b.mjs';
import './c.mjs';
console.log('main');
process.nextTick(() => console.log('tick main'));
Promise.resolve().then(() => console.log('promise main'));
setTimeout(() => console.log('timeout main'), 0);
setImmediate(() => console.log('immediate main'));
