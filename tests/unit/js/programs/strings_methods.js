const s = 'Hello, World';
console.log(s.length, s.charAt(1), s.charCodeAt(0), s[4], s.at(-1), s.indexOf('o'), s.lastIndexOf('o'), s.includes('World'));
console.log(s.startsWith('Hell'), s.endsWith('ld'), s.slice(7), s.slice(-5, -1), s.substring(5, 2), s.toUpperCase(), s.toLowerCase());
console.log('  pad  '.trim() + '|', '  x'.trimStart(), 'x  '.trimEnd() + '|', '5'.padStart(3, '0'), '5'.padEnd(3, '*'), 'ab'.repeat(3));
console.log('a,b,,c'.split(','), 'abc'.split(''), 'a b c'.split(' ', 2), 'abc'.split());
console.log('aaa'.replace('a', 'b'), 'aaa'.replaceAll('a', 'b'), 'x-y'.replace('-', (m) => `[${m}]`), 'cost: $'.replace('$', '$$'), 'a'.concat('b', 1));
console.log(String(123), String(null), String([1, 2]), String({}), `${[1, [2, 3]]}`, 'abc'.codePointAt(1), String.fromCharCode(72, 105));
