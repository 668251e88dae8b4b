const matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
console.log(matrix);
console.log({ matrix, label: 'm' });
console.log([{ a: 1, b: { c: [1, 2, 3] } }, { a: 2, b: { c: [] } }]);
console.log(Array.from({ length: 8 }, (_, i) => ({ i })));
console.log(Array.from({ length: 15 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 4 + 1)));
