// The speed target's program: 200,000 promise reactions and 20,000 nextTicks.
let reactions = 0;
let ticks = 0;
function chain(n) {
  let p = Promise.resolve(0);
  for (let i = 0; i < n; i++) p = p.then((v) => { reactions++; return v + 1; });
  return p;
}
for (let c = 0; c < 20; c++) chain(10000);
function tick(n) {
  if (n === 0) return;
  ticks++;
  process.nextTick(tick, n - 1);
}
for (let t = 0; t < 20; t++) tick(1000);
setImmediate(() => console.log('reactions', reactions, 'ticks', ticks));
