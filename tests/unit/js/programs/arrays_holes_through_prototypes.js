// Holes read through the prototype chain (ECMA-262 23.1.3: HasProperty and Get walk it),
// also when a callback makes the hole.
Array.prototype[1] = 'from Array.prototype';
console.log([0, , 2].map((x) => x));
console.log([, , ,].indexOf('from Array.prototype'), [, , ,].includes('from Array.prototype'));
console.log([0, , 2].join('|'));
const src = [1, 2, 3];
const seen = [];
src.forEach((x, i) => {
  if (i === 0) delete src[1];
  seen.push(x);
});
console.log(seen);
delete Array.prototype[1];
console.log([0, , 2].map((x) => x), [0, , 2].reduce((a, x) => a + x));
Object.prototype[0] = 'from Object.prototype';
console.log([, 'b'].filter(() => true), [, 'b'].slice(0, 1));
delete Object.prototype[0];
