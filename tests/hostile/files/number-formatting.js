// Number formatting natives that crashed: locale strings and huge or tiny values in radix 3/36.
console.log((1234.5).toLocaleString('en-US'), (1.5e300).toString(36).length, (1e25).toString(3));
console.log((1e100).toString(36).length, Number.MAX_VALUE.toString(36).length, (5e-324).toString(2).length);
