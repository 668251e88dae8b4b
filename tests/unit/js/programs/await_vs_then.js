const p = Promise.resolve();
(async () => { await p; console.log('after await'); })();
p.then(() => console.log('tick a')).then(() => console.log('tick b'));
