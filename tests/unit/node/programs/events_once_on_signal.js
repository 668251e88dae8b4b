// events.once and events.on with an AbortSignal, on an EventEmitter and an EventTarget;
// events.on queues events nobody awaited, ends on a close event, rejects on 'error'.
const { once, on, EventEmitter } = require('events');
const log = (...a) => console.log(...a);
(async () => {
  const ee = new EventEmitter();
  setTimeout(() => ee.emit('ready', 1, 2), 5);
  log('once', await once(ee, 'ready'));
  const ac = new AbortController();
  setTimeout(() => ac.abort('cancelled'), 5);
  try {
    await once(ee, 'never', { signal: ac.signal });
  } catch (e) {
    log(e.name, e.code, e.message, e.cause, ee.listenerCount('never'), ee.listenerCount('error'));
  }
  try {
    await once(ee, 'x', { signal: AbortSignal.abort('pre') });
  } catch (e) {
    log('pre', e.name, e.cause);
  }
  await once(ee, 'x', { signal: 1 }).catch((e) => log(e.code, e.message));
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('ping')), 5);
  const [event] = await once(et, 'ping');
  log('target', event.type);
  const src = new EventEmitter();
  process.nextTick(() => {
    src.emit('data', 'a');
    src.emit('data', 'b', 'c');
    src.emit('end');
  });
  for await (const args of on(src, 'data', { close: ['end'] })) log('data', args);
  log('after close', src.listenerCount('data'), src.listenerCount('error'));
  const failing = new EventEmitter();
  process.nextTick(() => {
    failing.emit('data', 1);
    failing.emit('error', new Error('bad'));
  });
  try {
    for await (const args of on(failing, 'data')) log('got', args);
  } catch (e) {
    log('error', e.message, failing.listenerCount('data'));
  }
  const stop = new AbortController();
  const ticker = new EventEmitter();
  const iv = setInterval(() => ticker.emit('tick', Date.now() > 0), 30);
  setTimeout(() => stop.abort(), 75);
  try {
    for await (const [v] of on(ticker, 'tick', { signal: stop.signal })) log('tick', v);
  } catch (e) {
    log(e.name, e.cause && e.cause.name);
  }
  clearInterval(iv);
  const it = on(new EventEmitter(), 'z');
  log(await it.return(), typeof it[Symbol.asyncIterator]);
})();
