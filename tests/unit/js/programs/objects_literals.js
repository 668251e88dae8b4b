const k = 'dyn'; const v = 1;
const o = { v, [k]: 2, [`${k}2`]: 3, 'quoted key': 4, 5: 'five', method() { return this.v; }, nested: { deep: [1, { x: 1 }] } };
console.log(o, o.method());
console.log({ 10: 'a', 2: 'b', x: 'c', 1: 'd' });
const spread = { ...o.nested, extra: true, ...{ v: 'over' } }; console.log(spread);
console.log({}, { a: undefined, b: null, c: NaN });
const base = { hi() { return 'base hi'; } };
const derived = { __proto__: null, ['hi']() { return 'computed method'; } };
console.log(derived.hi(), Object.keys(derived));
