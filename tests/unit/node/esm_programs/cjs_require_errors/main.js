// require() failures: a missing file, bad JSON, an ES module, a module that throws (not
// cached, so it runs again), and a built-in name that does not exist.
function show(what, fn) {
  try {
    fn();
    console.log(what, 'ok');
  } catch (e) {
    console.log(what, e.code, e.message.split('\n')[0].replace(__dirname, '<dir>'));
    if (e.requireStack) console.log('  stack', e.requireStack.map((f) => require('path').basename(f)));
  }
}
show('missing', () => require('./nope'));
show('nested missing', () => require('./needs-missing'));
show('bad json', () => require('./bad.json'));
show('esm', () => require('./esm.mjs'));
show('throws once', () => require('./throws'));
show('throws twice', () => require('./throws'));
show('builtin', () => require('no-such-builtin'));
show('non-string', () => require(42));
console.log('runs', global.throwRuns);
