// new Console(stream) and require('console').Console: each call is one stream.write of
// util.format's text with the same callback every time; stderr defaults to stdout; groups
// indent; count, assert, dir; a stream without write() is refused.
const { Console } = require('console');
const { Writable } = require('stream');
const chunks = [];
const callbacks = new Set();
const sink = new Writable({
  write(chunk, encoding, cb) {
    chunks.push(chunk.toString());
    cb();
  },
});
const realWrite = sink.write.bind(sink);
sink.write = (text, cb) => {
  callbacks.add(cb);
  return realWrite(text, cb);
};
const c = new Console(sink);
console.log(Console === console.Console, c instanceof Console, typeof c.log, c.log.name);
c.log('a %d and %s', 1, 'b', { x: [1, 2] });
c.error(new Error('to stderr').message);
c.group('group');
c.info('inside\ntwo lines');
c.groupEnd();
c.count();
c.count('x');
c.count();
c.assert(1 === 2, 'not %s', 'equal');
c.assert(true, 'never');
c.dir({ deep: { deeper: { deepest: {} } } }, { depth: 0 });
const errs = [];
const other = Console({ stdout: sink, stderr: new Writable({
  write(chunk, encoding, cb) {
    errs.push(chunk.toString());
    cb();
  },
}) });
other.warn('warned');
try {
  new Console({});
} catch (e) {
  console.log(e.name, e.code, e.message);
}
setImmediate(() => {
  console.log(JSON.stringify(chunks), JSON.stringify(errs), callbacks.size);
});
