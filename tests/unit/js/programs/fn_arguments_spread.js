function sum(...n) { return n.reduce((a, b) => a + b, 0); }
const nums = [1, 2, 3];
console.log(sum(...nums), sum(0, ...nums, 4), Math.max(...nums), [...nums, ...'hi']);
console.log([...new Set([3, 3, 4])], [...new Map([[1, 'a']])]);
