console.log({ a: { b: { c: { d: { e: 1 } } } } });
console.log([[1, [2, [3, [4, [5]]]]]]);
console.log({ arr: [[1, 2], [3, 4]], obj: { inner: { deeper: { deepest: true } } } });
const circ = { name: 'c' }; circ.self = circ; circ.list = [circ]; console.log(circ);
