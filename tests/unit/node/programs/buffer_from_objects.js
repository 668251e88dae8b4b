// Buffer.from's object path (lib/buffer.js): array-likes read with [[Get]], toJSON's
// { type: 'Buffer', data }, a String object through valueOf, and the values it refuses.
console.log(Buffer.from({ length: 2, 0: 1, 1: 300 }), Buffer.from({ type: 'Buffer', data: [5, 6] }));
console.log(Buffer.from(new String('ab')), Buffer.from({ length: 'x' }), Buffer.from({ length: -1 }));
console.log(Buffer.from(Buffer.from('abc').toJSON()), Buffer.from({ get length() { return 1; }, 0: 65 }));
for (const v of [{}, 5, null, undefined, new Number(5), () => 1]) {
  try { Buffer.from(v); } catch (e) { console.log(e.code, e.message); }
}
