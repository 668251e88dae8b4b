async function a() { return Promise.resolve('a'); }
async function b() { return 'b'; }
async function c() { return await Promise.resolve('c'); }
a().then(console.log); b().then(console.log); c().then(console.log);
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3')).then(() => console.log('t4'));
