const n = [1, 2, 3, 4, 5];
console.log(n.map(x => x * 2), n.filter(x => x % 2), n.reduce((a, b) => a + b), n.reduceRight((a, b) => a + '-' + b));
console.log(n.find(x => x > 2), n.findIndex(x => x > 2), n.find(x => x > 9), n.findIndex(x => x > 9), n.some(x => x > 4), n.every(x => x > 0));
n.forEach((x, i, arr) => { if (i === 0) console.log('forEach', x, i, arr.length); });
console.log([[1, 2], [3, [4]]].flat(), [[1, [2, [3]]]].flat(Infinity), [1, 2].flatMap(x => [x, x * 10]));
console.log(new Array(3).fill(0), [1, 2, 3, 4].fill(9, 1, 3), n.map((x, i) => i));
console.log([3, 1, 10, 2].sort(), [3, 1, 10, 2].sort((a, b) => a - b), ['b', 'a', 'C'].sort());
const people = [{ n: 'a', age: 30 }, { n: 'b', age: 25 }, { n: 'c', age: 30 }];
console.log(people.sort((x, y) => x.age - y.age).map(p => p.n).join(''));
