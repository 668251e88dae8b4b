// V8's string length limit (2^29 - 24 UTF-16 code units) where it can be reached without
// building a huge string first: the length is known before anything is copied.
function attempt(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', r.length);
  } catch (e) {
    console.log(label, e.name, e.message);
  }
}
const max = 2 ** 29 - 24;
attempt('repeat', () => 'ab'.repeat(2 ** 28));
attempt('repeat empty', () => ''.repeat(2 ** 40));
attempt('repeat count', () => 'x'.repeat(-1));
attempt('repeat infinite', () => 'x'.repeat(Infinity));
attempt('padStart', () => 'ab'.padStart(max + 1));
attempt('padEnd', () => 'ab'.padEnd(max + 1, '12'));
attempt('padStart fill', () => 'ab'.padStart(7, 'xyz'));
const holes = [];
holes.length = 4294967295;
attempt('join', () => holes.join());
attempt('join empty separator', () => holes.join(''));
attempt('toString', () => String(holes));
attempt('stringify', () => JSON.stringify(holes));
attempt('template', () => `${holes}`);
