const o = { a: 1 };
console.log('a' in o, 'b' in o, 'toString' in o, 0 in [1], 1 in [1], 'length' in []);
console.log([] instanceof Array, [] instanceof Object, {} instanceof Array, (() => {}) instanceof Function);
