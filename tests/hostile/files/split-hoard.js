// split('') of a 256 MB string: a quarter of a billion strings, reserved before they are made.
const parts = 'x'.repeat(2 ** 28).split('');
console.log(parts.length);
