// atob and btoa (global and require('buffer')): forgiving base64 with Node's errors.
const cases = ['aGVsbG8=', ' aGVs bG8 ', 'aGVsbG8', 'aGVsbG', 'a', 'a=', '=', 'ab=c', '====',
  'aGVsbG8==', 'YQ=', 'YQ==', 'YQ===', 'Y Q = =', '', '-_', '////', 'A\tB\fC\rD', 'a\u000bb',
  '\u00ff'];
for (const s of cases) {
  try {
    console.log(JSON.stringify(s), JSON.stringify(atob(s)));
  } catch (e) {
    console.log(JSON.stringify(s), e instanceof DOMException, e.name, e.code, e.message);
  }
}
for (const s of ['hello', '\u00ff\u00fe', '\u0100', 'é', '', 12345, null, undefined, {}]) {
  try {
    console.log(btoa(s));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
for (const fn of [atob, btoa]) {
  try {
    fn();
  } catch (e) {
    console.log(fn.name, fn.length, e.name, e.code, e.message);
  }
}
const buffer = require('buffer');
console.log(buffer.atob === atob, buffer.btoa === btoa, atob(btoa('\u0000\u00ff round trip')));
