const p = Promise.reject(new Error('late'));
queueMicrotask(() => p.catch(e => console.log('handled late:', e.message)));
const q = Promise.reject('q');
q.then(null, r => console.log('second arg handler', r));
