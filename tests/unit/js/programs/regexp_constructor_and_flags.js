// new RegExp / RegExp(re), the flags and source, lastIndex under g and y, and V8's wording
// for invalid patterns and flags.
const r = new RegExp('a+', 'gi');
console.log(r, r.source, r.flags, r.global, r.ignoreCase, r.multiline, r.sticky, r.unicode);
console.log(new RegExp('/', 'g').source, new RegExp('').source, String(new RegExp('\n')));
console.log(RegExp(r) === r, new RegExp(r) === r, new RegExp(r, 'm').flags);
console.log(new RegExp('x', 'ysmigdu').flags, /a/s.dotAll, /a/d.hasIndices);
const g = /o/g;
const s = 'foo boo';
let m;
while ((m = g.exec(s)) !== null) console.log(m[0], m.index, g.lastIndex);
const y = /a/y;
console.log(y.test('ba'), y.lastIndex, y.test('ab'), y.lastIndex, y.test('ab'), y.lastIndex);
y.lastIndex = 1;
console.log(y.test('ba'), y.lastIndex);
const bad = [['(', ''], [')', ''], ['*', ''], ['a**', ''], ['(?i)a', ''], ['[a', ''], ['\\', ''],
  ['[z-a]', ''], ['a{2,1}', ''], ['(?<a>x)(?<a>y)', ''], ['(?<1a>x)', ''], ['\\k<b>(?<a>x)', ''],
  ['{', 'u'], ['\\q', 'u'], ['a', 'gg'], ['a', 'x'], ['x{2}{3}', ''], ['\\u{110000}', 'u']];
for (const [p, f] of bad) {
  try {
    new RegExp(p, f);
    console.log('accepted', p);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
