console.log('abc'.at(-1), 'a-b-c'.split('-', 2), 'Hello'.startsWith('ell', 1), 'x'.padStart(0), 'ab'.padEnd(5, '12'));
console.log((12.345).toFixed(1), (0.5).toFixed(0), (2.5).toFixed(0), (1e-10).toFixed(3), (123).toString().length);
console.log(Number('1_000'), Number('  42\n'), Number('1e3'), Number('-0'), Object.is(Number('-0'), -0));
console.log(parseInt('1010', 2), parseInt('ff', 16), parseInt('z', 36), (35).toString(36), parseFloat('1.5e2abc'));
console.log((-0.5).toFixed(0), (-1.5).toFixed(0), (1.005).toFixed(2), (0.000001).toFixed(7), (-0.0001).toFixed(2), (999.995).toFixed(2), (9.5).toFixed(0), (-0).toFixed(1), (2.5).toFixed(0), (1.45).toFixed(1));
