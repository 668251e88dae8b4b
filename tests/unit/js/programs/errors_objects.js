const e = new Error('msg');
console.log(e.message, e.name, e instanceof Error, String(e), e.toString(), Object.keys(e));
const t = new TypeError('tt'); console.log(t.name, t instanceof TypeError, t instanceof Error, `${t}`);
const r = RangeError('no new'); console.log(r.message, r.name);
console.log(typeof e.stack, e.stack.split('\n')[0]);
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; this.extra = 1; } }
const m = new MyError('custom'); console.log(m.name, m.message, m.extra, m instanceof MyError, m instanceof Error, String(m));
class E2 extends Error { constructor(m) { super(m); this.name = 'E2'; } }
console.log(new E2('y').stack.split('\n')[0]);
const early = new Error('read early'); const firstLine = early.stack.split('\n')[0]; early.name = 'Renamed';
console.log(firstLine, early.stack.split('\n')[0]);
