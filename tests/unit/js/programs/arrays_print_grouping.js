console.log(Array.from({ length: 26 }, (_, i) => i * 3));
console.log(Array.from({ length: 12 }, (_, i) => 'w' + i));
console.log(Array.from({ length: 7 }, (_, i) => i));
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log([1, 2, 3, 4, 5, 6], ['a', 'b']);
console.log([true, false, null, undefined, 1.5, 'str', [1], {}]);
