// JSON.parse errors word V8's messages: what each place expected, or the unexpected
// character with up to ten characters of context on each side, positions in UTF-16 units.
const cases = ['{ "a": 1, }', '{a:1}', '[1,2', '[1 2]', '{"a" 1}', '{"a":1 "b":2}', '"abc', '"a\u0001"', '"\\x"', '"\\u12"', '-', '1e', '1.', '1 2', '', '   ', 'abc', 'tru', '{', '[', '{"a":', 'undefined', "{'a':1}", '[1,]', '01', '"a"x', 'nul', '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,x]', 'x'.repeat(40), '{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa": x, "bbbbbbbbbbbbbbbbbbbbbbbb": 1}', '\u00e9', 'NaN', '+1', '.5'];
const more = ['[1,]', '{"a":}', '{"a":1,}', 'trux', 'nulx', 'fals', 't', '[', '{"a":', '{"a"', '[1,2,', '"\\x"', '"\\u12"', '"\\u12x4"', '-a', '-01', '00', '1.e5', '1e+', '1ex', '[01]', '{"a":1}}', '[1]]', '"\uD83D\uDE00" x', 'x'.repeat(21), 'x'.repeat(22), '[Infinity]', 'Infinity', '[object Object]', '{"a":1, "b"}', '{"a" : 1 ,}', '\t\n x', '"abc\n"', '1.5.5', '[1,2,3,4,5,6,7,8,9,1,2,3,"x',  '{"émoji😀": x, "pad": 1234567890}', '"a\\', '{,}', '[,]', '{"a":1,,}', '[1,,2]', '123abc', '-Infinity', '{"__proto__": 1, "x": }'];
for (const c of [...cases, ...more, 'x'.repeat(20), 'y'.repeat(19) + 'x']) {
  try { JSON.parse(c); console.log('ok', c); } catch (e) { console.log(JSON.stringify(c), '->', e.name, e.message); }
}
