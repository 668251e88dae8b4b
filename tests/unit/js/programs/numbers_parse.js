console.log(parseInt('42px'), parseInt('0x1A'), parseInt('101', 2), parseInt('  -7 '), parseInt('abc'), parseInt(''), parseInt('3.9'));
console.log(parseFloat('3.14abc'), parseFloat('.5'), parseFloat('-1e3x'), parseFloat('x'), Number('12'), Number(''), Number('12px'), Number(null), Number(undefined), Number(true), Number([5]), Number([1, 2]));
console.log(Number.isInteger(5), Number.isInteger(5.5), Number.isFinite('5'), isFinite('5'), Number.isNaN('x'), isNaN('x'), Number.MAX_SAFE_INTEGER, Number.EPSILON > 0);
