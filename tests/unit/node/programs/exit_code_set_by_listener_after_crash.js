process.on('exit', () => { process.exitCode = 9; });
setTimeout(() => { throw new Error('x'); }, 1);
