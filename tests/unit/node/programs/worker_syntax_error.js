// A worker whose code does not compile: the SyntaxError reaches the parent as an 'error'
// event (the worker never comes online with a script to run), then 'exit' with 1.
const { Worker } = require('worker_threads');
const w = new Worker('let x = ;', { eval: true });
w.on('error', (e) => console.log('error', e.name, e.message, e instanceof SyntaxError));
w.on('exit', (c) => console.log('exit', c));
w.on('online', () => console.log('online: the worker started, then failed to compile'));
console.log('the constructor does not throw');
