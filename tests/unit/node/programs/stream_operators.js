// Readable operators (map with concurrency, filter, flatMap, take, drop, reduce, some, every,
// find, forEach, toArray) against ticks, promise turns and timers; their argument errors.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
process.nextTick(() => log('tick'));
Promise.resolve().then(() => log('micro 1')).then(() => log('micro 2')).then(() => log('micro 3'));
(async () => {
  log('map', await Readable.from([1, 2, 3, 4]).map((x) => x * 2).toArray());
  log('map async', await Readable.from([1, 2, 3]).map(async (x) => { await null; return x + 1; }, { concurrency: 2 }).toArray());
  const slow = [30, 10, 20];
  log('ordered', await Readable.from(slow).map((ms) => new Promise((r) => setTimeout(() => r(ms), ms)), { concurrency: 3 }).toArray());
  log('filter', await Readable.from([1, 2, 3, 4, 5]).filter((x) => x % 2).toArray());
  log('flatMap', await Readable.from([1, 2]).flatMap((x) => [x, x * 10]).toArray());
  log('take/drop', await Readable.from([1, 2, 3, 4, 5]).drop(1).take(2).toArray());
  log('reduce', await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 10), await Readable.from([1, 2, 3]).reduce((a, b) => a + b));
  try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) { log(e.name, e.code, e.message); }
  log('some/every/find', await Readable.from([1, 2, 3]).some((x) => x > 2), await Readable.from([1, 2, 3]).every((x) => x > 2), await Readable.from([1, 2, 3]).find((x) => x > 1));
  const seen = [];
  await Readable.from(['a', 'b']).forEach(async (x) => { seen.push(x); });
  log('forEach', seen);
  const bytes = new Readable({ read() {} });
  bytes.push('ab'); bytes.push('cd'); bytes.push(null);
  log('bytes', await bytes.map((c) => c.toString()).toArray());
  try { Readable.from([1]).map(5); } catch (e) { log(e.code, e.message); }
  try { Readable.from([1]).map((x) => x, { concurrency: 0 }); } catch (e) { log(e.code, e.message); }
  try { Readable.from([1]).take(-1); } catch (e) { log(e.code, e.message); }
  try { new (Readable.prototype.map)(); } catch (e) { log(e.code, e.message); }
  try { await Readable.from([1, 2]).map((x) => { if (x === 2) throw new Error('map failed'); return x; }).toArray(); } catch (e) { log('rejected', e.message); }
  log(Readable.prototype.map.name, Readable.prototype.map.length, Object.keys(Readable.prototype).includes('map'));
})();
