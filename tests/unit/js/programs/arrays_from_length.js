console.log(Array.from('abc'), Array.from([1, 2], x => x * 2), Array.from({ length: 3 }), Array.from(new Set([1, 1, 2])));
console.log(Array.from(new Map([[1, 2]])), Array.from({ length: 2, 0: 'x', 1: 'y' }));
const a = [1, 2, 3, 4]; a.length = 2; console.log(a, a.length);
a[5] = 'six'; console.log(a.length, a);
console.log(new Array(5).length, new Array(2, 3), [,].length, [1, , 3]);
const k = [...['a', 'b'].keys()], v = [...['a', 'b'].values()]; console.log(k, v);
