function classify(n) { if (n < 0) return 'neg'; else if (n === 0) return 'zero'; else { return 'pos'; } }
console.log([-1, 0, 1].map(classify));
if (0) console.log('no'); else console.log('else branch');
