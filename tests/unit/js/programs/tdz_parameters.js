// Parameters of a list with defaults, patterns or rest are bound in order: reading a later
// one from an earlier default throws, as a let in its temporal dead zone would.
function t(name, f) {
  try { console.log(name, f()); } catch (e) { console.log(name, 'threw', e.name + ': ' + e.message); }
}
t('later parameter', () => ((a = b, b) => a)(undefined, 1));
t('itself', () => ((a = a) => a)());
t('earlier parameter', () => ((a, b = a + 1) => b)(1));
t('argument given', () => ((a = b, b) => a)(5, 1));
t('pattern', () => (function ({ x } = { x: y }, y) { return x; })(undefined, 2));
t('closure sees it', () => ((a = () => b, b = 2) => a())());
t('simple list unchanged', () => (function (a, b) { return a + b; })(1, 2));
async function rejects(a = b, b) { return a; }
rejects().then(
  (v) => console.log('async resolved', v),
  (e) => console.log('async rejected', e.name + ': ' + e.message));
