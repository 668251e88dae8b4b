const counterModule = (function () {
  let count = 0;
  function change(by) { count += by; }
  return { inc() { change(1); }, dec() { change(-1); }, value() { return count; } };
})();
counterModule.inc(); counterModule.inc(); counterModule.dec();
console.log(counterModule.value());
function once(fn) { let done = false, r; return (...args) => done ? r : (done = true, r = fn(...args)); }
const init = once(x => { console.log('init', x); return x * 2; }); console.log(init(5), init(6));
