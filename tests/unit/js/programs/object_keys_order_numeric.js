const o = { b: 1, 100: 'x', a: 2, 2: 'y', '-1': 'neg', 1.5: 'float' };
console.log(Object.keys(o), JSON.stringify(o));
console.log(o);
