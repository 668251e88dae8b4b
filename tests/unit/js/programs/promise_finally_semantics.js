Promise.resolve('keep').finally(() => 'ignored').then(v => console.log('value passes through:', v));
Promise.reject(new Error('err')).finally(() => console.log('finally on rejection')).catch(e => console.log('still rejected:', e.message));
Promise.resolve(1).finally(() => { throw new Error('finally throws'); }).catch(e => console.log('override:', e.message));
Promise.resolve(1).finally(() => Promise.reject('rejected finally')).catch(e => console.log('override2:', e));
