console.log(null, undefined, true, false, NaN, -0, 0, Infinity, -Infinity);
console.log([null, undefined, -0, NaN], { u: undefined, n: null });
console.log('', 'a', [], {}, [[]], [{}], { a: [] }, { a: {} });
console.log([1, [2, [3, [4]]]], { l1: { l2: { l3: { l4: 1 } } } });
console.log([, 1], [1, , , 2], new Array(3));
console.log(globalThis === globalThis.globalThis);
