process.on('exit', (code) => console.log('exit', code, process.exitCode));
console.log('waiting forever');
await new Promise(() => {});
console.log('never');
