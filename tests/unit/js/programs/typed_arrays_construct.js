// TypedArray constructor forms, element conversions and the errors V8 words.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } };
t(() => new Uint8Array({ length: 3, 0: 1, 1: '2' }));
t(() => new Uint8Array(new Set([1, 2, 300])));
t(() => new Int16Array(new Uint8Array([1, 255])));
t(() => new Uint8ClampedArray([1.5, 2.5, -3, 300, NaN, 0.5, 254.5, 253.5]));
t(() => new Float32Array([0.1, 1 / 3, -0, NaN, Infinity]));
t(() => new Float64Array([0.1, -0]));
t(() => new Int8Array([127, 128, 255, -129, 1e10, -Infinity]));
t(() => new Uint32Array([-1, 2 ** 32 + 5, 3.9]));
t(() => new Int32Array([2 ** 31, -(2 ** 31) - 1]));
t(() => new Uint16Array([65536, -1, '7']));
t(() => new Uint8Array(0));
t(() => new Uint8Array());
t(() => new Uint8Array(2.7));
t(() => new Uint8Array(2 ** 53));
t(() => new Uint8Array(-1));
t(() => new Uint8Array(new ArrayBuffer(4), 5));
t(() => new Uint16Array(new ArrayBuffer(4), 1));
t(() => new Uint16Array(new ArrayBuffer(5)));
t(() => new Uint8Array(new ArrayBuffer(4), 1, 4));
t(() => Uint8Array(2));
t(() => new (Object.getPrototypeOf(Int8Array))());
t(() => Uint8Array.from([1, 2, 3], (x) => x * 2));
t(() => Uint8Array.from({ length: 2, 0: 7 }));
t(() => Int16Array.of(1, -2, 70000));
t(() => Uint8Array.from(null));
t(() => [Uint8Array.BYTES_PER_ELEMENT, Float64Array.prototype.BYTES_PER_ELEMENT, Int16Array.BYTES_PER_ELEMENT]);
t(() => [Uint8Array.name, Uint8Array.length, Object.getPrototypeOf(Int8Array).name]);
t(() => Object.getOwnPropertyNames(Int8Array));
const buf = new ArrayBuffer(8);
const view = new Uint8Array(buf, 2, 3);
t(() => [view.byteOffset, view.byteLength, view.length, view.buffer === buf]);
const u16 = new Uint16Array(buf);
u16[1] = 0x0102;
t(() => new Uint8Array(buf));
t(() => view);
class Bytes extends Uint8Array {
  sum() { return this.reduce((a, b) => a + b, 0); }
}
const b = new Bytes([1, 2, 3]);
t(() => [b.sum(), b instanceof Uint8Array, b.map((x) => x + 1) instanceof Bytes]);
t(() => b);
