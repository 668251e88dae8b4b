// AbortController/AbortSignal/EventTarget/Event/DOMException globals, and the signal and ref
// options of timers/promises, its setInterval iterator and the scheduler.
const tp = require('timers/promises');
const log = (...a) => console.log(...a);
function t(f) { try { log('ok', f()); } catch (e) { log(e.name, e.code, e.message); } }
const ac = new AbortController();
ac.signal.addEventListener('abort', (e) => log('listener', e.type, e.isTrusted, e.target === ac.signal));
ac.signal.onabort = (e) => log('onabort', e.type);
ac.signal.addEventListener('abort', { handleEvent(e) { log('handleEvent', e.type); } }, { once: true });
ac.abort();
ac.abort();
const r = ac.signal.reason;
log(ac.signal.aborted, r.name, r.message, r.code, r instanceof DOMException, r instanceof Error, Object.keys(r));
t(() => ac.signal.throwIfAborted());
t(() => new AbortSignal());
t(() => AbortSignal.timeout(-1));
t(() => AbortSignal.timeout('1'));
t(() => new Event());
t(() => new EventTarget().dispatchEvent('x'));
log(AbortSignal.abort('why').reason, DOMException.ABORT_ERR, new DOMException('m', 'TimeoutError').code);
const et = new EventTarget();
et.addEventListener('x', () => log('x once'), { once: true });
const dup = () => log('x dup');
et.addEventListener('x', dup);
et.addEventListener('x', dup);
log(et.dispatchEvent(new Event('x')), et.dispatchEvent(new Event('x')));
const c = new Event('c', { cancelable: true });
et.addEventListener('c', (e) => e.preventDefault());
log(et.dispatchEvent(c), c.defaultPrevented);
const a1 = new AbortController();
const a2 = new AbortController();
const any = AbortSignal.any([a1.signal, a2.signal]);
any.onabort = () => log('any aborted', any.reason);
a2.abort('second');
const timeout = AbortSignal.timeout(60);
timeout.onabort = () => log('timeout', timeout.reason.name, timeout.reason.message, timeout.reason.code);
tp.setTimeout(5, 'v', { signal: AbortSignal.abort('pre') }).catch((e) => log(e.name, e.code, e.message, e.cause));
const late = new AbortController();
tp.setTimeout(100, 'v', { signal: late.signal }).catch((e) => log('late', e.name, e.cause));
setTimeout(() => late.abort('stop'), 30);
tp.setTimeout(1, 'x', { signal: 1 }).catch((e) => log(e.code, e.message));
tp.setTimeout(1, 'x', { ref: 'no' }).catch((e) => log(e.code, e.message));
tp.setImmediate('imm', {}).then((v) => log('immediate', v));
tp.setTimeout(1000, 'never', { ref: false }).then(log);
(async () => {
  await tp.setTimeout(150);  // after the timers above
  let n = 0;
  for await (const v of tp.setInterval(30, 'tick')) {
    log(v, ++n);
    if (n === 3) break;
  }
  const stop = new AbortController();
  setTimeout(() => stop.abort('enough'), 75);
  try {
    for await (const v of tp.setInterval(30, 'tock', { signal: stop.signal })) log(v);
  } catch (e) {
    log(e.name, e.cause);
  }
  await tp.scheduler.wait(5);
  await tp.scheduler.yield();
  log('scheduler done');
  t(() => new tp.scheduler.constructor());
  t(() => tp.scheduler.wait.call({}, 1));
})();
