// BigInt through the rest of the language: compound assignment, sort, property keys, loose
// equality's corners, util.format's directives, and the TypedArray methods on BigInt elements.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } };
t(() => BigInt.prototype.toString.call(Object(5n))); t(() => (5n).constructor === BigInt); t(() => [BigInt.length, BigInt.name, typeof BigInt]);
t(() => { let x = 10n; x /= 3n; x %= 2n; x <<= 3n; x >>= 1n; x |= 16n; x &= 31n; x ^= 1n; return x; });
t(() => [3n, 1, 2n, -1n, 0].sort()); t(() => [3n, 1, 2n, -1n, 0].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
t(() => Array(3n)); t(() => String(Object(1n)) + (1n + '') + `${Object(3n)}`); t(() => isFinite(1n));
t(() => [1n, 2n].map(String)); t(() => Object.is(0n, -0n)); t(() => [0n].includes(-0n)); t(() => ({ [5n]: 1 }));
t(() => { const o = { 1: 'a' }; return o[1n]; }); t(() => ['a', 'b'][1n]); t(() => 2n ** 64n / 3n);
t(() => BigInt(Number.MAX_SAFE_INTEGER) + 2n); t(() => BigInt('9'.repeat(50)) % 7n);
t(() => (-(2n ** 64n)).toString(16)); t(() => BigInt.asUintN(3, 25n)); t(() => BigInt.asIntN(3, 25n));
t(() => BigInt.asIntN(1, -1n)); t(() => BigInt.asIntN('8', 200n)); t(() => BigInt.asIntN(8, 200));
t(() => 10n > '9'); t(() => '10' < 9n); t(() => 1n == 1n); t(() => 1n != 2n); t(() => null == 0n); t(() => undefined == 0n); t(() => 0n == '0x0'); t(() => 0n == '-0'); t(() => 1n == [1]); t(() => 1n == Symbol.iterator);
t(() => console.log('%s|%d|%i|%o|%O', 1n, 2n, 3n, 4n, 5n)); t(() => [typeof (1n).valueOf(), Object(1n) instanceof BigInt]);
t(() => new Int8Array([1, 2]).map(x => x * 2)); t(() => new BigInt64Array(3).indexOf(0n)); t(() => new BigInt64Array([5n]).lastIndexOf(5n));
t(() => BigInt64Array.of(1n, 2n)); t(() => new BigInt64Array([1n, 2n, 3n]).reverse().toString()); t(() => new BigUint64Array([1n, 2n]).toLocaleString());
t(() => new BigInt64Array(new ArrayBuffer(16), 8)); t(() => Array.from(new BigInt64Array([7n]))); t(() => [...new BigUint64Array([9n])]);
t(() => new BigInt64Array([1n, 2n, 3n]).subarray(1).slice(0, 1)); t(() => new BigInt64Array([1n, 2n]).filter(x => x > 1n)); t(() => new BigInt64Array([4n]).reduce((a, b) => a + b, 10n));
t(() => { const a = new BigInt64Array(2); a.set([5n, 6n]); a.copyWithin(0, 1); return a; }); t(() => new BigInt64Array([1n]).at(-1)); t(() => new BigInt64Array([1n, -2n]).findLast(x => x < 0n));
t(() => Object.getOwnPropertyDescriptor(new BigInt64Array([3n]), '0'));
t(() => -0n); t(() => 0n * -1n); t(() => Object(0n) ? 'truthy' : 'falsy'); t(() => !!Object(0n));
t(() => { let i = 0n; for (; i < 5n; i++); return i; });
