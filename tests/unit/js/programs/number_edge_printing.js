console.log(0.1, 0.7, 1.1, 2.675, 1e-10, 123456789.123, 9.999999999999999e22, 1.2e-7, 5e-7);
console.log([1e21, 1e-7, 0.000001], { big: 2 ** 64, small: 2 ** -20 });
console.log(Number.MAX_VALUE, Number.MIN_VALUE, -Number.MAX_VALUE, 1 - 0.9);
console.log((25).toString(36), (0.1).toString(3).slice(0, 10), (1e21).toString(16).length > 0);
