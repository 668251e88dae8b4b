// An error thrown inside the uncaughtException handler: printed, exit code 7, no exit event.
process.on('uncaughtException', (err) => { console.log('handler', err.message); throw new Error('inside handler'); });
process.on('exit', (c) => { console.log('exit', c); });
setTimeout(() => { throw new Error('first'); }, 1);
