process.on('exit', (c) => console.log('exit handler', c));
setTimeout(() => console.log('t1'), 1);
setTimeout(() => { console.log('t2 throws'); throw new Error('boom'); }, 3);
setTimeout(() => console.log('t3 never'), 10);
