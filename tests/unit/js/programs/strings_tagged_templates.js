// Tagged templates (ECMA-262 13.3.11): tag(strings, ...substitutions).
function tag(strings, ...values) {
  console.log(strings, strings.raw, values, strings.length);
  return 'tagged';
}
const x = 1;
const y = 'two';
console.log(tag`a${x}b${y}c`);
console.log(tag``);
console.log(tag`${x}`);
console.log(tag`line\nnext \u0041 \x41 \`tick\` \${not}`);
// Invalid escapes: the cooked string is undefined, the raw one is kept.
console.log(tag`bad \unicode and \xZ and \01 and \8`);
console.log(tag`ok ${x} \u{110000}`);
// The strings array is frozen and the same object every time the site is evaluated.
function site(s) {
  return s;
}
const seen = [];
for (let i = 0; i < 3; i++) seen.push(site`same ${i}`);
console.log(seen[0] === seen[1], seen[1] === seen[2], site`same ${0}` === seen[0]);
console.log(Object.isFrozen(seen[0]), Object.isFrozen(seen[0].raw), Array.isArray(seen[0]));
console.log(Object.getOwnPropertyDescriptor(seen[0], 'raw'));
console.log(Object.keys(seen[0]));
'use strict';
try {
  seen[0][0] = 'changed';
} catch (e) {
  console.log(e.message);
}
console.log(seen[0][0]);
function make() {
  return site`in function`;
}
console.log(make() === make());
// A member tag keeps its `this`.
const obj = {
  name: 'obj',
  tag(strings, v) {
    return this.name + ':' + strings[0] + v;
  },
};
console.log(obj.tag`hello ${42}`);
console.log(obj['tag']`computed ${1}`);
// String.raw.
console.log(String.raw`C:\new\table${x}\u`);
console.log(String.raw({ raw: ['a', 'b', 'c'] }, 1, 2, 3));
console.log(String.raw({ raw: 'xyz' }, '-', '-'));
console.log(String.raw({ raw: { length: 2, 0: 'p', 1: 'q' } }, { toString: () => 'S' }), String.raw({ raw: [] }, 1) === '', String.raw.length);
try {
  String.raw({});
} catch (e) {
  console.log(e.message);
}
// Chained tags and tags returning functions.
const curry = (s1) => (s2) => s1[0] + s2[0];
console.log(curry`first``second`);
class Box {
  constructor(s) {
    this.s = s[0];
  }
}
try {
  console.log(new Box`boxed`);
} catch (e) {
  console.log(e.message);
}
const Maker = (s) => Box;
console.log(new Maker`made`(['arg']));
const lines = tag`multi
line`;
console.log(`${typeof tag}`);
try {
  const notFn = 1;
  notFn`x`;
} catch (e) {
  console.log(e.message);
}
try {
  obj.missing`x`;
} catch (e) {
  console.log(e.message);
}
