// structuredClone copies data: primitives, wrappers, Date, RegExp, Map, Set, arrays and
// plain objects, keeping cycles and shared references; prototypes and accessors are not
// copied, getters run once.
const source = {
  n: -0, s: 'text', b: true, u: undefined, z: null, nan: NaN,
  list: [1, , 3],
  date: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)),
  bad_date: new Date(NaN),
  re: /ab+c/gi,
  map: new Map([[1, { deep: true }], ['k', [1, 2]]]),
  set: new Set([1, 'two', { three: 3 }]),
  wrappers: [new Number(3), new String('str'), new Boolean(false)],
};
source.self = source;
source.again = source.list;
const copy = structuredClone(source);
console.log(copy);
console.log(copy !== source, copy.self === copy, copy.again === copy.list, copy.list !== source.list);
console.log(Object.is(copy.n, -0), copy.date instanceof Date, copy.date.getTime() === source.date.getTime());
console.log(copy.re instanceof RegExp, copy.re.flags, copy.re.source, copy.re !== source.re);
console.log(copy.map.get(1), copy.map.get(1) !== source.map.get(1), [...copy.set].length);

const arr = [1, 2, , 4];
arr.extra = 'named';
console.log(structuredClone(arr), structuredClone(arr).length);
const sparse = [];
sparse[5] = 'five';
console.log(structuredClone(sparse));

class Point {
  constructor() { this.x = 1; this.y = 2; }
  get sum() { return this.x + this.y; }
}
const p = structuredClone(new Point());
console.log(p, p instanceof Point, Object.getPrototypeOf(p) === Object.prototype);

let reads = 0;
const withGetter = { get g() { reads++; return 'got'; }, after: 1 };
console.log(structuredClone(withGetter), reads);
const deleting = { a: 1, get b() { delete this.c; return 2; }, c: 3 };
console.log(structuredClone(deleting));
const keyed = { [Symbol('s')]: 1, visible: 2 };
Object.defineProperty(keyed, 'hidden', { value: 3, enumerable: false });
console.log(structuredClone(keyed), structuredClone(Object.create({ inherited: 1 })));
console.log(structuredClone({ 2: 'b', 1: 'a', z: 0 }));
const regex = /x/y;
regex.lastIndex = 3;
console.log(structuredClone(regex).lastIndex);
const shared = { v: 1 };
const pair = structuredClone([shared, shared, new Map([[shared, shared]])]);
console.log(pair[0] === pair[1], pair[2].get(pair[0]) === pair[0]);
console.log(structuredClone('s'), structuredClone(1.5), structuredClone(null), structuredClone(undefined));
console.log(structuredClone(new Date(5), { transfer: [] }), structuredClone(7, null), structuredClone(8, { transfer: null }));
console.log(typeof structuredClone, structuredClone.length, structuredClone.name);
