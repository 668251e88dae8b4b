const p = Promise.reject(new Error('too late'));
setImmediate(() => p.catch(() => console.log('never')));
process.on('exit', (c) => console.log('exit', c));
