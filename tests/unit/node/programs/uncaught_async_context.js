// 'uncaughtException' listeners run in the async context of the callback that threw, and
// 'unhandledRejection' listeners in the one where the promise was rejected: an
// AsyncLocalStorage store is there (node:test finds the failing test this way).
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
process.on('uncaughtException', (err) => console.log('uncaught', err.message, als.getStore()));
process.on('unhandledRejection', (err) => console.log('rejection', err.message, als.getStore()));
als.run('immediate store', () => setImmediate(() => {
  throw new Error('from an immediate');
}));
als.run('promise store', () => {
  Promise.reject(new Error('rejected'));
});
als.run('timer store', () => setTimeout(() => {
  throw new Error('from a timer');
}, 50));
process.nextTick(() => {
  throw new Error('from a tick, outside any store');
});
