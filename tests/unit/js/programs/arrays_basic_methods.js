const a = [3, 1, 2];
console.log(a.push(4), a, a.pop(), a.shift(), a.unshift(0, 9), a);
console.log([1, 2, 3, 4, 5].slice(1, 3), [1, 2, 3].slice(-2), [1, 2, 3].slice());
const s = [1, 2, 3, 4, 5]; console.log(s.splice(1, 2, 'a', 'b', 'c'), s);
console.log([1, 2].concat([3], 4, [[5]]), [1, 2, 3].join('-'), [1, [2, [3]]].join(), [null, undefined, 1].join());
console.log([1, 2, 3].reverse(), [1, 2, 3, 2].indexOf(2), [1, 2, 3, 2].lastIndexOf(2), [NaN].includes(NaN), [NaN].indexOf(NaN));
console.log([1, 2, 3].at(-1), [].at(0), Array.isArray([]), Array.isArray({}), Array.of(7, 8));
