// A stream's `signal` option and stream.addAbortSignal: an abort destroys the stream with an
// AbortError (cause: the signal's reason); an already aborted signal destroys it at once.
const { Readable, Writable, addAbortSignal } = require('stream');
const ac = new AbortController();
const r = Readable.from(async function* () { while (true) yield 1; }(), { signal: ac.signal });
let seen = 0;
r.on('data', () => { if (++seen === 3) ac.abort('enough'); });
r.on('error', (e) => console.log('readable', e.name, e.code, e.cause, seen));
r.on('close', () => console.log('readable close', r.destroyed));
const w = new Writable({ write(c, e, cb) { cb(); }, signal: AbortSignal.abort() });
w.on('error', (e) => console.log('writable', e.name, e.message));
const plain = new Readable({ read() {} });
console.log(addAbortSignal(new AbortController().signal, plain) === plain);
try { addAbortSignal({}, plain); } catch (e) { console.log(e.code, e.message); }
try { addAbortSignal(AbortSignal.abort(), {}); } catch (e) { console.log(e.code, e.message); }
