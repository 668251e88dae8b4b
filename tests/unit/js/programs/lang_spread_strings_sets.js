const word = 'hello';
console.log([...word].reverse().join(''), [...new Set(word)].join(''), Math.max(...[1, 5, 3]), [...[1, 2].entries()]);
const unique = arr => [...new Set(arr)];
console.log(unique([3, 1, 3, 2, 1]), Array.from(new Set('banana')).length);
