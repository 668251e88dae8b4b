// Buffer read/write of fixed-width and variable-width integers and floats, LE and BE, and
// Node's range errors.
const b = Buffer.alloc(16);
console.log(b.writeUInt8(255, 0), b.writeInt8(-2, 1), b.writeUInt16LE(0xbeef, 2), b.writeUInt16BE(0xbeef, 4));
console.log(b.writeInt32LE(-123456, 6), b.writeUInt32BE(0xdeadbeef, 10), b);
console.log(b.readUInt8(0), b.readInt8(1), b.readUInt16LE(2), b.readUInt16BE(4), b.readInt32LE(6), b.readUInt32BE(10), b.readInt16BE(4), b.readUint32LE(10));
const f = Buffer.alloc(12);
f.writeFloatLE(1.5, 0); f.writeDoubleBE(Math.PI, 4);
console.log(f, f.readFloatLE(0), f.readDoubleBE(4), f.readFloatBE(0), f.readDoubleLE(4));
f.writeFloatBE(0.1, 0);
console.log(f.readFloatBE(0));
console.log(b.writeUInt8(2.7, 0), b[0], b.writeUInt8(NaN, 0), b[0]);
const t = (fn) => { try { console.log(fn()); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => b.readUInt8(16));
t(() => b.readUInt32LE(13));
t(() => b.readUInt16BE(-1));
t(() => b.readUInt8(1.5));
t(() => b.readUInt8('1'));
t(() => b.writeUInt8(300));
t(() => b.writeUInt32LE(4294967296));
t(() => b.writeUInt32LE(4294967297));
t(() => b.writeInt32BE(-2147483649));
t(() => b.writeInt16LE(40000, 0));
t(() => b.writeUInt8(1, 16));
t(() => b.writeInt8(-129));
t(() => Buffer.alloc(2).readFloatLE(0));
t(() => Buffer.from('x', 'nope'));
t(() => Buffer.from(5));
t(() => Buffer.alloc(-1));
t(() => Buffer.alloc('a'));
t(() => b.toString('nope'));
t(() => Buffer.concat('x'));
t(() => Buffer.concat([1]));
t(() => b.fill('a', 0, 100));
t(() => b.copy('x'));
t(() => b.equals('x'));
t(() => Buffer.byteLength(5));
{
const b = Buffer.alloc(8);
// Variable-width integers: readUIntLE/readIntBE/writeUIntBE... with byteLength 1 to 6.
const t2 = (fn) => { try { console.log(fn()); } catch (e) { console.log(e.name, e.code, e.message); } };
t2(() => b.writeUIntLE(0x123456, 0, 3)); t2(() => b.writeUIntBE(0xabcdef123456, 2, 6));
t2(() => b.writeIntLE(-5, 0, 2)); t2(() => b.writeIntBE(-0x800000000000, 2, 6));
console.log(b);
t2(() => b.readUIntLE(0, 3)); t2(() => b.readUIntBE(2, 6)); t2(() => b.readIntLE(0, 2)); t2(() => b.readIntBE(2, 6)); t2(() => b.readIntLE(0, 1)); t2(() => b.readUIntBE(1, 5));
t2(() => b.readUIntLE(0, 7)); t2(() => b.readUIntLE(0)); t2(() => b.readUIntLE(4, 6)); t2(() => b.readIntBE(0.5, 2));
t2(() => b.writeUIntLE(2 ** 48, 0, 6)); t2(() => b.writeUIntLE(256, 0, 1)); t2(() => b.writeUIntLE(65536, 0, 2)); t2(() => b.writeIntLE(2 ** 47, 0, 6)); t2(() => b.writeIntBE(-129, 0, 1)); t2(() => b.writeIntLE(8388608, 0, 3));
t2(() => b.writeUIntLE(1, 4, 6)); t2(() => b.writeUIntLE(1, 0, 0)); t2(() => b.writeUIntLE(2**40, 0, 5)); t2(() => b.writeUIntLE(2**32, 0, 4));
}
