console.log([1, [2, [3, [4, [5]]]]].flat(), [1, [2, [3, [4]]]].flat(2), [1, [2, [3]]].flat(Infinity), [1, [2]].flat(NaN), [1, [2]].flat(-1), [, 1, [2, , 3]].flat());
console.log([1, 2, 3].flatMap((x) => [x, [x * 2]]), [[1], [2]].flatMap((x) => x));
console.log([new Array(3)].flat().length, [[1, 2], 'ab'].flat('1'));
// V8's recursion gives out at about 6,000 nested arrays (the exact depth depends on the
// caller's stack): far below it flat works, far above it throws V8's RangeError.
for (const n of [3000, 20000]) {
  let a = [];
  for (let i = 0; i < n; i++) a = [a];
  try { console.log(n, a.flat(Infinity).length); } catch (e) { console.log(n, e.name, e.message); }
}
