// String methods given a regular expression: match, matchAll, search, replace (with $
// patterns and replacer functions), replaceAll, split; their string-argument forms too.
const s = 'The year 1999 and 2024, then 2100.';
console.log(s.match(/\d{4}/), s.match(/\d{4}/g), s.match(/x/g), 'a.c'.match('.'));
console.log(s.search(/\d/), s.search('and'), s.search(/zzz/), 'abc'.match());
for (const m of 'k1=v1;k2=v2'.matchAll(/(?<k>\w+)=(?<v>\w+)/g)) console.log(m.index, m.groups);
console.log([...'aXbX'.matchAll('X')].map((m) => m.index));
try {
  'a'.matchAll(/a/);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log('John Smith'.replace(/(\w+)\s(\w+)/, '$2, $1'));
console.log('abc'.replace(/b/, "[$&|$`|$'|$$|$0|$1|$<x>]"));
console.log('2024-01-02'.replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, '$<d>/$<m>/$<y> $<nope>.'));
console.log('abcdefghijk'.replace(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/, '$11-$10-$01-$1a-$99'));
console.log('a1b22c333'.replace(/\d+/g, (m, off, str) => `<${m}@${off}/${str.length}>`));
console.log('x-y'.replace(/(?<l>\w)-(?<r>\w)/, (...args) => JSON.stringify(args)));
console.log('aaa'.replace(/a*/g, '-'), 'abc'.replace(/(?:)/g, '.'), 'a.b.c'.replace('.', '!'));
console.log('a.b.c'.replaceAll('.', '!'), 'a.b.c'.replaceAll(/\./g, '$&$&'));
try {
  'x'.replaceAll(/x/, 'y');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const g = /o/g;
g.lastIndex = 5;
console.log('foo'.replace(g, '0'), g.lastIndex, 'foo'.match(g), g.lastIndex);
console.log('a, b,c ,  d'.split(/\s*,\s*/), 'a1b2c3'.split(/(\d)/), 'a1b2c3'.split(/\d/, 2));
console.log(''.split(/x/), ''.split(/(?:)/), 'abc'.split(/(?:)/), 'abc'.split(/b*/), 'ab'.split(/(a)?/));
console.log('one  two'.split(' '), 'a,b'.split(','), 'abc'.split(''), 'abc'.split());
