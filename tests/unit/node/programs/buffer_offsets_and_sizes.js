const b = Buffer.from('hello world');
console.log(b.slice(undefined, 5).toString(), b.slice(NaN).toString(), b.slice(-3).toString(), b.slice(2, -2).toString(), b.slice('1', '3').toString(), b.slice(1e300).length, b.slice(-1e300, Infinity).toString(), b.subarray(3, 1).length, b.slice(1.7, 3.2).toString());
console.log(Buffer.from([1, 256, -1, NaN, 1e300, 3.7, '7']));
for (const n of [-1, NaN, 1.5, 64, 'x', 2 ** 53]) { try { console.log(Buffer.alloc(n).length); } catch (e) { console.log(e.name, e.code, e.message); } }
console.log(Buffer.concat([Buffer.from('ab'), Buffer.from('cd')]).toString());
try { Buffer.concat('x'); } catch (e) { console.log(e.name, e.code, e.message); }
try { Buffer.concat(['x']); } catch (e) { console.log(e.name, e.code, e.message); }
