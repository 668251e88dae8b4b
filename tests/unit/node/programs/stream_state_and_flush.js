// read(n) and 'readable', pause/resume events, a flushing object-mode Transform, _final and
// _destroy order, finished on a destroyed Duplex, a failing pipeline, allowHalfOpen, the
// state getters and instanceof across the classes.
const { Readable, Writable, Transform, Duplex, PassThrough, finished, pipeline } = require('stream');
const log = (...a) => console.log(...a);
// read(n) and 'readable'
const r = new Readable({ read() {} });
r.push('abcdef'); r.push('ghij');
r.once('readable', () => { log('read3', String(r.read(3))); log('read100', r.read(100)); log('read', String(r.read())); r.push(null); });
r.on('end', () => log('r end'));
// pause/resume
const p = new PassThrough();
p.on('data', (c) => { log('p data', c.toString()); p.pause(); setImmediate(() => { log('p resume', p.isPaused()); p.resume(); }); });
p.on('pause', () => log('pause ev')); p.on('resume', () => log('resume ev'));
p.write('1'); p.write('2'); p.end('3');
p.on('end', () => log('p end'));
// flush
const t = new Transform({
  objectMode: true,
  transform(o, e, cb) { this.total = (this.total || 0) + o.n; cb(); },
  flush(cb) { cb(null, { total: this.total }); },
});
t.on('data', (d) => log('flush data', d));
t.write({ n: 1 }); t.write({ n: 2 }); t.end();
t.on('finish', () => log('t finish')); t.on('end', () => log('t end')); t.on('close', () => log('t close'));
// final and destroy order
const w = new Writable({
  write(c, e, cb) { log('w write'); cb(); },
  final(cb) { log('w final'); setImmediate(cb); },
  destroy(err, cb) { log('w destroy', err); cb(err); },
});
w.on('prefinish', () => log('w prefinish'));
w.on('finish', () => log('w finish'));
w.on('close', () => log('w close'));
w.end('x', () => log('w end cb'));
// destroy with error and finished
const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
finished(d, (err) => log('finished d', err && err.message));
d.on('error', (e) => log('d error', e.message));
d.destroy(new Error('dd'));
// pipeline error in middle
const bad = new Transform({ transform(c, e, cb) { cb(new Error('bad transform')); } });
const sink = new Writable({ write(c, e, cb) { cb(); } });
sink.on('close', () => log('sink close'));
pipeline(Readable.from(['a', 'b']), bad, sink, (err) => log('pipeline err', err.message, sink.destroyed));
// allowHalfOpen false
const h = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
h.on('finish', () => log('h finish')); h.on('end', () => log('h end')); h.resume();
h.push(null);
// writable state getters
const g = new Writable({ write(c, e, cb) {} , highWaterMark: 2 });
g.write('abc');
log(g.writableLength, g.writableNeedDrain, g.writableHighWaterMark, g.writable, g.writableEnded, g.writableFinished, g.writableObjectMode, g.destroyed, g.closed, g.errored);
g.end();
log(g.writable, g.writableEnded);
log(typeof Readable.prototype.pipe, Readable.prototype instanceof require('events'), new PassThrough() instanceof Duplex, new PassThrough() instanceof Readable, new PassThrough() instanceof Writable);
