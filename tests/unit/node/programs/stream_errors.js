// Node's stream errors: push after EOF, write after end, a callback called twice,
// premature close, a failed write, bad chunks, a missing _read, a slow _destroy.
const { Readable, Writable, PassThrough, finished } = require('stream');
const r = new Readable({ read() {} });
r.on('error', (e) => console.log('r error', e.code, e.message, e instanceof Error, e.name));
r.push('a'); r.push(null); r.push('b');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => console.log('w error', e.code, e.message));
w.end();
w.write('late', (err) => console.log('write cb', err && err.code));
const m = new Writable({ write(c, e, cb) { cb(); cb(); } });
m.on('error', (e) => console.log('m error', e.code, e.message));
m.write('x');
const p = new PassThrough();
finished(p, (err) => console.log('finished p', err && err.code, err && err.message));
p.destroy();
const d = new Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
d.on('error', (e) => console.log('d error', e.message));
d.on('close', () => console.log('d close', d.destroyed, d.errored && d.errored.message));
d.write('x', (err) => console.log('d cb', err && err.message));
try { new Writable().write(5); } catch (e) { console.log(e.code, e.message); }
try { new Writable().write(null); } catch (e) { console.log(e.code, e.message); }
const np = new Readable({ read() {} });
np.on('error', (e) => console.log('np', e.code, e.message));
np.push(42);
const nr = new Readable();
nr.on('error', (e) => console.log('nr', e.code, e.message));
nr.read();
const x = new Readable({ read() {}, destroy(err, cb) { console.log('destroying', err && err.message); setTimeout(() => cb(err), 1); } });
x.on('error', (e) => console.log('x error', e.message));
x.on('close', () => console.log('x close'));
x.destroy(new Error('oops'));
console.log('x destroyed', x.destroyed);
