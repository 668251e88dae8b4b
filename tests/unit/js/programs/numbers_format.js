console.log(1, -1, 0, -0, 1.5, -2.25, 100, 1e3, 1e20, 1e21, 1.5e-5, 1e-6, 1e-7, 2 ** 53, 2 ** 53 + 1);
console.log(0.000001234, 123e-20, 5e-324, 1.7976931348623157e308, 4.35, 0.1 * 3, 1 / 7);
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), (3.75).toString(16));
console.log((1.005).toFixed(2), (1.45).toFixed(1), (0).toFixed(2), (1234.5678).toFixed(1), (-1.5).toFixed(0), (1e21).toFixed(2));
console.log((123.456).toPrecision(4), (0.00001234).toPrecision(2), (1234567).toPrecision(2));
console.log(String(-0), (-0).toString(), `${-0}`, [-0] + '', JSON.stringify(-0), -0 + '');
console.log((2.5).toPrecision(1), (0.000123456).toPrecision(3), (123456).toPrecision(2), (99.99).toPrecision(3), (1).toPrecision(3), (-1.25).toPrecision(2), (0).toPrecision(3), (1e21).toPrecision(3), (0.00000012).toPrecision(1), (5e-7).toPrecision(2));
