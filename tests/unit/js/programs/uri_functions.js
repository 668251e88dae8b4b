// encodeURI/encodeURIComponent/decodeURI/decodeURIComponent (ECMA-262 19.2.6), escape and
// unescape (Annex B.2.1), String.fromCodePoint (22.1.2.2): results and V8's errors.
const text = 'a b&c=d/é?#€😀;,+$@:~*\'()!';
console.log('>', encodeURI(text));
console.log('>', encodeURIComponent(text));
console.log(decodeURI(encodeURI(text)) === text, decodeURIComponent(encodeURIComponent(text)) === text);
console.log('>', decodeURI('%3B%2F%3F%3A%40%26%3D%2B%24%2C%23%41%c3%a9'));
console.log(decodeURIComponent('%3B%2F%3F%3A%40%26%3D%2B%24%2C%23%41%c3%a9'));
console.log(encodeURIComponent(12.5), encodeURI(null), decodeURI(undefined));
const tryIt = (name, f) => {
  try {
    console.log('>', name, JSON.stringify(f()));
  } catch (e) {
    console.log('>', name, `${e.name}: ${e.message}`, e instanceof URIError, e instanceof RangeError);
  }
};
for (const bad of ['%', '%4', '%zz', '%80', '%c3', '%c3%', '%c3%28', '%e0%80%80', '%ed%a0%80',
                   '%f4%90%80%80', '%f8%80%80%80%80', '%C0%AF']) {
  tryIt(`decodeURIComponent(${bad})`, () => decodeURIComponent(bad));
}
tryIt('decodeURI(%ff)', () => decodeURI('%ff'));
tryIt('encodeURIComponent(lone high)', () => encodeURIComponent('x\ud800'));
tryIt('encodeURI(lone low)', () => encodeURI('\udc00y'));
tryIt('encodeURIComponent(pair)', () => encodeURIComponent('\ud83d\ude00'));
tryIt('decode pair', () => decodeURIComponent('%F0%9F%98%80'));
console.log('>', escape(text), escape('\u0100\uffff\ud800'), escape('@*_+-./'));
console.log('>', unescape('%u0041%41%u00e9%zz%u12%4%%u004G'), unescape(escape(text)) === text);
console.log('>', unescape('%u0041'.slice(0, 5)), unescape('%ud83d%ude00'));
console.log(String.fromCodePoint(), String.fromCodePoint(65, 0x1F600, 0x10FFFF).length);
console.log(String.fromCodePoint(-0, '97', { valueOf() { return 98; } }));
for (const bad of [-1, 1.5, 0x110000, NaN, Infinity, '1e7', undefined]) {
  tryIt(`fromCodePoint(${String(bad)})`, () => String.fromCodePoint(bad));
}
console.log(encodeURI.length, decodeURIComponent.name, String.fromCodePoint.length,
            Object.getOwnPropertyDescriptor(globalThis, 'escape').enumerable);
