process.on('uncaughtException', (err, origin) => console.log('caught:', err.message, origin));
setTimeout(() => { throw new Error('first'); }, 1);
setTimeout(() => console.log('same list still runs'), 1);
setTimeout(() => console.log('later timer'), 5);
