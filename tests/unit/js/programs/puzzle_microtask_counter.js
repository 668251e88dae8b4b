let count = 0;
const bump = () => count++;
Promise.resolve().then(bump).then(bump).then(bump);
queueMicrotask(() => { bump(); queueMicrotask(bump); });
(async () => { bump(); await null; bump(); })();
console.log('sync count', count);
Promise.resolve().then(() => Promise.resolve()).then(() => console.log('final count', count));
