// Surrogates that meet print as the character they make; a lone one prints as U+FFFD.
const hi = '\ud83d', lo = '\ude00';
console.log(hi + lo, `${hi}${lo}`, [hi, lo].join(''), hi, lo + '!');
process.stdout.write(hi + lo + ' ' + hi + '\n');
console.log(JSON.stringify([hi, lo, hi + lo]));
