// Regular expression literals where an expression starts, `/` as division elsewhere, and
// exec's match array: index, input, groups, indices under `d`.
const a = 10, b = 2, g = 5;
console.log(a / b / g, a /b/ g);
const re = /(\d+)-(\d+)/;
console.log(re.exec('tel 555-1234 ok'));
console.log(re.exec('none'));
console.log(/(?<year>\d{4})-(?<month>\d\d)/.exec('on 2024-01-02').groups);
console.log(/a(b)?/d.exec('xa'));
console.log(/(?<x>a)/d.exec('a').indices);
const lines = [/x/, /y/g];
console.log(lines, { re: /a\/b/i }, String(/[/]/), `${/z/m}`);
if (true) /c/.test('c') && console.log('statement start');
console.log(typeof /a/, /a/ instanceof RegExp, /a/ === /a/);
console.log(Object.prototype.toString.call(/a/), Object.prototype.toString.call(new Date(0)));
