// toReversed, toSorted, toSpliced and with: new arrays, the receiver untouched; holes read
// as undefined (through the prototype chain), array-likes accepted, V8's errors.
const a = [3, 1, , 2];
console.log(a.toReversed(), a.toSorted(), a.toSpliced(1, 2, 'x'), a.with(-1, 9), a);
console.log([10, 1, 5].toSorted((x, y) => x - y), ['b', undefined, 'a'].toSorted());
console.log(Array.prototype.toReversed.call({ length: 3, 0: 'a', 2: 'c' }));
console.log(Array.prototype.with.call('abc', 1, 'B'), [1, 2, 3].toSpliced(), [1, 2, 3].toSpliced(1));
Array.prototype[1] = 'inherited';
console.log([0, , 2].toReversed());
delete Array.prototype[1];
for (const f of [
  () => [1, 2].with(5, 1),
  () => [1, 2].with(-3, 1),
  () => [].toSorted(1),
  () => Array.prototype.toReversed.call({ length: 2 ** 32 }),
  () => Array.prototype.toSpliced.call({ length: 2 ** 53 - 1 }, 0, 0, 1),
  () => Array.prototype.toReversed.call(null),
]) {
  try {
    f();
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
console.log([].toSorted.length, [].toSpliced.length, [].with.length, [].toReversed.length);
