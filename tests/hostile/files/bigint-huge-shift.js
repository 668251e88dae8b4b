// A shift whose result would pass V8's BigInt size limit fails before any digit is made.
const exponent = 2n ** 40n;
console.log(1n << exponent);
