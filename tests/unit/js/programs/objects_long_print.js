console.log({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddddd', epsilon: 'eeee' });
console.log({ a: 1, b: 2, c: 3 });
console.log({ user: { name: 'Ada', langs: ['en', 'fr'], address: { city: 'London', zip: 'N1' } }, active: true });
console.log([{ id: 1, name: 'one' }, { id: 2, name: 'two' }, { id: 3, name: 'three' }]);
