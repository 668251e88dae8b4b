process.on('exit', (c) => console.log('exit', c));
Promise.reject(new Error('boom'));
setTimeout(() => console.log('never'), 1);
console.log('sync');
