// Promise details user code can observe: resolving and element functions have length 1,
// finally goes through this.then, and an element function settles its slot only once.
let resolveFn, rejectFn;
new Promise((res, rej) => { resolveFn = res; rejectFn = rej; });
console.log('resolving functions', resolveFn.length, rejectFn.length);

let captured = [];
function NotPromise(executor) {
  executor(() => {}, () => {});
}
NotPromise.resolve = (v) => v;
const thenable = { then(onFulfilled, onRejected) { captured.push(onFulfilled, onRejected); } };
Promise.all.call(NotPromise, [thenable]);
Promise.allSettled.call(NotPromise, [thenable]);
Promise.any.call(NotPromise, [thenable]);
console.log('element functions', captured.map((f) => f.length).join(' '));

const p = Promise.resolve(1);
let thenCalls = 0;
p.then = function (...args) {
  thenCalls++;
  return Promise.prototype.then.apply(this, args);
};
p.finally(() => console.log('finally ran, then called', thenCalls));

const twice = [];
function Capture(executor) {
  executor((v) => twice.push(v), () => {});
}
Capture.resolve = (v) => v;
const t2 = { then(f) { f('first'); f('second'); } };
Promise.all.call(Capture, [t2]);
console.log('all resolved once with', JSON.stringify(twice));
