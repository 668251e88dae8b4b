// The shuffle every tutorial shows: an inconsistent comparator must still give a permutation.
const a = [];
for (let i = 0; i < 500; i++) a.push(i);
for (let k = 0; k < 20; k++) a.sort(() => Math.random() - 0.5);
console.log(a.slice().sort((x, y) => x - y).every((v, i) => v === i) ? 'permutation' : 'broken');
