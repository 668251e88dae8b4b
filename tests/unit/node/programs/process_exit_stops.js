process.on('exit', (c) => console.log('exit', c));
process.nextTick(() => console.log('nextTick before exit'));
setImmediate(() => { console.log('immediate, calling process.exit(2)'); process.exit(2); console.log('never'); });
setTimeout(() => console.log('timer never'), 50);
