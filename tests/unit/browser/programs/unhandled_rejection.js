Promise.reject(new Error('nobody listens'));
console.log('script end');
setTimeout(() => console.log('timeout'), 0);
const later = Promise.reject(new Error('handled later'));
setTimeout(() => later.catch(() => console.log('caught late')), 10);
