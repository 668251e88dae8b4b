// Strings are UTF-16 code units: a lone surrogate survives every operation, and a high and a
// low surrogate that meet (literal escapes, +, templates, join, slices put back together)
// are the character they make. Output writes a lone surrogate as U+FFFD; JSON escapes it.
const astral = '\u{10428}';
const pair = '\ud801\udc28';
console.log(pair === astral, pair.length, astral.codePointAt(0), pair.charCodeAt(1));
const hi = '\ud834', lo = '\udf06';
console.log(hi.length, hi + lo === '\u{1d306}', (hi + lo).length, `${hi}${lo}` === '\u{1d306}');
console.log(['a' + hi, lo + 'b'].join('') === 'a\u{1d306}b', [hi, lo].join('') === '\u{1d306}');
console.log(astral[0] + astral[1] === astral, astral.slice(0, 1) + astral.slice(1) === astral);
console.log(String.fromCharCode(0xd801) + String.fromCharCode(0xdc28) === astral);
console.log(astral.split('').length, [...astral].length, astral.split('').join('') === astral);
console.log(JSON.stringify(hi), JSON.stringify(lo + hi), JSON.stringify(hi + lo), JSON.stringify(astral[1]));
console.log(JSON.stringify({ [hi]: lo }), JSON.parse('"\\ud834\\udf06"') === '\u{1d306}');
const withLone = 'x' + hi;
console.log(withLone.length, withLone.endsWith(hi), withLone.indexOf(hi), withLone.at(-1) === hi);
const m = new Map([[hi, 1]]);
console.log(m.get('\ud834'), { [lo]: 2 }['\udf06'], Object.keys({ [hi + lo]: 1 })[0] === '\u{1d306}');
console.log([hi], [lo + "z"]);
