const util = require('util');
const sleep = util.promisify(setTimeout);
const { setTimeout: wait } = require('timers/promises');
(async () => {
  console.log('before');
  await sleep(5);
  console.log('after sleep');
  const v = await wait(1, 'value');
  console.log('wait gave', v);
})();
setTimeout(() => console.log('plain 3'), 3);
