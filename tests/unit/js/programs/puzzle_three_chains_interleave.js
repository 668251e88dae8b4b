const log = (s) => () => console.log(s);
Promise.resolve().then(log('A1')).then(log('A2')).then(log('A3'));
Promise.resolve().then(log('B1')).then(() => Promise.resolve()).then(log('B-after-promise'));
(async () => { console.log('C0'); await null; console.log('C1'); await null; console.log('C2'); })();
queueMicrotask(log('Q1'));
console.log('sync');
