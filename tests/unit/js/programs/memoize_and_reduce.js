const memo = new Map();
function slowSquare(n) { if (memo.has(n)) return memo.get(n); const r = n * n; memo.set(n, r); return r; }
console.log([1, 2, 1, 3].map(slowSquare), memo.size);
const words = ['apple', 'bob', 'apple', 'cat', 'bob', 'apple'];
const freq = words.reduce((acc, w) => { acc[w] = (acc[w] || 0) + 1; return acc; }, {});
console.log(freq, Object.entries(freq).sort((a, b) => b[1] - a[1])[0]);
const grouped = {}; for (const w of words) (grouped[w[0]] ??= []).push(w); console.log(grouped);
