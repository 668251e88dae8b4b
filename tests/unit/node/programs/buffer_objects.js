// Buffers as objects: string conversion, JSON, nesting in inspect, Object.keys lists the
// indices, constructor and instanceof.
const b = Buffer.from('hi!');
console.log(String(b), b + '', `${b}`, JSON.stringify({ b }));
console.log({ b, n: 1 }, [b]);
console.log(Object.keys(b));
let s = 0; for (let i = 0; i < b.length; i++) s += b[i]; console.log(s);
console.log(b instanceof Buffer, typeof b, b.constructor === Buffer);
const big = Buffer.alloc(120, 1);
console.log({ big });
console.log(require('util').inspect(b));
console.log(Buffer.from('€').length, Buffer.byteLength('€'));
// subarray and slice share the parent's memory.
const parent = Buffer.from('abcdef');
const view = parent.subarray(1, 4);
view[0] = 0x42;
parent.slice(4).fill('z');
view.write('X', 2);
console.log(parent.toString(), view.toString(), view.length, parent.subarray(-2).toString());
