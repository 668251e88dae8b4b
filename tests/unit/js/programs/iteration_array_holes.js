// Iterating an array reads each index with [[Get]] (ECMA-262 23.1.5.1): a hole shows the
// prototype chain's element and an accessor element runs its getter, whose throw ends the
// loop before its body, in for-of, spread, destructuring, Array.from and next().
Array.prototype[1] = 'from the prototype';
for (const v of [0, , 2]) console.log('for-of', v);
console.log('spread', [...[0, , 2]]);
const [a, b, c] = [0, , 2];
console.log('pattern', a, b, c);
console.log('from', Array.from([0, , 2]));
const it = [0, , 2][Symbol.iterator]();
console.log('next', it.next(), it.next());
delete Array.prototype[1];
console.log('holes after delete', [...[, 1]], Array.from([, 1]));

const withGetter = [1];
Object.defineProperty(withGetter, '1', { get() { return 'getter'; } });
console.log('getter', [...withGetter], Array.from(withGetter.entries()));

const throwing = [];
Object.defineProperty(throwing, '0', { get() { throw new Error('getter threw'); } });
let bodies = 0;
try {
  for (const v of throwing) bodies++;
} catch (e) {
  console.log('for-of:', e.message, 'bodies', bodies);
}
for (const attempt of [() => [...throwing], () => Array.from(throwing),
                       () => { const [x] = throwing; }, () => throwing.values().next()]) {
  try {
    attempt();
  } catch (e) {
    console.log('caught:', e.message);
  }
}
function args() { return [...arguments]; }
console.log('arguments', args(1, 2));
