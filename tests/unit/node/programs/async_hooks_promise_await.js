// createHook with async functions: the function's promise, the promise `await` wraps a
// plain value in (triggered by the function's promise) and V8's throwaway promise per await
// (triggered by the awaited one), whose before/after surround each resumption.
const ah = require('async_hooks');
const events = [];
const hook = ah.createHook({
  init(id, type, trigger) { events.push(`init ${type} ${id} ${trigger} ${ah.executionAsyncId()}`); },
  before(id) { events.push(`before ${id}`); },
  after(id) { events.push(`after ${id}`); },
  promiseResolve(id) { events.push(`resolve ${id}`); },
});
hook.enable();
const log = (label) => events.push(`${label}: ${ah.executionAsyncId()} ${ah.triggerAsyncId()}`);

async function inner(x) {
  log('inner start');
  await null;
  log('inner resumed');
  if (x) throw new Error('inner');
  return 'v';
}
async function outer() {
  log('outer start');
  const v = await inner(false);
  log(`outer got ${v}`);
  try {
    await inner(true);
  } catch (e) {
    log(`outer caught ${e.message}`);
  }
  await { then(resolve) { log('thenable'); resolve(); } };
  log('outer end');
}
outer().then(() => log('outer done'));
log('sync end');

setTimeout(() => {
  hook.disable();
  console.log(events.join('\n'));
}, 10);
