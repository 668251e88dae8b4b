// toString(NaN): the radix becomes 0, a RangeError as in V8 (never a cast of NaN to int).
console.log((255).toString(NaN));
