console.log(1 < 2, '10' < '9', 10 < 9, '10' < 9, null == undefined, null === undefined);
console.log(NaN == NaN, [1] == 1, '1' == 1, true == 1, null == 0, undefined == 0, '' == 0);
console.log('b' > 'a', 'B' > 'a', 'abc' < 'abd', null >= 0, undefined >= 0);
let x = 5; x += 2; x -= 1; x *= 3; x /= 2; x %= 5; x **= 2; console.log(x);
let y = 6; y &= 3; y |= 8; y ^= 1; y <<= 2; y >>= 1; y >>>= 0; console.log(y);
