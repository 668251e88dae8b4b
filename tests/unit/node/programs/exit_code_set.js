process.exitCode = 4;
process.on('exit', (code) => { console.log('exit', code); Promise.resolve().then(() => console.log('microtask in exit runs')); process.nextTick(() => console.log('tick in exit never')); });
setTimeout(() => console.log('timer'), 1);
