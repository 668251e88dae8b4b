console.log(new Map([['config', { debug: true, level: 3 }], ['list', [1, 2, 3]]]));
console.log(new Set([[1, 2], { a: 1 }, 'str']));
console.log({ m: new Map([[1, new Map([[2, 3]])]]) });
console.log(new Map([[{ k: 1 }, 'objkey']]));
