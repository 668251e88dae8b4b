let n = 0;
function tick() { if (n++ < 5) { console.log('tick', n); queueMicrotask(tick); } }
queueMicrotask(tick);
Promise.resolve().then(() => console.log('promise between'));
