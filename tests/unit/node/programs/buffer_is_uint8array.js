// A Buffer is a Uint8Array subclass: its prototype chain, util.types, TypedArray methods
// (species-created results are Buffers), Buffer's own slice sharing memory, printing.
const util = require('util');
const b = Buffer.from('hello');
console.log(Object.getPrototypeOf(Buffer) === Uint8Array,
  Buffer.prototype.__proto__ === Uint8Array.prototype, b instanceof Uint8Array,
  util.types.isUint8Array(b), util.types.isTypedArray(b), b.constructor.name);
console.log(b.map((x) => x + 1), b.filter((x) => x > 104), b.subarray(1, 3));
const copy = Uint8Array.prototype.slice.call(b, 1, 3);
const view = b.slice(1, 3);
copy[0] = 0x41; view[1] = 0x42;
console.log(copy, view, b.toString(), Buffer.isBuffer(copy), Buffer.isBuffer(new Uint8Array(2)));
console.log([...b.entries()].length, b.reverse().toString(), Array.from(b.keys()).join(''));
console.log(Buffer.hasOwnProperty('from'), Buffer.prototype.hasOwnProperty('subarray'),
  Buffer.prototype.hasOwnProperty('slice'), Buffer.poolSize);
b.extra = 1;
console.log(b, [Buffer.alloc(0)], { nested: Buffer.from([1, 2]) });
console.log(Buffer.alloc(51), Buffer.alloc(52).toString('hex').length);
console.log(new Buffer(2), Buffer('ab'), Buffer.from(new Uint16Array([258, 3])));
