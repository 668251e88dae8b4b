const items = [{ k: 1, v: 'a' }, { k: 0, v: 'b' }, { k: 1, v: 'c' }, { k: 0, v: 'd' }];
console.log(items.sort((x, y) => x.k - y.k).map(i => i.v).join(''));
console.log([5, 1, 4].sort((a, b) => b - a), [undefined, 3, 1].sort(), ['10', '9', '1'].sort());
console.log([true, false].sort(), [-1, -2, 0].sort());
