// allSettled's resolve and reject element functions of one index share [[AlreadyCalled]]
// (ECMA-262 27.2.4.2.2 step 9): once either ran, both do nothing.
let calls = 0;
function Ctor(executor) {
  executor((v) => console.log('resolve', JSON.stringify(v)), () => calls++);
}
Ctor.resolve = (v) => v;
let fulfil, reject;
Promise.allSettled.call(Ctor, [{ then(f, r) { fulfil = f; reject = r; } }]);
console.log(fulfil('first'));
console.log(reject('ignored'), fulfil('again'), calls);

function Throwing(executor) {
  executor(() => { throw new Error('resolve throws'); }, () => calls++);
}
Throwing.resolve = (v) => v;
Promise.allSettled.call(Throwing, [{ then(f, r) { reject = r; f(); } }]);
console.log(calls, reject(), calls);
Promise.all.call(Ctor, [{ then(f, r) { fulfil = f; reject = r; } }]);
fulfil(1);
fulfil(2);
