try { queueMicrotask(5); } catch (e) { console.log(e.name); }
queueMicrotask(() => console.log('a'));
Promise.reject(1).catch(() => queueMicrotask(() => console.log('from catch')));
queueMicrotask(() => Promise.resolve().then(() => console.log('nested then')));
queueMicrotask(() => console.log('b'));
