async function a() { for (let i = 0; i < 3; i++) { console.log('a', i); await null; } }
async function b() { for (let i = 0; i < 3; i++) { console.log('b', i); await null; } }
a(); b();
console.log('sync');
