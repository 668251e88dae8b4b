// randomBytes(2^31 - 1) is valid in Node; here it meets the heap limit before allocating.
const k = require('crypto').randomBytes(2 ** 31 - 1);
console.log(k.length);
