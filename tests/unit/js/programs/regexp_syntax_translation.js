// JavaScript pattern syntax that means something else to PCRE2, checked by matching:
// \s over Unicode white space, `.` and line terminators, ^ $ with and without m, [^], [],
// a lone ] and {, \cX, Annex B escapes, back-references, lookbehind, u mode.
const t = (re, s) => console.log(String(re), JSON.stringify(s), re.test(s));
t(/\s/, '\u00a0'); t(/\s/, '\ufeff'); t(/\S/, '\u2028'); t(/[\s]/, '\u3000');
t(/a.c/, 'a\nc'); t(/a.c/, 'a\u2028c'); t(/a.c/s, 'a\u2029c'); t(/a.c/, 'a\vc');
t(/^b/, 'a\nb'); t(/^b/m, 'a\nb'); t(/^b/m, 'a\u2028b'); t(/a$/, 'a\n'); t(/a$/m, 'a\rb');
t(/[^]/, '\n'); t(/[]/, 'a'); t(/a]/, 'a]'); t(/a{/, 'a{'); t(/a{1,x}/, 'a{1,x}'); t(/}/, '}');
t(/\cJ/, '\n'); t(/\c1/, '\\c1'); t(/[\c_]/, '\x1f'); t(/\a\e\q/, 'aeq'); t(/\v/, '\v');
t(/\0/, '\0'); t(/\101/, 'A'); t(/\8/, '8'); t(/(a)\1/, 'aa'); t(/\1(a)/, 'a'); t(/(a)|\1b/, 'b');
t(/(?<=\$)\d+/, '$5'); t(/(?<!\$)\d/, '$5'); t(/(?<n>o)\k<n>/, 'foo'); t(/\k<n>(?<n>o)/, 'o');
t(/\k/, 'k'); t(/[\b]/, '\b'); t(/\bfoo\b/, 'a foo b'); t(/[\d-z]/, '-'); t(/[a-]/, '-');
t(/\w/, 'é'); t(/\d/, '٣'); t(/\u0041/, 'A'); t(/\x41/, 'A'); t(/\x4/, 'x4'); t(/\u{2}/, 'uu');
t(/\u{1F600}/u, '😀'); t(/^.$/u, '😀'); t(/^.$/, '😀'); t(/\ud83d\ude00/u, '😀');
t(/\p{Lu}/u, 'É'); t(/\p{Script=Greek}/u, 'α'); t(/\P{L}/u, 'a'); t(/\p{L}/, 'p{L}');
t(/ABC/i, 'abc'); t(/[a-z]+/i, 'XYZ'); t(/é/iu, 'É');
console.log('😀x'.match(/./g), '😀x'.match(/./gu), 'a😀'.split(/(?:)/u).length, 'a😀'.split('').length);
console.log('aaa'.match(/a*?/g), 'abc'.match(/(?:)/g), 'x'.match(/$/g));
