// A module body that throws still runs the promise jobs it queued (three links of a chain
// before node reports the error), never its nextTicks.
process.nextTick(() => console.log('tick (never)'));
let p = Promise.resolve();
for (let i = 0; i < 6; i++) p = p.then(() => console.log('then', i));
console.log('before throw');
throw new Error('boom');
