// BigInt literals, BigInt(), BigInt.asIntN/asUintN, the prototype methods and printing.
const t = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
};
console.log(1n, 0x1fn, 0o17n, 0b101n, 1_000_000n, -0n, 123456789012345678901234567890n);
console.log(typeof 1n, typeof Object(1n), [1n, { a: -2n }], `${10n}`, 'a' + 1n, String(2n ** 70n));
console.log({ 0x10n: 'key' }, 0x10n in { 16: 1 });
t(() => BigInt(undefined));
t(() => BigInt(null));
t(() => BigInt(1.5));
t(() => BigInt(NaN));
t(() => BigInt(Symbol('x')));
t(() => BigInt('abc'));
t(() => BigInt('1n'));
t(() => BigInt(' 0x1F '));
t(() => BigInt('-0x1'));
t(() => BigInt(''));
t(() => BigInt('1e3'));
t(() => BigInt('  -12  '));
t(() => BigInt('+12'));
t(() => BigInt('0b2'));
t(() => BigInt(1e21));
t(() => BigInt(-0));
t(() => BigInt(true));
t(() => BigInt({ valueOf() { return 5; } }));
t(() => new BigInt(1));
t(() => BigInt.prototype.toString.call(1));
t(() => BigInt.prototype.valueOf.call({}));
t(() => (255n).toString(16) + ' ' + (-255n).toString(2) + ' ' + (2n ** 64n).toString(36));
t(() => (1n).toString(37));
t(() => (1234567n).toLocaleString() + ' ' + (-1000n).toLocaleString() + ' ' + (12n).toLocaleString());
t(() => Object(1n));
t(() => Object(1n) + 1n);
t(() => BigInt.asIntN(64, 2n ** 63n));
t(() => BigInt.asUintN(64, -1n));
t(() => BigInt.asIntN(8, 255n) + ' ' + BigInt.asUintN(8, -1n) + ' ' + BigInt.asIntN(0, 5n));
t(() => BigInt.asIntN(-1, 1n));
t(() => BigInt.asUintN(2 ** 53, -1n));
t(() => BigInt.asIntN(2 ** 40, -5n));
t(() => Number(2n ** 64n + 1n) + ' ' + Number(-(2n ** 53n) - 1n) + ' ' + Number(2n ** 1024n));
t(() => Number(9007199254740993n) + ' ' + Number(9007199254740995n) + ' ' + parseInt(15n));
t(() => JSON.stringify({ a: 1n }));
t(() => JSON.stringify([Object(2n)]));
t(() => Math.abs(1n));
t(() => +1n);
t(() => new Map([[1n, 'one']]).get(1n) + ' ' + new Set([1n, 1n, 0n, -0, 0]).size);
t(() => [0n ? 'yes' : 'no', 1n ? 'yes' : 'no', !0n, Boolean(-1n)]);
t(() => Object.prototype.toString.call(1n) + ' ' + BigInt.prototype[Symbol.toStringTag]);
console.log(Object.getOwnPropertyNames(BigInt), Object.getOwnPropertyNames(BigInt.prototype));
console.log([BigInt.length, BigInt.name, typeof BigInt, (5n).constructor === BigInt]);
t(() => Reflect.construct(function () {}, [], BigInt) instanceof BigInt);
t(() => new BigInt({ valueOf() { throw new Error('not reached'); } }));
t(() => { class X extends BigInt {} return new X(1); });
