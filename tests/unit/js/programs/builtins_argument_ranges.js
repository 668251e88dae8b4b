const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } };
t(() => (1.005).toFixed(NaN)); t(() => (1).toFixed(101)); t(() => (1).toFixed(-1)); t(() => (1).toFixed(Infinity)); t(() => (1e21).toFixed(2)); t(() => (-1.5).toFixed(0));
t(() => (1).toPrecision(0)); t(() => (1).toPrecision(101)); t(() => (123.456).toPrecision(NaN)); t(() => (123.456).toPrecision(Infinity));
t(() => (123.456).toExponential(2)); t(() => (123.456).toExponential()); t(() => (0).toExponential(2)); t(() => (1).toExponential(101)); t(() => (1).toExponential(-1)); t(() => NaN.toExponential(200)); t(() => (-1.5e-7).toExponential(3));
t(() => 'ab'.repeat(-1)); t(() => 'ab'.repeat(Infinity)); t(() => 'ab'.repeat(NaN)); t(() => 'ab'.repeat(2.9)); t(() => ''.repeat(1e10)); t(() => 'ab'.repeat(2 ** 30));
t(() => 'ab'.padStart(2 ** 30)); t(() => 'ab'.padStart(NaN, 'x')); t(() => 'ab'.padEnd(5.9, 'xy')); t(() => 'ab'.padStart(Infinity, ''));
t(() => new Array(-1)); t(() => new Array(2 ** 32)); t(() => new Array(1.5)); t(() => new Array(5).length); t(() => Array(NaN));
t(() => String.fromCharCode(65.7, -1, 65536 + 66, NaN, Infinity)); t(() => 'abc'.codePointAt(NaN)); t(() => 'abc'.codePointAt(-0.5)); t(() => 'abc'.codePointAt(Infinity));
t(() => 'abcdef'.substring(NaN, 3)); t(() => 'abcdef'.substring(4, NaN)); t(() => 'abcdef'.substring(Infinity, -Infinity)); t(() => 'abcdef'.substr(-Infinity, Infinity)); t(() => 'abcdef'.substr(2, NaN)); t(() => 'abcdef'.slice(NaN, Infinity));
t(() => 'abcdef'.charAt(Infinity)); t(() => 'abcdef'.at(-Infinity)); t(() => 'abcdef'.indexOf('c', -Infinity)); t(() => 'abcdef'.lastIndexOf('c', NaN)); t(() => 'abcdef'.lastIndexOf('c', -5)); t(() => 'abcdef'.includes('a', Infinity));
t(() => 'a,b,c'.split(',', -1)); t(() => 'a,b,c'.split(',', NaN)); t(() => 'a,b,c'.split(',', 2.7)); t(() => 'a,b,c'.split(',', 2 ** 32 + 1));
t(() => [1, 2, 3].at(NaN)); t(() => [1, 2, 3].at(-Infinity)); t(() => [1, 2, 3].slice(NaN, Infinity)); t(() => [1, 2, 3].indexOf(2, -Infinity)); t(() => [1, 2, 3].lastIndexOf(3, NaN)); t(() => [1, 2, 3].includes(1, Infinity));
t(() => [1, 2, 3].splice(NaN, Infinity)); t(() => [1, 2, 3].fill(0, NaN, -Infinity)); t(() => [1, 2, 3].flat(NaN)); t(() => [1, [2, [3, [4]]]].flat(Infinity));
t(() => [1, 2, 3].join(undefined)); t(() => JSON.stringify({a: 1}, null, 1e9)); t(() => JSON.stringify({a: 1}, null, 'x'.repeat(20))); t(() => JSON.stringify({a: 1}, null, NaN));
t(() => Math.max(...new Array(5).fill(1))); t(() => parseInt('123', 1e300)); t(() => parseInt('ff', 16.9)); t(() => parseInt('z', 36)); t(() => parseInt('10', -Infinity));
t(() => Number.MAX_VALUE.toFixed(2)); t(() => (1e-7).toFixed(20)); t(() => (0.000001).toPrecision(2)); t(() => Number.MIN_VALUE.toPrecision(3));
t(() => new Array(3).fill().map((_, i) => i)); t(() => Array.from({length: -1})); t(() => Array.from({length: NaN}));
t(() => { const a = [1, 2, 3]; a.length = NaN; }); t(() => { const a = [1, 2, 3]; a.length = -1; }); t(() => { const a = [1, 2, 3]; a.length = 1.5; });
for (const v of [123.456, 0, -0, 1e21, 1.5e-7, 5e-324, 1.7976931348623157e308, 0.5, 2.5, 1.45, -99.99]) {
  console.log(v.toExponential(), v.toExponential(0), v.toExponential(1), v.toExponential(5), v.toExponential(20));
}
